#!/usr/bin/env node
// postinstall: generates both Prisma clients. The CLI reads prisma.config.ts, which picks the
// schema from DATABASE_URL; given the PostgreSQL schema under a SQLite config it would try to
// download a query engine, so each client is generated under its own provider's URL (generate
// opens no connection).
import { spawnSync } from "node:child_process";

for (const url of ["file:./data/actuquiz.db", "postgresql://localhost:5432/generate-only"]) {
  const r = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  if (r.status !== 0) process.exit(r.status || 1);
}
