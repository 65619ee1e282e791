import { describe, expect, it } from "vitest";
import { pgSql } from "./sql-tx";

describe("pgSql (SQLite dialect → PostgreSQL)", () => {
  it("quotes mixed-case identifiers and aliases, numbers the parameters", () => {
    expect(pgSql("SELECT a.quizId, q.joinCode AS code FROM Attempt a JOIN Quiz q ON q.id = a.quizId WHERE a.id = ? AND q.teacherId = ?")).toBe(
      'SELECT a."quizId", q."joinCode" AS code FROM "Attempt" a JOIN "Quiz" q ON q.id = a."quizId" WHERE a.id = $1 AND q."teacherId" = $2',
    );
  });

  it("leaves keywords, string literals and quoted names alone", () => {
    expect(pgSql(`UPDATE Attempt SET status = 'in_Progress?' WHERE "quizId" = ? AND late = FALSE`)).toBe(
      `UPDATE "Attempt" SET status = 'in_Progress?' WHERE "quizId" = $1 AND late = FALSE`,
    );
    expect(pgSql("INSERT INTO RateLimit (key, count, windowEnd) VALUES (?, 1, ?) ON CONFLICT(key) DO UPDATE SET windowEnd = excluded.windowEnd")).toBe(
      'INSERT INTO "RateLimit" (key, count, "windowEnd") VALUES ($1, 1, $2) ON CONFLICT(key) DO UPDATE SET "windowEnd" = excluded."windowEnd"',
    );
  });
});

describe("cachedStatement (statements compiled once per connection)", () => {
  it("reuses a statement, survives a schema change and stays bounded", async () => {
    const { default: Database } = await import("better-sqlite3");
    const { cachedStatement, sqliteTx, STATEMENT_CACHE_SIZE } = await import("./sql-tx");
    const raw = new Database(":memory:");
    try {
      const db = sqliteTx(raw);
      await db.prepare("CREATE TABLE t (a INTEGER)").run();
      await db.prepare("INSERT INTO t (a) VALUES (?)").run(1);
      expect(cachedStatement(raw, "SELECT * FROM t")).toBe(cachedStatement(raw, "SELECT * FROM t"));
      expect(await db.prepare("SELECT * FROM t").all()).toEqual([{ a: 1 }]);
      // A column added after the statement was compiled: SQLite recompiles it.
      raw.exec("ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'x'");
      expect(await db.prepare("SELECT * FROM t").all()).toEqual([{ a: 1, b: "x" }]);
      const first = cachedStatement(raw, "SELECT 0");
      for (let i = 1; i <= STATEMENT_CACHE_SIZE; i++) cachedStatement(raw, `SELECT ${i}`);
      // The least recently used one was dropped: asking again compiles a new statement.
      expect(cachedStatement(raw, "SELECT 0")).not.toBe(first);
      // Another connection has its own statements.
      const other = new Database(":memory:");
      expect(cachedStatement(other, "SELECT 1")).not.toBe(cachedStatement(raw, "SELECT 1"));
      other.close();
    } finally {
      raw.close();
    }
  });
});
