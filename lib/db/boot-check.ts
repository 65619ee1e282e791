// Boot-time assertion of the database setup (REL-6), shared by the server and the tests.
import { env } from "../env";
import { createDbHandle } from "./client";
import { queryPragmas } from "./pragmas";

export async function assertDatabaseReady(url?: string): Promise<void> {
  const e = env();
  // A short-lived handle: the app's singleton lives in lib/db.ts, which is server-only.
  const handle = createDbHandle(url ?? e.DATABASE_URL, e.SQLITE_SYNCHRONOUS);
  const { prisma } = handle;
  try {
    if (handle.provider === "postgresql") {
      const rows = await prisma.$queryRawUnsafe<{ n: bigint | number }[]>(
        "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'",
      );
      if (Number(rows[0].n) === 0) throw new Error("Database has no migrations: run `npm start` or `npx prisma migrate deploy`");
      return;
    }
    const p = await queryPragmas(prisma);
    const problems: string[] = [];
    if (p.journalMode !== "wal") problems.push(`journal_mode=${p.journalMode}`);
    if (p.foreignKeys !== 1) problems.push("foreign_keys off");
    if (p.busyTimeout < 1000) problems.push(`busy_timeout=${p.busyTimeout}`);
    if (p.sqliteVersion === "3.51.0") problems.push("SQLite 3.51.0 has a known EXISTS bug");
    if (problems.length) throw new Error(`Database not ready: ${problems.join(", ")}`);
    const tables = await prisma.$queryRawUnsafe<{ n: bigint | number }[]>(
      "SELECT count(*) AS n FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'",
    );
    if (Number(tables[0].n) === 0) throw new Error("Database has no migrations: run `npm start` or `npx prisma migrate deploy`");
  } finally {
    await prisma.$disconnect();
    // On PostgreSQL, end the pool even if the client never connected (nothing left to keep the
    // process alive).
    if (handle.pool && !handle.pool.ended) await handle.pool.end();
  }
}
