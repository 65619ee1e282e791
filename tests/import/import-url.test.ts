// URL import against a server started by the test on 127.0.0.1: private addresses refused by
// default, allowed with the flag, redirects re-checked, size and time caps enforced.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "@/lib/server/import/address-policy";
import { safeFetch } from "@/lib/server/import/safe-fetch";
import { importUrl } from "@/lib/server/import/from-url";
import { ImportError } from "@/lib/server/import/import-error";

const paragraph = "Le conseil municipal a voté un budget de 12 millions d'euros pour la piscine, après un long débat public. ";
const page = `<html lang="fr"><head><title>La piscine | Journal</title><script>window.__xss=1</script></head><body><nav>Menu Accueil</nav>
  <article><h1>La piscine</h1><p>${paragraph.repeat(3)}</p><p>${paragraph.repeat(2)}</p></article></body></html>`;

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/article") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    if (req.url === "/gzip") return res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(page));
    if (req.url === "/to-metadata") return res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data" }).end();
    if (req.url === "/big") {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, 97);
      let sent = 0;
      const pump = () => {
        while (sent < 8 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
        if (sent < 8 * 1024 * 1024) res.once("drain", pump);
        else res.end();
      };
      return pump();
    }
    if (req.url === "/slow") return setTimeout(() => res.writeHead(200).end("late"), 3000);
    if (req.url === "/image") return res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([137, 80, 78, 71]));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof ImportError) return e.code;
    throw e;
  }
}

describe("URL import", () => {
  it("classifies addresses", () => {
    for (const a of ["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "64:ff9b::a9fe:a9fe"])
      expect(isPublicAddress(a), a).toBe(false);
    for (const a of ["93.184.216.34", "2606:4700::6810:85e5", "8.8.8.8"]) expect(isPublicAddress(a), a).toBe(true);
  });

  it("refuses loopback, localhost names and non-http schemes by default", async () => {
    expect(await code(safeFetch(`${base}/article`))).toBe("url_forbidden");
    expect(await code(safeFetch(base.replace("127.0.0.1", "localhost") + "/article"))).toBe("url_forbidden");
    expect(await code(safeFetch("file:///etc/passwd"))).toBe("url_invalid");
    expect(await code(safeFetch("http://user:pw@example.org/"))).toBe("url_invalid");
  });

  it("extracts the main text when private addresses are allowed, plain or gzip", async () => {
    const r = await importUrl(`${base}/article`, { allowPrivate: true });
    expect(r.title).toContain("La piscine");
    expect(r.text).toContain("12 millions");
    expect(r.text).not.toMatch(/__xss|Menu Accueil/);
    expect((await importUrl(`${base}/gzip`, { allowPrivate: true })).text).toContain("12 millions");
  });

  it("re-checks redirects, and caps size, time and content type", async () => {
    // The test server itself is allowed; the link-local redirect target is not.
    const onlyTestServer = (a: string) => a === "127.0.0.1" || isPublicAddress(a);
    expect(await code(safeFetch(`${base}/article`, { isAllowedAddress: onlyTestServer }))).toBe("ok");
    expect(await code(safeFetch(`${base}/to-metadata`, { isAllowedAddress: onlyTestServer }))).toBe("url_forbidden");
    expect(await code(safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 1024 * 1024 }))).toBe("url_too_large");
    expect(await code(safeFetch(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }))).toBe("url_timeout");
    expect(await code(importUrl(`${base}/image`, { allowPrivate: true }))).toBe("url_unsupported_type");
    expect(await code(importUrl(`${base}/missing`, { allowPrivate: true }))).toBe("url_http_error");
    expect(await code(safeFetch("http://127.0.0.1:1/", { allowPrivate: true, timeoutMs: 2000 }))).toBe("url_unreachable");
  });
});
