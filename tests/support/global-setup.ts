// Builds the worker bundles and a migrated template database once per run; each test file then works on its own copy
// (tests/support/per-file-db.ts), so files never see each other's rows. The template name is
// unique per run, so two runs at once do not delete each other's template.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}

/**
 * On PostgreSQL (TEST_PG_ADMIN_URL, set by `npm run test:pg`): a migrated template database;
 * each test file gets `CREATE DATABASE … TEMPLATE` of it.
 */
function setupPostgres(project: TestProject, admin: string) {
  const template = `tmpl_${process.pid}`;
  execFileSync("psql", [`${admin}/postgres`, "-qAt", "-c", `DROP DATABASE IF EXISTS ${template}`, "-c", `CREATE DATABASE ${template}`], { stdio: "pipe" });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `${admin}/${template}` }, stdio: "pipe" });
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, "../../scripts/build-worker.mjs")], { stdio: "pipe" });
  project.provide("templateDb", `pg:${template}`);
  return () => {
    const dbs = execFileSync("psql", [`${admin}/postgres`, "-qAtc", `SELECT datname FROM pg_database WHERE datname LIKE 'run_${process.pid}_%' OR datname = '${template}'`], { encoding: "utf8" });
    for (const name of dbs.split("\n").filter(Boolean)) {
      execFileSync("psql", [`${admin}/postgres`, "-qAtc", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], { stdio: "pipe" });
    }
  };
}

export default function setup(project: TestProject) {
  if (process.env.TEST_PG_ADMIN_URL) return setupPostgres(project, process.env.TEST_PG_ADMIN_URL);
  const dir = path.resolve(import.meta.dirname, "../../data/test");
  fs.mkdirSync(dir, { recursive: true });
  const template = path.join(dir, `template-${process.pid}.db`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  // Fold the WAL into the main file so a plain file copy is a complete database.
  execFileSync(process.execPath, ["-e", `const D=require('better-sqlite3');const d=new D(${JSON.stringify(template)});d.pragma('wal_checkpoint(TRUNCATE)');d.pragma('journal_mode=DELETE');d.close()`]);
  // Article import parses .docx and .pdf in the bundled worker the server uses: build it.
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, "../../scripts/build-worker.mjs")], { stdio: "pipe" });
  project.provide("templateDb", template);
  return () => {
    for (const f of fs.readdirSync(dir)) {
      if (f.startsWith(`template-${process.pid}.db`) || f.startsWith(`run-${process.pid}-`)) fs.rmSync(path.join(dir, f), { force: true });
    }
  };
}
