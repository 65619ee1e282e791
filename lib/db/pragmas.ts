// Reads the database settings actually in force (REL-6): used by the boot check, /api/health
// and the tests. SQLite: its pragmas. PostgreSQL: the server version and the settings that
// decide durability.
import type { PrismaClient } from "../../generated/prisma/client";
import type { DbProvider } from "./sql-tx";

export interface Pragmas {
  journalMode: string;
  synchronous: number;
  busyTimeout: number;
  foreignKeys: number;
  sqliteVersion: string;
}

export interface PostgresSettings {
  provider: "postgresql";
  serverVersion: string;
  fsync: string;
  synchronousCommit: string;
  defaultTransactionIsolation: string;
}

export async function queryPragmas(prisma: PrismaClient): Promise<Pragmas> {
  const [r] = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    "SELECT (SELECT journal_mode FROM pragma_journal_mode) AS journal_mode, (SELECT synchronous FROM pragma_synchronous) AS synchronous, (SELECT timeout FROM pragma_busy_timeout) AS busy_timeout, (SELECT foreign_keys FROM pragma_foreign_keys) AS foreign_keys, sqlite_version() AS sqlite_version",
  );
  return {
    journalMode: String(r.journal_mode),
    synchronous: Number(r.synchronous),
    busyTimeout: Number(r.busy_timeout),
    foreignKeys: Number(r.foreign_keys),
    sqliteVersion: String(r.sqlite_version),
  };
}

export async function queryPostgresSettings(prisma: PrismaClient): Promise<PostgresSettings> {
  const [r] = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    "SELECT current_setting('server_version') AS v, current_setting('fsync') AS f, current_setting('synchronous_commit') AS s, current_setting('default_transaction_isolation') AS i",
  );
  return { provider: "postgresql", serverVersion: String(r.v), fsync: String(r.f), synchronousCommit: String(r.s), defaultTransactionIsolation: String(r.i) };
}

/** What /api/health reports, and whether the database is as the app needs it. */
export async function databaseStatus(prisma: PrismaClient, provider: DbProvider): Promise<{ ok: boolean; database: Pragmas | PostgresSettings }> {
  if (provider === "postgresql") {
    const s = await queryPostgresSettings(prisma);
    return { ok: true, database: s };
  }
  const p = await queryPragmas(prisma);
  return { ok: p.journalMode === "wal" && p.foreignKeys === 1, database: p };
}
