// Starts and stops the servers a benchmark measures, each in its own process group.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseUrlFor, pgAdminUrl, pgDatabaseName } from "../../tests/load/support/test-db";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Ports of the benchmark's servers: BENCH_PORT_BASE (default 3201) plus an offset. */
export function benchPort(offset: number): number {
  return Number(process.env.BENCH_PORT_BASE || 3201) + offset;
}

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
/**
 * A migrated, seeded database for `dbFile`: the SQLite file itself, or with LOAD_PG_ADMIN_URL a
 * PostgreSQL database named after it, dropped and created again (tests/load/support/test-db.ts).
 */
export function freshDatabase(dbFile: string): void {
  const admin = pgAdminUrl();
  if (admin) {
    const name = pgDatabaseName(dbFile);
    run("psql", [`${admin}/postgres`, "-qAt", "-c", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, "-c", `CREATE DATABASE ${name}`], process.env);
  } else {
    for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + s, { force: true });
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  }
  const env = { ...process.env, DATABASE_URL: databaseUrlFor(dbFile) };
  run("npx", ["prisma", "migrate", "deploy"], env);
  run("npx", ["tsx", "prisma/seed.ts"], env);
}

let built = false;

/** Builds the app into .next-bench once per run (never when BENCH_REBUILD=0 and a build is there). */
export function buildForBench(): void {
  if (built) return;
  built = true;
  if (process.env.BENCH_REBUILD !== "0" || !fs.existsSync(path.join(ROOT, ".next-bench", "BUILD_ID"))) {
    run("npm", ["run", "build"], { ...process.env, NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" });
  }
}

/**
 * The bench build served by the launcher of `npm start` (scripts/serve.mjs) with `workers` app
 * processes, on a fresh database. Waits until every app process is listening.
 */
export async function startApp(port: number, dbFile: string, workers = 1): Promise<Started> {
  freshDatabase(dbFile);
  buildForBench();
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs")], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrlFor(dbFile),
      NEXT_DIST_DIR: ".next-bench",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      WEB_CONCURRENCY: String(workers),
    },
    stdio: ["ignore", "pipe", "ignore"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("listening") && resolve());
    child.once("exit", (code) => reject(new Error(`app exited with ${code}`)));
  });
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}/api/health`);
  return { url, child, stop: stopper(child) };
}
