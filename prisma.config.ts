// Prisma CLI config: the JS schema engine runs through the better-sqlite3 adapter, so
// migrations need no native engine download (Prisma 6.19; see README "Stack").
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, DEFAULT_DATABASE_URL } from "./lib/database-url";

// The schema reads env("DATABASE_URL"); give it the same default as the app.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});
