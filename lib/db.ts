// The one Prisma client, on SQLite or PostgreSQL after DATABASE_URL (lib/db/client.ts).
import "server-only";
import { env } from "./env";
import { createDbHandle, type DbHandle } from "./db/client";
import { databaseStatus, queryPragmas } from "./db/pragmas";
import type { Isolation, SqlTx } from "./db/sql-tx";

export type { SqlTx } from "./db/sql-tx";

const globalForDb = globalThis as unknown as { actuquizDb?: DbHandle };

// A globalThis singleton so dev hot reloads do not open extra connections.
const handle = (globalForDb.actuquizDb ??= createDbHandle(env().DATABASE_URL, env().SQLITE_SYNCHRONOUS));

export const prisma = handle.prisma;
export const dbProvider = handle.provider;

/**
 * Runs `fn` in one all-or-nothing transaction that behaves as if it ran alone: on SQLite under
 * the process's lock and BEGIN IMMEDIATE; on PostgreSQL at SERIALIZABLE, run again from the
 * start after a serialization conflict — so `fn` must have no effect outside the database.
 * `isolation` "read committed" (PostgreSQL only) is for paths that lock what they change.
 */
export function withDbTransaction<T>(fn: (db: SqlTx) => Promise<T>, isolation?: Isolation): Promise<T> {
  return handle.transaction(fn, isolation);
}

/** Reads the SQLite pragmas actually in force (asserted by tests). */
export function readPragmas() {
  return queryPragmas(prisma);
}

/** What /api/health reports for either provider. */
export function readDatabaseStatus() {
  return databaseStatus(prisma, handle.provider);
}
