// Runs before each test file: points DATABASE_URL at a fresh copy of the run's template database.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

const template = inject("templateDb");
const file = path.join(path.dirname(template), `run-${process.ppid}-${crypto.randomBytes(6).toString("hex")}.db`);
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
(process.env as Record<string, string>).NODE_ENV = "test";
