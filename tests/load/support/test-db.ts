// The load tests' database: a SQLite file by default; with LOAD_PG_ADMIN_URL (set by
// `npm run test:pg`) a PostgreSQL database named after that file on the throwaway server.
// Tests seed and read it through one async API, in SQLite's dialect (tests/support/sql-db.ts).
import path from "node:path";
import { openSqlDb, type SqlDb } from "../../support/sql-db";

export function pgAdminUrl(): string | null {
  return process.env.LOAD_PG_ADMIN_URL || null;
}

/** The PostgreSQL database standing for `dbFile` (only when LOAD_PG_ADMIN_URL is set). */
export function pgDatabaseName(dbFile: string): string {
  return `load_${path.basename(dbFile).replace(/\.db$/, "").replace(/[^a-z0-9]/gi, "_")}`;
}

/** The DATABASE_URL the app gets for `dbFile`. */
export function databaseUrlFor(dbFile: string): string {
  const admin = pgAdminUrl();
  return admin ? `${admin}/${pgDatabaseName(dbFile)}` : `file:${dbFile}`;
}

export type TestDb = SqlDb;

export function openTestDb(dbFile: string): Promise<TestDb> {
  return openSqlDb(databaseUrlFor(dbFile));
}

/** Opens, runs `fn`, closes. */
export async function withTestDb<T>(dbFile: string, fn: (db: TestDb) => Promise<T>): Promise<T> {
  const db = await openTestDb(dbFile);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
