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

const built = new Set<string>();

/**
 * Builds the app at `root` (this checkout, or a baseline one: bench/baseline.ts) into
 * .next-bench once per run (never when BENCH_REBUILD=0 and a build is there).
 */
export function buildForBench(root = ROOT): void {
  if (built.has(root)) return;
  built.add(root);
  // A baseline checkout (bench/baseline.ts) is one fixed commit: its build never goes stale.
  const rebuild = root === ROOT && process.env.BENCH_REBUILD !== "0";
  if (rebuild || !fs.existsSync(path.join(root, ".next-bench", "BUILD_ID"))) {
    run("npm", ["run", "build"], { ...process.env, NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" }, root);
  }
}

export interface StartOptions {
  /** The checkout to serve (default: this one). */
  root?: string;
  /** Extra node flags for the launcher, which its app processes inherit (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

/**
 * The bench build served by the launcher of `npm start` (scripts/serve.mjs) with `workers` app
 * processes, on a fresh database. Waits until every app process is listening.
 */
export async function startApp(port: number, dbFile: string, workers = 1, { root = ROOT, nodeArgs = [] }: StartOptions = {}): Promise<Started> {
  freshDatabase(dbFile);
  buildForBench(root);
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, "scripts/serve.mjs")], {
    cwd: root,
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

/** Pids of `pid` and all its descendants (Linux /proc). */
function processTree(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name (which may contain spaces and parentheses).
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parentOf.set(Number(name), Number(rest[1]));
    } catch {
      /* exited meanwhile */
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of parentOf) if (parent === tree[i]) tree.push(child);
  return tree;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU time (user + system, in ms) used so far by the server process `pid` and its app
 * processes. Unlike wall time it barely moves when other work shares the cores, so "CPU per
 * request" compares across runs on a busy machine. Null where /proc is missing.
 */
export function processTreeCpuMs(pid: number | undefined): number | null {
  if (!pid || !fs.existsSync("/proc/self/stat")) return null;
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime and stime are fields 14 and 15 of stat(5); `rest` starts at field 3.
      ticks += Number(rest[11]) + Number(rest[12]);
    } catch {
      /* exited meanwhile */
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
