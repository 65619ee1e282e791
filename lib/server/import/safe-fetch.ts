// Fetches a URL for import without letting it reach the server's own network (SSRF): every
// address a host resolves to is checked at connect time (so DNS rebinding between check and
// connect does not help), redirects are followed by hand and re-checked, and the body is cut
// at a byte cap and the whole exchange at a time cap.
import http from "node:http";
import https from "node:https";
import dns from "node:dns";
import zlib from "node:zlib";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import { isPublicAddress } from "./address-policy";
import { ImportError } from "./import-error";
import { MAX_REDIRECTS, MAX_URL_BYTES, URL_TIMEOUT_MS } from "./limits";

export interface FetchOptions {
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  /** Replaces the address rule (tests use it to allow only their own loopback server). */
  isAllowedAddress?: (address: string) => boolean;
}

export interface FetchedPage {
  url: string;
  contentType: string;
  body: Buffer;
}

export function parseImportUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ImportError("url_invalid");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ImportError("url_invalid");
  if (url.username || url.password) throw new ImportError("url_invalid");
  return url;
}

function guardedLookup(allowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err, "", 4);
      const list = addresses as dns.LookupAddress[];
      if (!list.length || list.some((a) => !allowed(a.address))) {
        return callback(new ImportError("url_forbidden"), "", 4);
      }
      if ((options as dns.LookupAllOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

type Resolved = Required<Omit<FetchOptions, "isAllowedAddress">> & { allowed: (address: string) => boolean };

function requestOnce(url: URL, opts: Resolved, signal: AbortSignal): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  // A literal IP never goes through lookup: check it here.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !opts.allowed(host)) return Promise.reject(new ImportError("url_forbidden"));
  const lib = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method: "GET",
        lookup: guardedLookup(opts.allowed),
        signal,
        headers: {
          "user-agent": "Actuquiz article import",
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          return resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
        }
        const declared = Number(res.headers["content-length"] ?? 0);
        if (declared > opts.maxBytes) {
          res.destroy();
          return reject(new ImportError("url_too_large"));
        }
        const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
        const stream =
          encoding === "gzip" ? res.pipe(zlib.createGunzip()) : encoding === "deflate" ? res.pipe(zlib.createInflate()) : encoding === "br" ? res.pipe(zlib.createBrotliDecompress()) : res;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
          // Counted after decompression, so a small gzip bomb is cut too.
          if (size > opts.maxBytes) {
            res.destroy();
            stream.destroy();
            reject(new ImportError("url_too_large"));
            return;
          }
          chunks.push(chunk);
        });
        stream.on("end", () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks) }));
        stream.on("error", (e) => reject(e));
        res.on("error", (e) => reject(e));
      },
    );
    req.on("error", (e) => reject(e));
    req.end();
  });
}

export async function safeFetch(raw: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const allowPrivate = options.allowPrivate ?? false;
  const opts: Resolved = {
    allowPrivate,
    maxBytes: options.maxBytes ?? MAX_URL_BYTES,
    timeoutMs: options.timeoutMs ?? URL_TIMEOUT_MS,
    allowed: options.isAllowedAddress ?? ((address) => allowPrivate || isPublicAddress(address)),
  };
  let url = parseImportUrl(raw);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const res = await requestOnce(url, opts, controller.signal);
      if (res.status >= 300 && res.status < 400) {
        const location = res.headers.location;
        if (!location) throw new ImportError("url_http_error");
        url = parseImportUrl(new URL(location, url).toString());
        continue;
      }
      if (res.status < 200 || res.status >= 300) throw new ImportError("url_http_error");
      return { url: url.toString(), contentType: String(res.headers["content-type"] ?? ""), body: res.body };
    }
    throw new ImportError("url_http_error");
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const cause = (e as { cause?: unknown }).cause;
    if (cause instanceof ImportError) throw cause;
    if (controller.signal.aborted) throw new ImportError("url_timeout");
    throw new ImportError("url_unreachable");
  } finally {
    clearTimeout(timer);
  }
}
