// The load tests' database: a SQLite file by default; with LOAD_PG_ADMIN_URL (set by
// `npm run test:pg`) a PostgreSQL database named after that file on the throwaway server.
// Tests seed and read it through one async API, in SQLite's dialect (lib/db/sql-tx.ts).
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { pgTx, sqliteTx, type SqlTx } from "../../../lib/db/sql-tx";

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

export interface TestDb extends SqlTx {
  /** Runs `fn` in one transaction. */
  tx<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openTestDb(dbFile: string): Promise<TestDb> {
  if (pgAdminUrl()) {
    const client = new pg.Client({ connectionString: databaseUrlFor(dbFile) });
    await client.connect();
    const sql = pgTx(client as unknown as pg.PoolClient);
    return {
      ...sql,
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
  const db = new Database(dbFile);
  db.pragma("busy_timeout = 5000");
  const sql = sqliteTx(db);
  return {
    ...sql,
    async tx(fn) {
      db.exec("BEGIN IMMEDIATE");
      try {
        const r = await fn();
        db.exec("COMMIT");
        return r;
      } finally {
        if (db.inTransaction) db.exec("ROLLBACK");
      }
    },
    close: async () => void db.close(),
  };
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
