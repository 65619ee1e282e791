import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { choiceId } from "@/lib/grading/choice-id";
import { startAttempt } from "@/lib/server/attempts/start-attempt";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt";
import { createParticipant, createQuiz } from "@/tests/support/quiz-fixtures";
import { loadAttemptsExport } from "./load-export";
import { loadGradeChanges } from "./load-grade-changes";
import { loadQuizResults } from "./load-results";
import { acceptAnswerForAll, changeOrderingKey, changeQuestionKey, overrideAnswer, RegradeError } from "./regrade";

const QUESTIONS = [
  { kind: "short_answer", prompt: "Qui ?", choices: null, answer: "Kassym-Jomart Tokaïev", accepted: [] },
  { kind: "multiple_choice", prompt: "Combien ?", choices: ["2 030", "1 600", "250"], answer: "2 030", accepted: ["2030"] },
];

/** Three submitted attempts: a reversed name + 1 600, the same + 2 030 (the key), another name + 250. */
async function setUp() {
  const quiz = await createQuiz({ questions: QUESTIONS });
  const [text, mc] = quiz.questions;
  const attempts: string[] = [];
  for (const [name, typed, picked] of [
    ["Ana", "Tokaïev Kassym-Jomart", "1 600"],
    ["Bo", "Tokaïev Kassym-Jomart", "2 030"],
    ["Cy", "Noursoultan", "250"],
  ] as const) {
    const p = await createParticipant(quiz.id, name);
    const started = await startAttempt(p.participant.id);
    if (!started.ok) throw new Error(started.reason);
    const out = await submitAttempt({
      attemptId: started.attemptId,
      tokenHashFor: () => p.tokenHash,
      body: {
        idempotencyKey: randomUUID(),
        answers: [
          { questionId: text.id, text: typed },
          { questionId: mc.id, choiceId: choiceId(mc.id, picked) },
        ],
      },
    });
    if (out.status !== 200) throw new Error(JSON.stringify(out.body));
    attempts.push(started.attemptId);
  }
  return { quiz, text, mc, attempts };
}

const scores = async (ids: string[]) =>
  Promise.all(ids.map(async (id) => (await prisma.attempt.findUniqueOrThrow({ where: { id } })).score));

describe("regrading attempts already made", () => {
  it("accepts a near-miss for everyone: scores, item statistics, CSV and the audit line follow", async () => {
    const { quiz, text, attempts } = await setUp();
    expect(await scores(attempts)).toEqual([0, 1, 0]);
    const out = await acceptAnswerForAll(quiz.teacherId, quiz.id, text.id, " Tokaïev Kassym-Jomart ");
    expect(out).toEqual({ changed: true, responsesChanged: 2, attemptsChanged: 2 });
    expect(await scores(attempts)).toEqual([1, 2, 0]);
    const q = await prisma.question.findUniqueOrThrow({ where: { id: text.id } });
    expect(JSON.parse(q.accepted)).toEqual(["Tokaïev Kassym-Jomart"]);

    const results = await loadQuizResults(prisma, quiz.teacherId, quiz.id);
    expect(results?.analysis.items[0]).toMatchObject({ correctCount: 2, n: 3 });
    const csv = await loadAttemptsExport(prisma, quiz.teacherId, quiz.id);
    expect(csv?.attempts.map((a) => [a.displayName, a.score, a.correct.get(text.id)])).toEqual([
      ["Ana", 1, true],
      ["Bo", 2, true],
      ["Cy", 0, false],
    ]);
    const audit = await loadGradeChanges(prisma, quiz.teacherId, quiz.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "accept_answer", questionNumber: 1, detail: { answer: "Tokaïev Kassym-Jomart" }, responsesChanged: 2, attemptsChanged: 2 });
  });

  it("counts once when the same request arrives twice, even at the same time", async () => {
    const { quiz, text, mc, attempts } = await setUp();
    const [a, b] = await Promise.all([
      acceptAnswerForAll(quiz.teacherId, quiz.id, text.id, "Tokaïev Kassym-Jomart"),
      acceptAnswerForAll(quiz.teacherId, quiz.id, text.id, "Tokaïev Kassym-Jomart"),
    ]);
    expect([a.changed, b.changed].sort()).toEqual([false, true]);
    const [c, d] = await Promise.all([
      changeQuestionKey(quiz.teacherId, quiz.id, mc.id, "1 600"),
      changeQuestionKey(quiz.teacherId, quiz.id, mc.id, "1 600"),
    ]);
    expect([c.changed, d.changed].sort()).toEqual([false, true]);
    expect(await scores(attempts)).toEqual([2, 1, 0]);
    expect(await prisma.gradeChange.count({ where: { quizId: quiz.id } })).toBe(2);
  });

  it("fixes a wrong multiple-choice key, and keeps the teacher's hand marks through it", async () => {
    const { quiz, mc, attempts } = await setUp();
    expect(await overrideAnswer(quiz.teacherId, quiz.id, attempts[2], mc.id, true)).toEqual({ changed: true, responsesChanged: 1, attemptsChanged: 1 });
    expect(await overrideAnswer(quiz.teacherId, quiz.id, attempts[2], mc.id, true)).toMatchObject({ changed: false });
    const out = await changeQuestionKey(quiz.teacherId, quiz.id, mc.id, "1 600");
    expect(out).toEqual({ changed: true, responsesChanged: 2, attemptsChanged: 2 });
    expect(await scores(attempts)).toEqual([1, 0, 1]);
    const q = await prisma.question.findUniqueOrThrow({ where: { id: mc.id } });
    expect([JSON.parse(q.answer), JSON.parse(q.accepted)]).toEqual(["1 600", []]);
    const audit = await loadGradeChanges(prisma, quiz.teacherId, quiz.id);
    expect(audit.map((e) => e.action).sort()).toEqual(["change_key", "override"]);
    expect(audit.find((e) => e.action === "override")).toMatchObject({ displayName: "Cy", detail: { correct: true } });
  });

  it("refuses another teacher, unknown ids and bad input, changing nothing", async () => {
    const { quiz, text, mc, attempts } = await setUp();
    const other = await createQuiz({ questions: QUESTIONS });
    const refusals: [Promise<unknown>, string][] = [
      [acceptAnswerForAll(other.teacherId, quiz.id, text.id, "Tokaïev Kassym-Jomart"), "not_found"],
      [changeQuestionKey(other.teacherId, quiz.id, mc.id, "1 600"), "not_found"],
      [overrideAnswer(other.teacherId, quiz.id, attempts[0], mc.id, true), "not_found"],
      [overrideAnswer(quiz.teacherId, quiz.id, randomUUID(), mc.id, true), "not_found"],
      [acceptAnswerForAll(quiz.teacherId, other.id, text.id, "Tokaïev Kassym-Jomart"), "not_found"],
      [acceptAnswerForAll(quiz.teacherId, quiz.id, text.id, "   "), "empty_answer"],
      [changeQuestionKey(quiz.teacherId, quiz.id, mc.id, "<script>"), "not_a_choice"],
      [acceptAnswerForAll(quiz.teacherId, quiz.id, mc.id, "250"), "not_free_text"],
    ];
    // Settle each one at once: on PostgreSQL they run concurrently, and one rejecting before the
    // loop reaches it would be an unhandled rejection.
    const outcomes = refusals.map(([promise, code]) => [promise.then(() => "resolved", (e: unknown) => e), code] as const);
    for (const [outcome, code] of outcomes) {
      await expect(outcome).resolves.toSatisfy((e) => e instanceof RegradeError && e.code === code);
    }
    expect(await scores(attempts)).toEqual([0, 1, 0]);
    expect(await prisma.gradeChange.count({ where: { quizId: quiz.id } })).toBe(0);
  });

  it("fixes an ordering key: the attempts already made are regraded once, with one audit line naming the teacher", async () => {
    const items = ["Démission", "Retrait", "Rassemblements"];
    const quiz = await createQuiz({ questions: [{ kind: "ordering", prompt: "Ordre ?", choices: items, answer: ["Rassemblements", "Démission", "Retrait"] }] });
    await prisma.teacher.update({ where: { id: quiz.teacherId }, data: { name: "Mme Durand" } });
    const [order] = quiz.questions;
    const attempts: string[] = [];
    for (const [name, sent] of [
      ["Ana", ["Rassemblements", "Démission", "Retrait"]],
      ["Bo", ["Rassemblements", "Retrait", "Démission"]],
      ["Cy", ["Retrait", "Démission", "Rassemblements"]],
    ] as const) {
      const p = await createParticipant(quiz.id, name);
      const started = await startAttempt(p.participant.id);
      if (!started.ok) throw new Error(started.reason);
      const out = await submitAttempt({
        attemptId: started.attemptId,
        tokenHashFor: () => p.tokenHash,
        body: { idempotencyKey: randomUUID(), answers: [{ questionId: order.id, choiceIds: sent.map((c) => choiceId(order.id, c)) }] },
      });
      if (out.status !== 200) throw new Error(JSON.stringify(out.body));
      attempts.push(started.attemptId);
    }
    expect(await scores(attempts)).toEqual([1, 0, 0]);

    const fixed = ["Rassemblements", "Retrait", "Démission"];
    const [a, b] = await Promise.all([
      changeOrderingKey(quiz.teacherId, quiz.id, order.id, fixed),
      changeOrderingKey(quiz.teacherId, quiz.id, order.id, fixed),
    ]);
    expect([a, b].find((o) => o.changed)).toEqual({ changed: true, responsesChanged: 2, attemptsChanged: 2 });
    expect([a.changed, b.changed].sort()).toEqual([false, true]);
    expect(await scores(attempts)).toEqual([0, 1, 0]);
    const q = await prisma.question.findUniqueOrThrow({ where: { id: order.id } });
    expect(JSON.parse(q.answer)).toEqual(fixed);

    const audit = await loadGradeChanges(prisma, quiz.teacherId, quiz.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "change_key",
      questionNumber: 1,
      teacherName: "Mme Durand",
      detail: { from: "Rassemblements → Démission → Retrait", to: "Rassemblements → Retrait → Démission" },
      attemptsChanged: 2,
    });

    for (const bad of [["Retrait", "Retrait", "Démission"], ["Retrait", "Démission"], []]) {
      await expect(changeOrderingKey(quiz.teacherId, quiz.id, order.id, bad)).rejects.toSatisfy((e) => e instanceof RegradeError && e.code === "not_an_order");
    }
    const other = await createQuiz();
    await expect(changeOrderingKey(other.teacherId, quiz.id, order.id, items)).rejects.toSatisfy((e) => e instanceof RegradeError && e.code === "not_found");
    expect(await scores(attempts)).toEqual([0, 1, 0]);
    expect(await prisma.gradeChange.count({ where: { quizId: quiz.id } })).toBe(1);
  });
});
