// Resolves DATABASE_URL to an absolute sqlite file URL and creates its folder, so the app,
// the Prisma CLI, scripts and tests all open the same file whatever their working directory.
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/actuquiz.db";

export function databaseUrl(raw = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): string {
  if (!raw.startsWith("file:")) throw new Error("DATABASE_URL must be a SQLite file: URL");
  const file = raw.slice("file:".length);
  if (file === ":memory:") return raw;
  const abs = path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  return `file:${abs}`;
}

export function databaseFile(raw?: string): string {
  return databaseUrl(raw).slice("file:".length);
}
