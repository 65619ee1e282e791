// Runs before each test file: points DATABASE_URL at a fresh copy of the template database.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve(__dirname, "../../data/test");
const template = path.join(dir, "template.db");
const file = path.join(dir, `run-${process.pid}-${crypto.randomBytes(4).toString("hex")}.db`);
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "test";
