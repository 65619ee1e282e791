// The practice migration puts questions roster students already missed (before the review list
// existed) in their review list: wrong answers of each student's latest graded attempt only.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { answerWithCodeAs, rosterClass, skillQuiz, assign } from "@/tests/support/class-fixtures";
import { createParticipant } from "@/tests/support/quiz-fixtures";

const migration = readFileSync(path.resolve(import.meta.dirname, "../../../prisma/migrations/20261201140000_practice/migration.sql"), "utf8");
const backfill = migration.slice(migration.indexOf("INSERT OR IGNORE INTO \"ReviewCard\""));

describe("review list backfill", () => {
  it("schedules the wrong answers of each roster student's latest graded attempt, due at once, and nothing for open-join students", async () => {
    expect(backfill).toMatch(/^INSERT OR IGNORE INTO "ReviewCard"/);
    const quiz = await skillQuiz("B", 2);
    const cls = await rosterClass(quiz.teacherId, ["Léa", "Noah"]);
    await assign(quiz.teacherId, quiz.id, [cls.id]);
    const [lea, noah] = cls.students;
    await answerWithCodeAs(quiz, lea.code, [false, false, false], new Date("2026-02-01T10:00:00Z"));
    await answerWithCodeAs(quiz, lea.code, [true, false, true], new Date("2026-02-02T10:00:00Z"));
    await answerWithCodeAs(quiz, noah.code, [true, true, true], new Date("2026-02-02T10:00:00Z"));
    await createParticipant(quiz.id, "Anonyme");
    // As before the migration: no cards at all.
    await prisma.reviewCard.deleteMany({});
    await prisma.$executeRawUnsafe(backfill);
    const cards = await prisma.reviewCard.findMany({ select: { studentId: true, questionId: true, box: true, dueAt: true, rightReviews: true, retiredAt: true, createdAt: true } });
    expect(cards.every((c) => !Number.isNaN(c.createdAt.getTime()))).toBe(true);
    expect(cards.map(({ createdAt: _c, ...rest }) => rest)).toEqual([
      { studentId: lea.id, questionId: quiz.questions[1].id, box: 1, dueAt: new Date("2026-02-02T10:00:00Z"), rightReviews: 0, retiredAt: null },
    ]);
    // Run twice (a re-applied script): still one card.
    await prisma.$executeRawUnsafe(backfill);
    expect(await prisma.reviewCard.count()).toBe(1);
  });
});
