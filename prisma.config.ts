// Prisma CLI config: the JS schema engine runs through a driver adapter, so migrations need no
// native engine download (Prisma 6.19; see README "Stack"). DATABASE_URL picks the provider:
// a file: URL (or none) is SQLite with prisma/schema.prisma; postgresql:// uses the generated
// prisma/postgresql/schema.prisma and its own migrations (scripts/pg-schema.mjs).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, DEFAULT_DATABASE_URL, isPostgresUrl } from "./lib/database-url";
import { pgMigrateAdapter } from "./lib/db/pg-migrate-adapter";

// The schema reads env("DATABASE_URL"); give it the same default as the app.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
const postgres = isPostgresUrl(process.env.DATABASE_URL);
const dir = postgres ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    return postgres ? pgMigrateAdapter(databaseUrl()) : new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});
