// The e2e server's database as the specs see it: the same DATABASE_URL scripts/e2e-server.mjs
// gives the app (E2E_DATABASE_URL=postgresql://… under `npm run test:pg`, else the SQLite file
// of this port), opened through tests/support/sql-db.ts. Specs seed and read it with one code
// path on both providers: SQLite-dialect statements through the app's SqlTx handle (TRUE/FALSE
// literals, no SUM(boolean), `ON CONFLICT`; lib/db/sql-tx.ts).
import path from "node:path";
import { isPostgresUrl } from "../lib/database-url";
import { withSqlDb, type SqlDb } from "../tests/support/sql-db";

export type { SqlDb } from "../tests/support/sql-db";

export const E2E_PORT = Number(process.env.E2E_PORT || 3100);

/** The DATABASE_URL of the e2e server (keep in step with scripts/e2e-server.mjs). */
export function e2eDatabaseUrl(): string {
  const pg = process.env.E2E_DATABASE_URL;
  if (isPostgresUrl(pg)) return pg!;
  return `file:${path.resolve(__dirname, "..", "data", `e2e-${E2E_PORT}.db`)}`;
}

/** Opens the e2e database, runs `fn`, closes it (a connection per call, as the server sees any client). */
export function withE2eDb<T>(fn: (db: SqlDb) => Promise<T>): Promise<T> {
  return withSqlDb(e2eDatabaseUrl(), fn);
}

/** Rows of one SQLite-dialect query with `?` parameters. */
export function e2eAll<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  return withE2eDb(async (db) => (await db.prepare(sql).all(...params)) as T[]);
}

/** The first row of one query (undefined when none). */
export function e2eGet<T>(sql: string, ...params: unknown[]): Promise<T | undefined> {
  return withE2eDb(async (db) => (await db.prepare(sql).get(...params)) as T | undefined);
}

/** Runs one statement; returns the number of rows it changed. */
export function e2eRun(sql: string, ...params: unknown[]): Promise<number> {
  return withE2eDb(async (db) => (await db.prepare(sql).run(...params)).changes);
}

/** The row a query must find (throws when there is none, naming the query). */
export async function e2eRow<T>(sql: string, ...params: unknown[]): Promise<T> {
  const row = await e2eGet<T>(sql, ...params);
  if (row === undefined) throw new Error(`no row for: ${sql}`);
  return row;
}
