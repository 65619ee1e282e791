// The transaction handle of the hot raw-SQL paths (submit, start, join, rate limits…), the same
// on both providers. Statements are written once in SQLite's dialect with `?` parameters,
// unquoted mixed-case identifiers and TRUE/FALSE literals; on PostgreSQL `pgSql` quotes the
// identifiers and numbers the parameters, and rows come back shaped as on SQLite (booleans as
// 0/1, timestamps as the ISO text Prisma writes to SQLite, counts as numbers).
import type Database from "better-sqlite3";
import pg, { type PoolClient } from "pg";
import { LruMap } from "../lru-map";

export type DbProvider = "sqlite" | "postgresql";

export interface SqlStatement {
  get(...params: unknown[]): Promise<unknown>;
  all(...params: unknown[]): Promise<unknown[]>;
  run(...params: unknown[]): Promise<{ changes: number }>;
}

export interface SqlTx {
  readonly provider: DbProvider;
  prepare(sql: string): SqlStatement;
}

/**
 * ` FOR UPDATE OF <alias>` on PostgreSQL, nothing on SQLite (whose write transaction already
 * excludes every other writer): a second transaction on the same row waits for the first and
 * then sees its outcome instead of racing it into a unique-index violation.
 */
export function forUpdate(db: SqlTx, alias: string, shared: string[] = []): string {
  if (db.provider !== "postgresql") return "";
  return ` FOR UPDATE OF ${alias}${shared.length ? ` FOR SHARE OF ${shared.join(", ")}` : ""}`;
}

/**
 * PostgreSQL isolation of a `withDbTransaction`. "serializable" (the default) needs no thought;
 * "read committed" is for a hot path whose guarantees come from row locks and unique indexes
 * (submit): under SERIALIZABLE, 200 submissions at once conflicted on the pages of the
 * idempotency-key index and aborted each other faster than retries could finish them.
 */
export type Isolation = "serializable" | "read committed";

/** Most statements one connection keeps compiled (the hot paths use a few dozen). */
export const STATEMENT_CACHE_SIZE = 256;
const statementCaches = new WeakMap<Database.Database, LruMap<string, Database.Statement>>();

/**
 * The compiled statement for `sql` on `raw`, compiled once per connection: compiling costs more
 * than running the small statements of a submission. Bounded (least recently used goes first)
 * because a few statements are built with a variable number of placeholders. SQLite itself
 * recompiles a cached statement after a schema change.
 */
export function cachedStatement(raw: Database.Database, sql: string): Database.Statement {
  let cache = statementCaches.get(raw);
  if (!cache) statementCaches.set(raw, (cache = new LruMap(STATEMENT_CACHE_SIZE)));
  return cache.getOrCreate(sql, () => raw.prepare(sql));
}

export function sqliteTx(raw: Database.Database): SqlTx {
  return {
    provider: "sqlite",
    prepare(sql) {
      const stmt = cachedStatement(raw, sql);
      return {
        get: async (...p) => stmt.get(...p),
        all: async (...p) => stmt.all(...p),
        run: async (...p) => ({ changes: stmt.run(...p).changes }),
      };
    },
  };
}

const translated = new Map<string, string>();

/**
 * SQLite-dialect SQL → PostgreSQL: quotes identifiers written in mixed case (table, column and
 * alias names; SQL keywords are written all upper or all lower case), outside string literals
 * and existing quotes, and turns each `?` into $1, $2…
 */
export function pgSql(sql: string): string {
  const hit = translated.get(sql);
  if (hit) return hit;
  let n = 0;
  const out = sql.replace(/'(?:[^']|'')*'|"[^"]*"|\?|\b[A-Za-z_][A-Za-z0-9_]*\b/g, (tok) => {
    if (tok === "?") return `$${++n}`;
    if (tok.startsWith("'") || tok.startsWith('"')) return tok;
    return /[a-z]/.test(tok) && /[A-Z]/.test(tok) ? `"${tok}"` : tok;
  });
  translated.set(sql, out);
  return out;
}

const BOOL = 16;
const INT8 = 20;
const NUMERIC = 1700;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/** Text-protocol parsers giving SQLite-shaped values (see the file comment). */
const types = {
  getTypeParser(oid: number) {
    switch (oid) {
      case BOOL:
        return (v: string) => (v === "t" ? 1 : 0);
      case INT8:
      case NUMERIC:
        return (v: string) => Number(v);
      case TIMESTAMP:
        return (v: string) => new Date(v.replace(" ", "T") + "Z").toISOString().replace("Z", "+00:00");
      case TIMESTAMPTZ:
        return (v: string) => new Date(v).toISOString().replace("Z", "+00:00");
      default:
        return pg.types.getTypeParser(oid, "text");
    }
  },
};

/** Parameters as SQLite takes them: bigint as number text, booleans as themselves. */
function pgParams(params: unknown[]): unknown[] {
  return params.map((p) => (typeof p === "bigint" ? p.toString() : p));
}

export function pgTx(client: PoolClient): SqlTx {
  const query = (sql: string, params: unknown[]) =>
    client.query({ text: pgSql(sql), values: pgParams(params), types: types as never });
  return {
    provider: "postgresql",
    prepare(sql) {
      return {
        get: async (...p) => (await query(sql, p)).rows[0],
        all: async (...p) => (await query(sql, p)).rows,
        run: async (...p) => ({ changes: (await query(sql, p)).rowCount ?? 0 }),
      };
    },
  };
}
