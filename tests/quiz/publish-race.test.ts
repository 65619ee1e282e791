// REL-8: a published quiz's questions cannot be changed by racing an edit against publishing.
// The first test publishes at the exact moment the old code was exposed (after the edit has
// checked the draft status, before it writes), from another connection; the second fires
// edits and a publish at once and checks that nothing changed after publishing.
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";

let duringParse: (() => void) | null = null;
vi.mock("@/lib/quiz/question-input", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/quiz/question-input")>();
  return {
    ...real,
    parseQuestionInput: () => {
      duringParse?.();
      return {
        errors: {},
        checks: [],
        fields: {
          kind: "short_answer",
          category: "comprehension",
          source: "article",
          prompt: "EDITED AFTER PUBLISHING?",
          choices: null,
          answer: "Janaozen",
          accepted: [],
          evidenceText: "Le 2 janvier, les premiers rassemblements ont eu lieu à Janaozen.",
          evidenceStart: 0,
          evidenceEnd: 65,
          explanation: "",
          difficulty: 2,
          template: null,
          validFrom: null,
          validTo: null,
        },
      };
    },
  };
});

const { updateQuestion, approveQuestion } = await import("@/lib/server/quizzes/question-edits");
const { publishQuiz } = await import("@/lib/server/quizzes/publish-quiz");
const { prisma } = await import("@/lib/db");
const { createQuiz } = await import("@/tests/support/quiz-fixtures");

function otherConnection(): Database.Database {
  const db = new Database(process.env.DATABASE_URL!.replace(/^file:/, ""));
  db.pragma("busy_timeout = 5000");
  return db;
}

describe("REL-8 publishing against review edits", () => {
  it("an edit whose draft check passed before a publish is refused, and the question is unchanged", async () => {
    const quiz = await createQuiz({ status: "draft" });
    await prisma.question.updateMany({ where: { quizId: quiz.id }, data: { reviewState: "approved" } });
    const target = quiz.questions[3];
    duringParse = () => {
      const db = otherConnection();
      db.prepare(`UPDATE Quiz SET status = 'published', joinCode = 'RACEAB' WHERE id = ?`).run(quiz.id);
      db.close();
    };
    try {
      await expect(updateQuestion(quiz.teacherId, quiz.id, target.id, {})).rejects.toMatchObject({ code: "not_draft" });
    } finally {
      duringParse = null;
    }
    const after = await prisma.question.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.prompt).toBe(target.prompt);
    expect(after.origin).toBe(target.origin);
  });

  it("edits fired together with a publish land before it or not at all", async () => {
    for (let round = 0; round < 5; round++) {
      const quiz = await createQuiz({ status: "draft" });
      await prisma.question.updateMany({ where: { quizId: quiz.id }, data: { reviewState: "approved" } });
      const edits = quiz.questions.flatMap((q) => [updateQuestion(quiz.teacherId, quiz.id, q.id, {}), approveQuestion(quiz.teacherId, quiz.id, q.id)]);
      const outcomes = await Promise.allSettled([...edits.slice(0, 5), publishQuiz(quiz.teacherId, quiz.id), ...edits.slice(5)]);
      expect(outcomes[5].status).toBe("fulfilled");
      const published = await prisma.quiz.findUniqueOrThrow({ where: { id: quiz.id }, include: { questions: true } });
      expect(published.status).toBe("published");
      for (const q of published.questions) expect(q.updatedAt.getTime()).toBeLessThanOrEqual(published.publishedAt!.getTime());
      for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toMatchObject({ code: "not_draft" });
    }
  });
});
