// Resolves DATABASE_URL. A file: URL (the default) becomes an absolute SQLite file URL with its
// folder created, so the app, the Prisma CLI, scripts and tests all open the same file whatever
// their working directory. A postgresql:// URL is passed through (README "Several processes").
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/actuquiz.db";

export type DbProvider = "sqlite" | "postgresql";

export function isPostgresUrl(raw: string | undefined): boolean {
  return !!raw && /^postgres(ql)?:\/\//.test(raw);
}

export function databaseProvider(raw = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DbProvider {
  return isPostgresUrl(raw) ? "postgresql" : "sqlite";
}

export function databaseUrl(raw = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): string {
  if (isPostgresUrl(raw)) return raw;
  if (!raw.startsWith("file:")) throw new Error("DATABASE_URL must be a SQLite file: URL or a postgresql:// URL");
  const file = raw.slice("file:".length);
  if (file === ":memory:") return raw;
  const abs = path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  return `file:${abs}`;
}

export function databaseFile(raw?: string): string {
  const url = databaseUrl(raw);
  if (isPostgresUrl(url)) throw new Error("DATABASE_URL is a PostgreSQL URL: there is no database file");
  return url.slice("file:".length);
}
