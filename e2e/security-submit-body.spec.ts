// SEC-9 for the submit route: its body is read before any participant check, so a huge
// chunked body (no Content-Length) must be cut at the cap while it streams, not buffered.
import http from "node:http";
import { randomUUID } from "node:crypto";
import { test, expect } from "@playwright/test";
import { BASE_URL, E2E_PORT } from "./student-fixtures";
import { rssBytes, serverPid } from "./server-process";

interface Upload {
  status: number;
  /** Bytes written when the answer arrived (the upload stops there). */
  sentWhenAnswered: number;
  peakRss: number;
}

/** Streams up to `total` bytes of a JSON-looking body in 64 KiB chunks, without Content-Length. */
function streamChunked(path: string, total: number, pid: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let peakRss = rssBytes(pid);
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssBytes(pid))), 20);
    const done = (r: Omit<Upload, "peakRss">) => {
      clearInterval(sampler);
      resolve({ ...r, peakRss: Math.max(peakRss, rssBytes(pid)) });
    };
    const req = http.request(
      { host: "127.0.0.1", port: E2E_PORT, path, method: "POST", headers: { host: `localhost:${E2E_PORT}`, origin: BASE_URL, "content-type": "application/json" } },
      (res) => {
        // The status is all we need: stop uploading (the server may reset the socket anyway).
        answered = true;
        done({ status: res.statusCode ?? 0, sentWhenAnswered: sent });
        req.destroy();
      },
    );
    let answered = false;
    req.on("error", (e) => {
      if (answered) return;
      clearInterval(sampler);
      reject(e);
    });
    const chunk = Buffer.alloc(64 * 1024, "a");
    req.write('{"idempotencyKey":"' + randomUUID() + '","answers":[],"pad":"');
    const pump = () => {
      while (sent < total && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!req.destroyed) req.end('"}');
    };
    pump();
  });
}

// Both attempt routes read their body before any participant check: each must cut it while it streams.
for (const route of ["submit", "progress"]) {
  test(`[SEC-9] a 64 MB chunked body to the ${route} route is refused with 413 early, with server memory flat`, async ({ request }) => {
    test.setTimeout(120_000);
    const pid = serverPid(E2E_PORT);
    // Warm the route so its code is loaded before the baseline is taken.
    await streamChunked(`/api/attempts/${randomUUID()}/${route}`, 64 * 1024, pid);
    const before = rssBytes(pid);
    const r = await streamChunked(`/api/attempts/${randomUUID()}/${route}`, 64 * 1024 * 1024, pid);
    // Buffering the body would take at least 64 MB; a cut stream takes almost nothing.
    expect(r.peakRss - before).toBeLessThan(40 * 1024 * 1024);
    expect(r.status).toBe(413);
    // Refused while the body was still streaming, long before its end.
    expect(r.sentWhenAnswered).toBeLessThan(16 * 1024 * 1024);
    expect((await request.get("/api/health")).status()).toBe(200);
  });
}
