// Boot-time assertion of the database setup (REL-6), shared by the server and the tests.
import { env } from "../env";
import { createDbHandle } from "./client";

export async function assertDatabaseReady(url?: string): Promise<void> {
  const e = env();
  // A short-lived handle: the app's singleton lives in lib/db.ts, which is server-only.
  const { prisma } = createDbHandle(url ?? e.DATABASE_URL, e.SQLITE_SYNCHRONOUS);
  try {
    const [r] = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      "SELECT (SELECT journal_mode FROM pragma_journal_mode) AS jm, (SELECT foreign_keys FROM pragma_foreign_keys) AS fk, (SELECT timeout FROM pragma_busy_timeout) AS bt, sqlite_version() AS v",
    );
    const problems: string[] = [];
    if (String(r.jm) !== "wal") problems.push(`journal_mode=${String(r.jm)}`);
    if (Number(r.fk) !== 1) problems.push("foreign_keys off");
    if (Number(r.bt) < 1000) problems.push(`busy_timeout=${String(r.bt)}`);
    if (String(r.v) === "3.51.0") problems.push("SQLite 3.51.0 has a known EXISTS bug");
    if (problems.length) throw new Error(`Database not ready: ${problems.join(", ")}`);
    const tables = await prisma.$queryRawUnsafe<{ n: bigint | number }[]>(
      "SELECT count(*) AS n FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'",
    );
    if (Number(tables[0].n) === 0) throw new Error("Database has no migrations: run `npm start` or `npx prisma migrate deploy`");
  } finally {
    await prisma.$disconnect();
  }
}
