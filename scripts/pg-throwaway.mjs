#!/usr/bin/env node
// A throwaway PostgreSQL for tests and the benchmark: initdb + pg_ctl on a free port with its
// socket in a temporary folder (Debian's own cluster does not start in containers without
// systemd). Runs as the `postgres` user when started by root. Durability settings are off:
// the data is deleted afterwards.
//   node scripts/pg-throwaway.mjs -- <command…>   runs the command with DATABASE_URL set
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function postgresBinDir() {
  const base = "/usr/lib/postgresql";
  if (fs.existsSync(base)) {
    const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "pg_ctl")));
    versions.sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(base, versions[0], "bin");
  }
  const r = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() ? path.dirname(r.stdout.trim()) : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function asPostgres(bin, args) {
  const cmd = path.join(bin, args[0]);
  const isRoot = process.getuid?.() === 0;
  const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args.slice(1)]] : [cmd, args.slice(1)];
  return execFileSync(file, argv, { stdio: "pipe", encoding: "utf8" });
}

/**
 * Starts a fresh cluster; resolves to { url, port, dir, stop }. `url` names database
 * `actuquiz` (created empty).
 */
export async function startThrowawayPostgres({ database = "actuquiz" } = {}) {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed (Debian: apt-get install -y postgresql)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "actuquiz-pg-"));
  const data = path.join(dir, "data");
  if (process.getuid?.() === 0) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  fs.chmodSync(dir, 0o755);
  asPostgres(bin, ["initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  asPostgres(bin, ["pg_ctl", "-D", data, "-o", opts, "-l", path.join(dir, "log"), "-w", "-t", "120", "start"]);
  const admin = `postgresql://postgres@127.0.0.1:${port}`;
  execFileSync("psql", [`${admin}/postgres`, "-qAtc", `CREATE DATABASE "${database}"`], { stdio: "pipe" });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asPostgres(bin, ["pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      /* already stopped */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: `${admin}/${database}`, adminUrl: admin, port, dir, stop };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--");
  const cmd = i >= 0 ? process.argv.slice(i + 1) : [];
  const pg = await startThrowawayPostgres();
  console.log(`PostgreSQL on ${pg.url}`);
  const cleanup = () => pg.stop();
  process.on("SIGINT", () => (cleanup(), process.exit(130)));
  process.on("SIGTERM", () => (cleanup(), process.exit(143)));
  let status = 0;
  if (cmd.length) {
    const r = spawnSync(cmd[0], cmd.slice(1), { stdio: "inherit", env: { ...process.env, DATABASE_URL: pg.url } });
    status = r.status ?? 1;
  } else {
    console.log("Press Ctrl-C to stop it.");
    await new Promise(() => {});
  }
  cleanup();
  process.exit(status);
}
