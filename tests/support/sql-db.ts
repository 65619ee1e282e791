// A test's own connection to the app's database, on either provider after its DATABASE_URL:
// statements in SQLite's dialect through the app's SqlTx handle (lib/db/sql-tx.ts), so one
// seeding or reading helper runs unchanged on SQLite and PostgreSQL. Used by the load tests,
// the end-to-end specs (e2e/e2e-db.ts) and the results tests and benchmarks.
import Database from "better-sqlite3";
import pg from "pg";
import { databaseFile, isPostgresUrl } from "../../lib/database-url";
import { pgTx, sqliteTx, type SqlTx } from "../../lib/db/sql-tx";

export interface SqlDb extends SqlTx {
  /** Runs `fn` in one transaction (BEGIN IMMEDIATE on SQLite). */
  tx<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A SqlDb over an open better-sqlite3 connection (the caller closes it). */
export function sqliteDb(raw: Database.Database): SqlDb {
  return {
    ...sqliteTx(raw),
    async tx(fn) {
      raw.exec("BEGIN IMMEDIATE");
      try {
        const r = await fn();
        raw.exec("COMMIT");
        return r;
      } finally {
        if (raw.inTransaction) raw.exec("ROLLBACK");
      }
    },
    close: async () => void raw.close(),
  };
}

export async function openSqlDb(databaseUrl: string): Promise<SqlDb> {
  if (isPostgresUrl(databaseUrl)) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return {
      ...pgTx(client as unknown as pg.PoolClient),
      async tx(fn) {
        await client.query("BEGIN");
        try {
          const r = await fn();
          await client.query("COMMIT");
          return r;
        } catch (e) {
          await client.query("ROLLBACK");
          throw e;
        }
      },
      close: () => client.end(),
    };
  }
  const raw = new Database(databaseFile(databaseUrl));
  // The app may be writing at the same moment (WAL): wait for its lock rather than fail.
  raw.pragma("busy_timeout = 5000");
  return sqliteDb(raw);
}

/** Opens, runs `fn`, closes. */
export async function withSqlDb<T>(databaseUrl: string, fn: (db: SqlDb) => Promise<T>): Promise<T> {
  const db = await openSqlDb(databaseUrl);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
