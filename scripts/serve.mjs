#!/usr/bin/env node
// Serves the production build with one app process per core (WEB_CONCURRENCY, default: every
// core; 1 allowed). A small primary forks the workers and restarts any that dies; each worker
// runs Next's request handler in its own http server (the cluster shares one port) with its
// own SQLite connection. SQLite's file locks (busy_timeout, BEGIN IMMEDIATE) serialise writers
// across processes; the in-process lock in lib/db/ stays inside each process.
//
// In front of Next, each worker refuses a path whose %-encoding does not decode with a clean
// 400: Next's router throws on it (500) before proxy.ts can see a JSON POST to /api/. The body
// is never read: the connection is closed after the reply instead.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { hasMalformedEncoding } from "../lib/security/malformed-path.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const require = createRequire(import.meta.url);
const SELF = new URL(import.meta.url).pathname;
const STOP_GRACE_MS = 10_000;

/** Worker count from WEB_CONCURRENCY: a positive integer, or every core when unset. */
export function workerCount(raw = process.env.WEB_CONCURRENCY) {
  if (raw === undefined || raw.trim() === "") return os.availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 256, got "${raw}"`);
  return n;
}

/** True when some %-sequence of the request path does not decode (bad hex or invalid UTF-8). */
export function hasMalformedPath(url) {
  const q = url.indexOf("?");
  return hasMalformedEncoding(q < 0 ? url : url.slice(0, q));
}

function refuseMalformedPath(req, res) {
  const { securityHeaders } = require(path.join(root, "lib/security/headers.js"));
  for (const h of securityHeaders()) res.setHeader(h.key, h.value);
  res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  res.setHeader("Cache-Control", "no-store");
  // The body stays unread: closing the connection spares reading (or buffering) it.
  res.setHeader("Connection", "close");
  const pathname = req.url.split("?")[0];
  const wantsHtml = !pathname.startsWith("/api/") && (req.headers.accept ?? "").includes("text/html");
  res.statusCode = 400;
  if (wantsHtml) {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(
      '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Adresse invalide — Bad request</title></head>' +
        "<body><main><h1>Adresse invalide</h1><p>Cette adresse contient un encodage incorrect. Vérifiez le lien.</p>" +
        '<p lang="en">Bad request: this address has malformed percent-encoding.</p><p><a href="/">Accueil / Home</a></p></main></body></html>',
    );
  } else {
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ error: { code: "bad_request", message: "Malformed URL encoding." } }));
  }
}

async function runWorker() {
  const port = Number(process.env.PORT || 3000);
  const next = require("next");
  const app = next({ dev: false, dir: root, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    if (hasMalformedPath(req.url ?? "/")) return refuseMalformedPath(req, res);
    handle(req, res).catch((e) => {
      console.error(e);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  // Same keep-alive as `next start`: longer than common proxies' idle timeouts.
  server.keepAliveTimeout = 65_000;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // A worker never outlives its primary.
  process.on("disconnect", stop);
  // Every interface, as `next start` does (HOSTNAME is not read: containers set it to their id).
  server.listen(port);
}

/** The primary: forks `workers` processes and keeps that many alive until SIGINT/SIGTERM. */
export function serve({ workers = workerCount() } = {}) {
  cluster.setupPrimary({ exec: SELF, args: [] });
  let stopping = false;
  const ready = new Set();
  const fork = () => {
    const w = cluster.fork({ ...process.env, NODE_ENV: "production" });
    w.on("listening", () => {
      ready.add(w.id);
      if (ready.size === workers) console.log(`▶ ${workers} app process${workers > 1 ? "es" : ""} listening on port ${process.env.PORT || 3000}`);
    });
  };
  cluster.on("exit", (w, code, signal) => {
    if (stopping) return;
    if (!ready.has(w.id)) {
      // Died while booting (bad environment, database not ready): restarting would loop.
      console.error(`✖ app process ${w.process.pid} failed to start (exit ${code ?? signal}).`);
      shutdown(1);
      return;
    }
    ready.delete(w.id);
    console.error(`app process ${w.process.pid} exited (${signal ?? code}); starting a new one`);
    fork();
  });
  const shutdown = (exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter(Boolean);
    if (alive.length === 0) process.exit(exitCode);
    let left = alive.length;
    for (const w of alive) {
      w.once("exit", () => --left === 0 && process.exit(exitCode));
      w.process.kill("SIGTERM");
    }
    setTimeout(() => {
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGKILL");
      process.exit(exitCode);
    }, STOP_GRACE_MS + 2000).unref();
  };
  process.on("SIGINT", () => shutdown(0));
  process.on("SIGTERM", () => shutdown(0));
  for (let i = 0; i < workers; i++) fork();
}

if (cluster.isWorker) {
  runWorker().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  process.chdir(root);
  process.env.NODE_ENV = "production";
  serve();
}
