// Starts the production build (the one the end-to-end suite built) on its own database for the
// load and crash tests; can stop it gracefully or kill -9 its whole process group.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { waitForUrl } from "../../../scripts/bench/processes";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-e2e";

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

export interface AppServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
  kill9(): Promise<void>;
}

export async function startServer(port: number, dbFile: string): Promise<AppServer> {
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: `file:${dbFile}`, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
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
  await waitForUrl(`${url}/api/health`, 60_000);
  return { url, child, stop: () => signal("SIGTERM"), kill9: () => signal("SIGKILL") };
}
