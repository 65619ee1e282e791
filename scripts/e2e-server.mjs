#!/usr/bin/env node
// Starts the production build for the end-to-end suite on its own database, reset each run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { serve } from "./serve.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const port = process.env.E2E_PORT || "3100";
const dbFile = path.join(root, "data", `e2e-${port}.db`);
const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";
// E2E_DATABASE_URL=postgresql://… runs the suite on PostgreSQL (npm run test:pg); its schema is
// dropped and migrated again, as the SQLite file is deleted. The specs open the same database
// through e2e/e2e-db.ts (keep the two in step).
const pgUrl = process.env.E2E_DATABASE_URL?.startsWith("postgres") ? process.env.E2E_DATABASE_URL : null;
const env = {
  ...process.env,
  DATABASE_URL: pgUrl || `file:${dbFile}`,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: "1",
  // Tests import a page served on localhost; production keeps this off.
  ALLOW_PRIVATE_URL_IMPORT: "1",
  // Several test workers sign in from one IP: keep the limiter, raise the ceiling.
  SIGNIN_MAX_FAILURES: process.env.SIGNIN_MAX_FAILURES || "5",
  // The suite signs up dozens of teachers from one address.
  SIGNUP_MAX_PER_HOUR: process.env.SIGNUP_MAX_PER_HOUR || "500",
  // The generator's 5 s budget is for a school server; on a 2-core CI machine at load 18 an
  // ordinary article has gone past it. The budget's enforcement is tested in Vitest.
  GENERATION_TIMEOUT_MS: process.env.GENERATION_TIMEOUT_MS || "30000",
};

function run(cmd, args, extra = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extra } });
  if (r.status !== 0) process.exit(r.status || 1);
}

fs.mkdirSync(path.dirname(dbFile), { recursive: true });
if (pgUrl) {
  const u = new URL(pgUrl);
  const name = u.pathname.slice(1);
  u.pathname = "/postgres";
  run("psql", [u.toString(), "-qAtc", `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
  run("psql", [u.toString(), "-qAtc", `CREATE DATABASE "${name}"`]);
} else {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + suffix, { force: true });
}
run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "prisma/seed.ts"]);
if (process.env.E2E_SKIP_BUILD !== "1" || !fs.existsSync(path.join(distDir, "BUILD_ID"))) {
  run("npm", ["run", "build"], { NODE_ENV: "production" });
}
// The same launcher as `npm start`. One app process unless WEB_CONCURRENCY says otherwise: the
// machine running the suite is shared, and the multi-process guarantees have their own tests
// (tests/load/, tests/multi-process/).
process.env.WEB_CONCURRENCY ||= "1";
Object.assign(process.env, env, { NODE_ENV: "production", PORT: port });
serve();
