// Builds a migrated template database once; each test file then works on its own copy
// (tests/support/per-file-db.ts), so files never see each other's rows.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const TEMPLATE_DB = path.resolve(__dirname, "../../data/test/template.db");

export default function setup() {
  fs.mkdirSync(path.dirname(TEMPLATE_DB), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(TEMPLATE_DB + suffix, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    stdio: "pipe",
  });
  // Fold the WAL into the main file so a plain file copy is a complete database.
  execFileSync(process.execPath, ["-e", `const D=require('better-sqlite3');const d=new D(${JSON.stringify(TEMPLATE_DB)});d.pragma('wal_checkpoint(TRUNCATE)');d.pragma('journal_mode=DELETE');d.close()`]);
}
