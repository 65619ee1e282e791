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
