#!/usr/bin/env node
// `npm start`: prepares everything a fresh clone needs, then serves the production build.
// Safe to run again: migrations and seed are idempotent, and the build is reused when the
// code has not changed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { serve, workerCount } from "./serve.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
process.env.DATABASE_URL ||= "file:./data/actuquiz.db";
process.env.NEXT_TELEMETRY_DISABLED = "1";
const distDir = process.env.NEXT_DIST_DIR || ".next";
const port = process.env.PORT || "3000";
// Checked before the slow steps, so a typo fails at once.
let workers;
try {
  workers = workerCount();
} catch (e) {
  console.error(`✖ ${e.message}`);
  process.exit(1);
}

function run(label, cmd, args, env = process.env) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`✖ ${label} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}

function sourceRevision() {
  const r = spawnSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" });
  const head = r.status === 0 ? r.stdout.trim() : "no-git";
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" });
  return dirty.status === 0 && dirty.stdout.trim() ? `${head}+dirty-${Date.now()}` : head;
}

fs.mkdirSync(path.join(root, "data"), { recursive: true });
run("Database migrations", "npx", ["prisma", "migrate", "deploy"]);
run("Demo data", "npx", ["tsx", "prisma/seed.ts"]);

const revFile = path.join(distDir, "actuquiz-revision");
const rev = sourceRevision();
const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(revFile) && fs.readFileSync(revFile, "utf8") === rev;
if (!built || process.env.FORCE_BUILD === "1") {
  run("Production build", "npm", ["run", "build"], { ...process.env, NODE_ENV: "production" });
  fs.writeFileSync(revFile, rev);
} else {
  console.log("\n▶ Production build: up to date");
}

console.log(`\n▶ Actuquiz on http://localhost:${port} (${workers} app process${workers > 1 ? "es" : ""}; WEB_CONCURRENCY)`);
// This process becomes the primary: it forks the app processes and stops them all on
// SIGINT / SIGTERM (scripts/serve.mjs).
process.env.NODE_ENV = "production";
process.env.PORT = port;
serve({ workers });
