// The one Prisma client. SQLite pragmas are applied when it connects; every statement and
// transaction goes through one lock (see lib/db/serialized-adapter.ts).
import "server-only";
import type Database from "better-sqlite3";
import { env } from "./env";
import { createDbHandle, type DbHandle } from "./db/client";
import { queryPragmas } from "./db/pragmas";
import { beginImmediate } from "./db/serialized-adapter";

const globalForDb = globalThis as unknown as { actuquizDb?: DbHandle };

// A globalThis singleton so dev hot reloads do not open extra connections.
const handle = (globalForDb.actuquizDb ??= createDbHandle(env().DATABASE_URL, env().SQLITE_SYNCHRONOUS));

export const prisma = handle.prisma;

/**
 * Runs `fn` inside a synchronous better-sqlite3 transaction on the app's own connection,
 * holding the shared lock: nothing else can run inside it, and it is all-or-nothing.
 */
export async function withSyncTransaction<T>(fn: (db: Database.Database) => T): Promise<T> {
  // The raw connection exists once Prisma has connected; connect only the first time.
  if (!handle.factory.raw) await prisma.$connect();
  const raw = handle.factory.raw;
  if (!raw) throw new Error("database not connected");
  return handle.factory.lock.run(async () => {
    // BEGIN IMMEDIATE waits for other processes' writers without blocking the event loop.
    await beginImmediate(raw);
    try {
      const result = fn(raw);
      raw.exec("COMMIT");
      return result;
    } finally {
      if (raw.inTransaction) raw.exec("ROLLBACK");
    }
  });
}

/** Reads the pragmas actually in force (asserted by tests and /api/health). */
export function readPragmas() {
  return queryPragmas(prisma);
}
