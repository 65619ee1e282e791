// Starts the production build (the one the end-to-end suite built) on its own database for the
// load and crash tests; can stop it gracefully or kill -9 its whole process group.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { waitForUrl } from "../../../scripts/bench/processes";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-e2e";

/** Ports of the load tests: LOAD_PORT_BASE (default 3150) plus an offset per test file. */
export function loadPort(offset: number): number {
  return Number(process.env.LOAD_PORT_BASE || 3150) + offset;
}

export function ensureBuilt(): void {
  if (fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) return;
  const r = spawnSync("npm", ["run", "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("build failed");
}

// One way to reset a database and wait for a server, shared with the benchmark.
export { freshDatabase } from "../../../scripts/bench/processes";
import { databaseUrlFor } from "./test-db";

export interface AppServer {
  url: string;
  child: ChildProcess;
  /** Process ids of the app processes (the primary's children), as they are now. */
  workerPids(): number[];
  /** How many times the primary has reported every app process listening (1 after start). */
  readonly listenedTimes: number;
  /** Resolves once that count reaches `times` (a killed app process was replaced). */
  untilListening(times: number): Promise<void>;
  stop(): Promise<void>;
  kill9(): Promise<void>;
}

/**
 * Starts the launcher `npm start` uses (scripts/serve.mjs): a primary and `workers` app
 * processes sharing one port (default WEB_CONCURRENCY, else one per core).
 */
export async function startServer(port: number, dbFile: string, opts: { workers?: number; env?: Record<string, string> } = {}): Promise<AppServer> {
  const workers = opts.workers ?? process.env.WEB_CONCURRENCY;
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrlFor(dbFile),
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      WEB_CONCURRENCY: workers === undefined ? "" : String(workers),
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  // The primary prints a line each time every app process is listening (also after a restart).
  let listened = 0;
  let log = "";
  child.stdout!.on("data", (d: Buffer) => {
    const text = d.toString();
    log = (log + text).slice(-4000);
    listened += text.split("app process").length - 1;
  });
  child.stderr!.on("data", (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, sig);
      } catch {
        /* already gone */
      }
    }
    await exited;
  };
  const workerPids = () => {
    const r = spawnSync("ps", ["-o", "pid=", "--ppid", String(child.pid)], { encoding: "utf8" });
    return r.stdout.split("\n").map((l) => Number(l.trim())).filter((n) => n > 0);
  };
  const waitListening = async (times: number, ms = 60_000) => {
    const until = Date.now() + ms;
    while (listened < times) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited:\n${log}`);
      if (Date.now() > until) throw new Error(`server not listening after ${ms} ms:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await waitListening(1);
  await waitForUrl(`${url}/api/health`, 60_000);
  return {
    url,
    child,
    workerPids,
    untilListening: (times) => waitListening(times),
    get listenedTimes() {
      return listened;
    },
    stop: () => signal("SIGTERM"),
    kill9: () => signal("SIGKILL"),
  };
}
