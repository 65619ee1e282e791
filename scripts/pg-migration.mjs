#!/usr/bin/env node
// `npm run db:pg-migration -- <name>`: after a change to prisma/schema.prisma (and its SQLite
// migration), writes the matching PostgreSQL migration and regenerates the PostgreSQL schema and
// client. The migration is the difference between the PostgreSQL schema as it was (the
// committed prisma/postgresql/schema.prisma, which its migrations produce) and the schema
// generated now. The PostgreSQL schema engine wants a server to talk to even for that: a
// throwaway one is started when DATABASE_URL is not a postgresql:// URL.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresSchema, target } from "./pg-schema.mjs";
import { startThrowawayPostgres } from "./pg-throwaway.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const name = (process.argv[2] || "").replace(/[^a-zA-Z0-9_]/g, "_");
if (!name) {
  console.error("usage: npm run db:pg-migration -- <name>");
  process.exit(2);
}
const wanted = postgresSchema(fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8"));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pg-migration-"));
const next = path.join(tmp, "schema.prisma");
fs.writeFileSync(next, wanted);
// The CLI reads prisma.config.ts: a postgresql:// URL makes it use the PostgreSQL schema engine.
const own = process.env.DATABASE_URL?.startsWith("postgres") ? null : await startThrowawayPostgres();
process.on("exit", () => own?.stop());
const env = { ...process.env, DATABASE_URL: own ? own.url : process.env.DATABASE_URL };
const from = fs.existsSync(target) ? ["--from-schema-datamodel", target] : ["--from-empty"];
const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", next, "--script"], { cwd: root, env, encoding: "utf8" });
fs.rmSync(tmp, { recursive: true, force: true });
if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) {
  console.log("The PostgreSQL schema has no change: no migration written.");
} else {
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(root, "prisma", "postgresql", "migrations", `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`wrote ${path.relative(root, dir)}/migration.sql — read it before committing`);
}
fs.writeFileSync(target, wanted);
execFileSync("npx", ["prisma", "generate"], { cwd: root, env, stdio: "inherit" });
