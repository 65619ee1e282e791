// PERF-4: gzipped JavaScript a page makes the browser load, for our student pages and for a
// bare Next.js page built in the same run (the ratio cancels the framework's own share).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { spawn } from "node:child_process";
import { ROOT, run, waitForUrl, type Started } from "./processes";

export interface PageWeight {
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
}

export async function measurePageJs(url: string, init?: RequestInit): Promise<PageWeight> {
  const html = await (await fetch(url, init)).text();
  const srcs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="(?:preload|modulepreload)"[^>]+as="script"[^>]+href="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]+as="script"/g)) srcs.add(m[1]);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src.replace(/&amp;/g, "&"), url))).arrayBuffer());
    rawBytes += body.length;
    gzipBytes += zlib.gzipSync(body, { level: 6 }).length;
  }
  return { scripts: srcs.size, rawBytes, gzipBytes };
}

/** Builds and starts a bare Next.js app (one page with a small form) with the repo's own Next. */
export async function startBareNext(port: number): Promise<Started> {
  // Outside the repo, so nothing of the app (its instrumentation hook, its config) leaks in;
  // node_modules is hard-linked, because Turbopack refuses symlinks leaving the project root.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aq-bare-next-"));
  fs.mkdirSync(path.join(dir, "app"), { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare", private: true }));
  fs.writeFileSync(path.join(dir, "next.config.js"), "module.exports = {};\n");
  fs.writeFileSync(
    path.join(dir, "app", "layout.tsx"),
    "export default function L({ children }: { children: React.ReactNode }) { return <html lang=\"fr\"><body>{children}</body></html>; }\n",
  );
  fs.writeFileSync(
    path.join(dir, "app", "page.tsx"),
    "export default function P() { return <main><h1>Bare</h1><form><label htmlFor=\"c\">Code</label><input id=\"c\" name=\"c\" /><button>OK</button></form></main>; }\n",
  );
  run("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")], process.env);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  delete (env as Record<string, string | undefined>).NEXT_DIST_DIR;
  run("npx", ["next", "build"], env, dir);
  const child = spawn("npx", ["next", "start", "-p", String(port)], { cwd: dir, env, stdio: "ignore", detached: true });
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        fs.rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || !child.pid) return done();
      child.once("exit", done);
      process.kill(-child.pid, "SIGTERM");
    });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForUrl(url + "/");
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, child, stop };
}
