// Builds the Prisma client for DATABASE_URL. Used by lib/db.ts (the app's singleton) and by
// scripts and tests, which cannot import "server-only" modules.
// - file: (default): the serialized better-sqlite3 adapter; every statement and transaction
//   goes through one in-process lock, and write transactions start with BEGIN IMMEDIATE.
// - postgresql://: the client generated from prisma/postgresql/schema.prisma on
//   @prisma/adapter-pg, sharing one pg pool with the raw transactions (SERIALIZABLE, retried).
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "../../generated/prisma-pg/client";
import { databaseUrl, isPostgresUrl } from "../database-url";
import { pgConfig } from "./pg-config";
import { SerializedSqliteFactory, beginImmediate, commit, type SqliteSync } from "./serialized-adapter";
import { pgTx, sqliteTx, type DbProvider, type Isolation, type SqlTx } from "./sql-tx";

export interface DbHandle {
  provider: DbProvider;
  /** Typed as the SQLite client: both are generated from the same models. */
  prisma: PrismaClient;
  /** Runs `fn` in one all-or-nothing transaction that behaves as if run alone (see below). */
  transaction<T>(fn: (db: SqlTx) => Promise<T>, isolation?: Isolation): Promise<T>;
  /** The SQLite factory (pragmas, raw connection); undefined on PostgreSQL. */
  factory?: SerializedSqliteFactory;
  pool?: pg.Pool;
}

export function createDbHandle(rawUrl?: string, synchronous: SqliteSync = "NORMAL"): DbHandle {
  const url = databaseUrl(rawUrl);
  return isPostgresUrl(url) ? createPgHandle(url) : createSqliteHandle(url, synchronous);
}

function createSqliteHandle(url: string, synchronous: SqliteSync): DbHandle {
  const factory = new SerializedSqliteFactory(url, synchronous);
  const prisma = new PrismaClient({ adapter: factory });
  return {
    provider: "sqlite",
    prisma,
    factory,
    async transaction(fn) {
      // The raw connection exists once Prisma has connected; connect only the first time.
      if (!factory.raw) await prisma.$connect();
      const raw = factory.raw;
      if (!raw) throw new Error("database not connected");
      // The in-process lock: nothing else of this process runs on the connection meanwhile;
      // BEGIN IMMEDIATE waits for other processes' writers without blocking the event loop.
      return factory.lock.run(async () => {
        await beginImmediate(raw);
        try {
          const result = await fn(sqliteTx(raw));
          commit(raw);
          return result;
        } finally {
          if (raw.inTransaction) raw.exec("ROLLBACK");
        }
      });
    },
  };
}

/** PostgreSQL errors after which the whole transaction can simply run again. */
const RETRYABLE = new Set(["40001", "40P01"]); // serialization_failure, deadlock_detected
const MAX_TRIES = 20;
/**
 * unique_violation: two transactions inserting the same key at once; the loser, run again,
 * sees the winner's row and takes its normal path (a replay, "already taken"). A few tries
 * only: a genuine duplicate fails the same way each time.
 */
const UNIQUE_VIOLATION = "23505";
const MAX_UNIQUE_TRIES = 3;

function createPgHandle(url: string): DbHandle {
  const pool = new pg.Pool({ ...pgConfig(url), max: Number(process.env.PG_POOL_MAX || 10) });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  // $disconnect ends the shared pool too, so scripts (seed, reset-password) exit at once.
  const prisma = new PgPrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) as unknown as PrismaClient;
  return {
    provider: "postgresql",
    prisma,
    pool,
    async transaction(fn, isolation = "serializable") {
      // SERIALIZABLE gives the guarantee SQLite's single writer gave (the result is that of some
      // serial order), across processes and machines; a conflict aborts one side, which runs
      // again from the start after a short random pause.
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        let broken: Error | undefined;
        try {
          await client.query(isolation === "serializable" ? "BEGIN ISOLATION LEVEL SERIALIZABLE" : "BEGIN ISOLATION LEVEL READ COMMITTED");
          const result = await fn(pgTx(client));
          await client.query("COMMIT");
          return result;
        } catch (e) {
          await client.query("ROLLBACK").catch((err: Error) => (broken = err));
          const code = (e as { code?: string }).code;
          const retry = code && (RETRYABLE.has(code) ? attempt < MAX_TRIES : code === UNIQUE_VIOLATION && attempt < MAX_UNIQUE_TRIES);
          if (!retry) throw e;
        } finally {
          client.release(broken);
        }
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(2 ** attempt, 250)));
      }
    },
  };
}
