// Reads the SQLite settings actually in force on a connection (REL-6): used by the boot check,
// /api/health and the tests.
import type { PrismaClient } from "../../generated/prisma/client";

export interface Pragmas {
  journalMode: string;
  synchronous: number;
  busyTimeout: number;
  foreignKeys: number;
  sqliteVersion: string;
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
