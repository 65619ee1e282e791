// Starts the production build (the one the end-to-end suite built) on its own database for the
// load and crash tests; can stop it gracefully or kill -9 its whole process group.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

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

export function freshDatabase(file: string): void {
  for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + s, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const env = { ...process.env, DATABASE_URL: `file:${file}` };
  for (const args of [["prisma", "migrate", "deploy"], ["tsx", "prisma/seed.ts"]]) {
    const r = spawnSync("npx", args, { cwd: ROOT, env, stdio: "pipe" });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  }
}

export interface AppServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
  kill9(): Promise<void>;
}

export async function waitUp(url: string, ms = 60_000): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return Date.now() - t0;
    } catch {
      /* not yet */
    }
    if (Date.now() - t0 > ms) throw new Error(`server at ${url} did not come up`);
    await new Promise((r) => setTimeout(r, 100));
  }
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
  await waitUp(url);
  return { url, child, stop: () => signal("SIGTERM"), kill9: () => signal("SIGKILL") };
}
