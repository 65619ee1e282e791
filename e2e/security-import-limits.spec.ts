// SEC-9 for article import: small hostile .docx and .pdf files are refused with a clear
// message within their budget while the server keeps answering other requests, and uploads
// past the size cap or with a malformed form get a coded 4xx, never a 500.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { inflatingDocx, manyPagesPdf, manyParagraphsDocx, unclosedParagraphsDocx } from "../tests/import/hostile-files";
import { articleCount, E2E_PORT, ORIGIN, signUp } from "./teacher-support";
import { makeTempDir, type TempDir } from "./temp-files";

/** Polls /api/health one request after another on a kept-alive connection, recording each latency. */
function pollHealth(): { stop: () => Promise<number[]> } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let running = true;
  const once = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = http.get({ host: "127.0.0.1", port: E2E_PORT, path: "/api/health", agent, headers: { host: `localhost:${E2E_PORT}` } }, (res) => {
        res.resume();
        res.on("end", () => {
          latencies.push(res.statusCode === 200 ? performance.now() - t0 : Infinity);
          resolve();
        });
      });
      req.on("error", () => {
        latencies.push(Infinity);
        resolve();
      });
    });
  const loop = (async () => {
    while (running) {
      await once();
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      agent.destroy();
      return latencies;
    },
  };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function importFromDisk(page: Page, file: string, timeout = 60_000) {
  const t0 = Date.now();
  const res = await page.request.post("/api/teacher/articles", {
    headers: { origin: ORIGIN, accept: "application/json" },
    multipart: { mode: "file", file: fs.createReadStream(file) },
    timeout,
  });
  return { status: res.status(), body: await res.json(), ms: Date.now() - t0 };
}

test.describe("[SEC-9] import limits", () => {
  let temp: TempDir;
  test.beforeAll(() => {
    temp = makeTempDir();
  });
  test.afterAll(() => temp.remove());

  test("hostile .docx and .pdf files are refused within their budget while /api/health keeps answering", async ({ page }) => {
    test.setTimeout(240_000);
    const email = await signUp(page);
    const files = [
      temp.write("paragraphes-ouverts.docx", await unclosedParagraphsDocx(20_000)),
      temp.write("cent-mille-paragraphes.docx", await manyParagraphsDocx(100_000)),
      temp.write("gonfle.docx", await inflatingDocx(32)),
      temp.write("vingt-mille-pages.pdf", manyPagesPdf(20_000)),
    ];
    expect(fs.statSync(files[0]).size).toBeLessThan(4096);
    expect(fs.statSync(files[3]).size).toBeGreaterThan(2 * 1024 * 1024);
    // Load both routes' code first (a one-time cost on the server's thread, not a parse):
    // the health route, and the import route through an empty file it refuses at once.
    await page.request.get("/api/health");
    const warm = await importFromDisk(page, temp.write("vide.txt", ""));
    expect(warm.body.error.code).toBe("empty");
    for (const file of files) {
      // The same polling with no import, just before: what this machine gives right now.
      const idle = pollHealth();
      await new Promise((r) => setTimeout(r, 2000));
      const baseline = await idle.stop();
      const poller = pollHealth();
      // A long request budget, so a server that parses on its request thread fails on the
      // health figures below rather than on a timeout here.
      const r = await importFromDisk(page, file, 150_000);
      const latencies = await poller.stop();
      // The server kept answering during the import: on the request thread, one health
      // request waited for the whole parse (seconds to minutes), which the 1 s ceiling
      // catches, and the median stays under 200 ms. The 95th percentile is printed, not
      // asserted: with other work loading the machine (a load of 15 to 20 on 2 cores here),
      // idle polls alone pass 100 ms and single polls during an upload reach 600 ms.
      const shown = `${file}: idle ${baseline.map(Math.round).join(" ")} / importing ${latencies.map(Math.round).join(" ")}`;
      console.log(`${path.basename(file)}: ${r.status} in ${r.ms} ms; health p50/p95 idle ${Math.round(percentile(baseline, 0.5))}/${Math.round(percentile(baseline, 0.95))} ms, importing ${Math.round(percentile(latencies, 0.5))}/${Math.round(percentile(latencies, 0.95))} ms (max ${Math.round(Math.max(...latencies))}, ${latencies.length} polls)`);
      expect(latencies.length, shown).toBeGreaterThan(0);
      expect(percentile(latencies, 0.5), shown).toBeLessThan(200);
      expect(Math.max(...latencies), shown).toBeLessThan(1000);
      expect(r.status, file).toBe(422);
      expect(r.body.error.code, file).toBe("file_too_complex");
      expect(r.body.error.message, file).toContain("trop complexe");
      expect(r.body.error.message, file).toContain("Rien n’a été enregistré.");
      // The parse budget is 10 s; the cheap checks refuse these long before it.
      expect(r.ms, file).toBeLessThan(10_000);
    }
    expect(await articleCount(email)).toBe(0);
  });

  test("uploads past 10 MiB get 413 and malformed forms get 400, with a clear French message", async ({ page }) => {
    test.setTimeout(180_000);
    const email = await signUp(page);
    // Just over Next's 10 MiB proxy limit, and over the form's own cap.
    for (const size of [10 * 1024 * 1024 + 64 * 1024, 12 * 1024 * 1024]) {
      const file = temp.writeFilled(`gros-${size}.txt`, size);
      const r = await importFromDisk(page, file);
      expect(r.status, String(size)).toBe(413);
      expect(r.body.error, String(size)).toEqual({ code: "file_too_large", message: "Le fichier dépasse 10 Mo. Rien n’a été enregistré." });
    }
    const malformed: { name: string; type: string; body: string }[] = [
      { name: "no boundary", type: "multipart/form-data", body: "--x\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nfile\r\n--x--\r\n" },
      { name: "truncated part", type: "multipart/form-data; boundary=x", body: "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nLe conseil" },
      { name: "not a form", type: "multipart/form-data; boundary=x", body: "bonjour" },
    ];
    for (const m of malformed) {
      const res = await page.request.post("/api/teacher/articles", {
        headers: { origin: ORIGIN, accept: "application/json", "content-type": m.type },
        data: Buffer.from(m.body),
      });
      expect(res.status(), m.name).toBe(400);
      const body = await res.json();
      expect(body.error.code, m.name).toBe("invalid_form");
      expect(body.error.message, m.name).toContain("formulaire mal formé");
    }
    expect(await articleCount(email)).toBe(0);
    expect((await page.request.get("/api/health")).status()).toBe(200);
  });
});
