// Wraps Prisma's better-sqlite3 adapter so that all statements and transactions share one
// lock, and exposes the raw connection for short synchronous transactions on hot paths.
import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { AsyncLock } from "./lock";

export type SqliteSync = "NORMAL" | "FULL";

export function applyPragmas(db: Database.Database, synchronous: SqliteSync): void {
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  db.pragma("journal_size_limit = 67108864");
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
      const release = await lock.acquire();
      try {
        const tx = await inner.startTransaction(level);
        return wrapTransaction(tx, raw, release);
      } catch (e) {
        release();
        throw e;
      }
    },
  };
}

function wrapTransaction(tx: Transaction, raw: Database.Database, release: () => void): Transaction {
  // If COMMIT itself fails the runtime may never call commit()/rollback(): roll back and
  // free the lock here so the connection is not left wedged inside a transaction.
  const guard = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
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
    options: tx.options,
    queryRaw: (q) => guard(() => tx.queryRaw(q)),
    executeRaw: (q) => guard(() => tx.executeRaw(q)),
    commit: async () => {
      try {
        await tx.commit();
      } finally {
        release();
      }
    },
    rollback: async () => {
      try {
        await tx.rollback();
      } finally {
        release();
      }
    },
  };
}
