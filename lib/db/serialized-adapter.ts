// Wraps Prisma's better-sqlite3 adapter so that all statements and transactions share one
// lock, and exposes the raw connection for short synchronous transactions on hot paths.
// Several app processes may share the database file (scripts/serve.mjs): every write
// transaction starts with BEGIN IMMEDIATE, so it takes SQLite's write lock up front instead of
// failing with SQLITE_BUSY when it first writes after another process committed.
import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import { AsyncLock } from "./lock";
import { cachedStatement } from "./sql-tx";

export type SqliteSync = "NORMAL" | "FULL";

/** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

export function applyPragmas(db: Database.Database, synchronous: SqliteSync): void {
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma("foreign_keys = ON");
  db.pragma("journal_size_limit = 67108864");
}

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/**
 * BEGIN IMMEDIATE without blocking the event loop: SQLite's own busy handler sleeps inside the
 * synchronous call, which would stall every other request of this process while another
 * process writes. Instead, try without waiting and retry on a short timer, up to the same
 * budget as busy_timeout. The caller holds the in-process lock, so nothing else runs on this
 * connection meanwhile.
 */
export async function beginImmediate(raw: Database.Database): Promise<void> {
  // Compiled once per connection (raw.pragma() and raw.exec() compile on every call, which was
  // a measurable share of a submission's CPU).
  const stmt = (sql: string) => cachedStatement(raw, sql);
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  stmt("PRAGMA busy_timeout = 0").run();
  try {
    for (let wait = 1; ; wait = Math.min(wait * 2, 8)) {
      try {
        stmt("BEGIN IMMEDIATE").run();
        return;
      } catch (e) {
        if (!isBusy(e) || Date.now() > deadline) throw e;
      }
      await new Promise((r) => setTimeout(r, Math.random() * wait));
    }
  } finally {
    stmt(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`).run();
  }
}

/** COMMIT on the raw connection, through a statement compiled once. */
export function commit(raw: Database.Database): void {
  cachedStatement(raw, "COMMIT").run();
}

export class SerializedSqliteFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = "@prisma/adapter-better-sqlite3";
  readonly lock = new AsyncLock();
  #inner: PrismaBetterSQLite3;
  #raw?: Database.Database;
  #connected?: Promise<SqlDriverAdapter>;

  constructor(
    url: string,
    private readonly synchronous: SqliteSync,
  ) {
    this.#inner = new PrismaBetterSQLite3({ url });
  }

  /** The raw connection, available once Prisma has connected. */
  get raw(): Database.Database | undefined {
    return this.#raw;
  }

  connect(): Promise<SqlDriverAdapter> {
    this.#connected ??= this.#connect();
    return this.#connected;
  }

  async #connect(): Promise<SqlDriverAdapter> {
    const inner = await this.#inner.connect();
    const raw = (inner as unknown as { client: Database.Database }).client;
    applyPragmas(raw, this.synchronous);
    this.#raw = raw;
    return wrapAdapter(inner, raw, this.lock);
  }
}

function wrapAdapter(inner: SqlDriverAdapter, raw: Database.Database, lock: AsyncLock): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (q: SqlQuery) => lock.run(() => inner.queryRaw(q)),
    executeRaw: (q: SqlQuery) => lock.run(() => inner.executeRaw(q)),
    executeScript: (s: string) => lock.run(() => inner.executeScript(s)),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    async startTransaction(level?: IsolationLevel): Promise<Transaction> {
      if (level && level !== "SERIALIZABLE") {
        throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level });
      }
      const release = await lock.acquire();
      try {
        // Replaces the inner adapter's deferred BEGIN (see beginImmediate). Statements run on
        // the same connection through the inner adapter; Prisma sends COMMIT / ROLLBACK itself
        // (usePhantomQuery: false) and then calls commit() / rollback().
        await beginImmediate(raw);
        return wrapTransaction(inner, raw, release);
      } catch (e) {
        release();
        throw e;
      }
    },
  };
}

function wrapTransaction(tx: SqlDriverAdapter, raw: Database.Database, release: () => void): Transaction {
  // If COMMIT itself fails the runtime may never call commit()/rollback(): roll back and
  // free the lock here so the connection is not left wedged inside a transaction.
  let done = false;
  const guard = async <T>(fn: () => Promise<T>): Promise<T> => {
    // Once the lock is given back, the connection belongs to others: never run on it again.
    if (done) throw new DriverAdapterError({ kind: "TransactionAlreadyClosed", cause: "transaction already ended" });
    try {
      return await fn();
    } catch (e) {
      done = true;
      if (raw.inTransaction) {
        try {
          raw.exec("ROLLBACK");
        } catch {
          /* already rolled back */
        }
      }
      release();
      throw e;
    }
  };
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: (q) => guard(() => tx.queryRaw(q)),
    executeRaw: (q) => guard(() => tx.executeRaw(q)),
    commit: async () => {
      done = true;
      release();
    },
    rollback: async () => {
      // Normally Prisma has sent ROLLBACK already; make sure the write lock is not kept.
      if (!done && raw.inTransaction) raw.exec("ROLLBACK");
      done = true;
      release();
    },
  };
}
