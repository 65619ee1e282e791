// Starts and stops the servers a benchmark measures, each in its own process group.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Started {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

export async function waitForUrl(url: string, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || !child.pid) return resolve();
      child.once("exit", () => resolve());
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        resolve();
      }
    });
}

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): void {
  const r = spawnSync(cmd, args, { cwd, env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed with ${r.status}`);
}

export async function startBare(port: number): Promise<Started> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/bench/bare-server.mjs")], {
    env: { ...process.env, PORT: String(port) },
    stdio: "ignore",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitForUrl(url, 10_000);
  return { url, child, stop: stopper(child) };
}

/** Deletes a SQLite file with its WAL files, then migrates and seeds it. */
export function freshDatabase(dbFile: string): void {
  for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + s, { force: true });
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const env = { ...process.env, DATABASE_URL: `file:${dbFile}` };
  run("npx", ["prisma", "migrate", "deploy"], env);
  run("npx", ["tsx", "prisma/seed.ts"], env);
}

/** A production build of the app (rebuilt into .next-bench unless BENCH_REBUILD=0) on a fresh database. */
export async function startApp(port: number, dbFile: string): Promise<Started> {
  const env = { ...process.env, DATABASE_URL: `file:${dbFile}`, NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1" };
  freshDatabase(dbFile);
  if (process.env.BENCH_REBUILD !== "0" || !fs.existsSync(path.join(ROOT, ".next-bench", "BUILD_ID"))) {
    run("npm", ["run", "build"], { ...env, NODE_ENV: "production" });
  }
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: "production" },
    stdio: "ignore",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}/api/health`);
  return { url, child, stop: stopper(child) };
}
