// Runs before each test file: points DATABASE_URL at a fresh copy of the run's template database
// (a SQLite file copy, or on PostgreSQL a database created from the template database).
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

const template = inject("templateDb");
if (template.startsWith("pg:")) {
  const admin = process.env.TEST_PG_ADMIN_URL!;
  const name = `run_${process.ppid}_${crypto.randomBytes(6).toString("hex")}`;
  // CREATE DATABASE … TEMPLATE fails while another file's copy is being made: try again.
  for (let i = 0; ; i++) {
    try {
      execFileSync("psql", [`${admin}/postgres`, "-qAtc", `CREATE DATABASE ${name} TEMPLATE ${template.slice(3)}`], { stdio: "pipe" });
      break;
    } catch (e) {
      if (i > 100) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100 + Math.random() * 200);
    }
  }
  process.env.DATABASE_URL = `${admin}/${name}`;
} else {
  const file = path.join(path.dirname(template), `run-${process.ppid}-${crypto.randomBytes(6).toString("hex")}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
(process.env as Record<string, string>).NODE_ENV = "test";
