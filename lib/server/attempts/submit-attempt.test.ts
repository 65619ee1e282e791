import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { choiceId } from "@/lib/grading/choice-id";
import { createParticipant, createQuiz, markers } from "@/tests/support/quiz-fixtures";
import { startAttempt } from "./start-attempt";
import { LATE_GRACE_MS, submitAttempt, type SubmitOutcome } from "./submit-attempt";

type Quiz = Awaited<ReturnType<typeof createQuiz>>;

async function setUp(options: Parameters<typeof createQuiz>[0] = {}) {
  const quiz = await createQuiz(options);
  const p = await createParticipant(quiz.id);
  const started = await startAttempt(p.participant.id);
  if (!started.ok) throw new Error(started.reason);
  const send = (body: unknown, tokenHash: string | null = p.tokenHash, now?: Date) =>
    submitAttempt({ attemptId: started.attemptId, body, tokenHashFor: (id) => (id === quiz.id ? tokenHash : null), now });
  return { quiz, ...p, attemptId: started.attemptId, send };
}

/** All correct except the true/false question (answered "Vrai"): 5 / 6. */
function answers(quiz: Quiz) {
  const [mc, tf, fill, short, order, kb] = quiz.questions;
  const m = markers("A");
  return [
    { questionId: mc.id, choiceId: choiceId(mc.id, "2 030") },
    { questionId: tf.id, choiceId: choiceId(tf.id, "Vrai") },
    { questionId: fill.id, text: m.fillAnswer.toLowerCase() },
    { questionId: short.id, text: m.accepted },
    { questionId: order.id, choiceIds: ["Rassemblements", "Démission", "Retrait"].map((t) => choiceId(order.id, t)) },
    { questionId: kb.id, choiceId: choiceId(kb.id, "Noursoultan") },
  ];
}

function body(quiz: Quiz, extra: Record<string, unknown> = {}) {
  return { idempotencyKey: randomUUID(), answers: answers(quiz), ...extra };
}

async function stored(attemptId: string) {
  const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const responses = await prisma.response.count({ where: { attemptId } });
  return { attempt, responses };
}

function code(o: SubmitOutcome): string | undefined {
  return "error" in o.body ? o.body.error.code : undefined;
}

describe("submitting an attempt", () => {
  it("grades on the server and stores one response per question atomically", async () => {
    const { quiz, attemptId, send } = await setUp();
    const out = await send(body(quiz));
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ attemptId, status: "submitted", score: 5, maxScore: 6, late: false, replayed: false });
    const { attempt, responses } = await stored(attemptId);
    expect(responses).toBe(6);
    expect(attempt).toMatchObject({ status: "submitted", score: 5, maxScore: 6, late: false });
    expect(attempt.submittedAt).toBeInstanceOf(Date);
    expect(attempt.durationMs).toBeGreaterThanOrEqual(0);
    const tf = await prisma.response.findFirstOrThrow({ where: { attemptId, questionId: quiz.questions[1].id } });
    expect(tf).toMatchObject({ correct: false, points: 0, given: JSON.stringify("Vrai") });
  });

  it("counts unanswered questions wrong and stores them as omitted", async () => {
    const { quiz, attemptId, send } = await setUp();
    const out = await send({ idempotencyKey: randomUUID(), answers: answers(quiz).slice(0, 1) });
    expect(out.body).toMatchObject({ score: 1, maxScore: 6 });
    const rows = await prisma.response.findMany({ where: { attemptId } });
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.given === "null")).toHaveLength(5);
  });

  it.each([
    ["a forged score", { score: 6 }],
    ["a forged maxScore", { maxScore: 1 }],
    ["a forged correct flag", { correct: true }],
    ["an unknown key", { admin: true }],
  ])("refuses %s with 422 and changes nothing", async (_label, extra) => {
    const { quiz, attemptId, send } = await setUp();
    const out = await send(body(quiz, extra));
    expect(out.status).toBe(422);
    expect(code(out)).toBe("invalid_body");
    const { attempt, responses } = await stored(attemptId);
    expect(attempt.status).toBe("in_progress");
    expect(attempt.score).toBeNull();
    expect(responses).toBe(0);
  });

  it("refuses extra fields inside an answer", async () => {
    const { quiz, send } = await setUp();
    const a = answers(quiz);
    const out = await send({ idempotencyKey: randomUUID(), answers: [{ ...a[0], correct: true }, ...a.slice(1)] });
    expect(out.status).toBe(422);
  });

  it("refuses answers to another quiz's questions", async () => {
    const { quiz, attemptId, send } = await setUp();
    const other = await createQuiz();
    const out = await send({ idempotencyKey: randomUUID(), answers: [...answers(quiz).slice(1), answers(other)[0]] });
    expect(out.status).toBe(422);
    expect(code(out)).toBe("unknown_question");
    expect((await stored(attemptId)).responses).toBe(0);
  });

  it("refuses unknown choice ids, including ids of another question", async () => {
    const { quiz, send } = await setUp();
    const a = answers(quiz);
    const forged = await send({ idempotencyKey: randomUUID(), answers: [{ ...a[0], choiceId: "0123456789ab" }] });
    expect([forged.status, code(forged)]).toEqual([422, "unknown_choice"]);
    const borrowed = await send({ idempotencyKey: randomUUID(), answers: [{ questionId: a[0].questionId, choiceId: a[5].choiceId }] });
    expect([borrowed.status, code(borrowed)]).toEqual([422, "unknown_choice"]);
    const badItem = await send({ idempotencyKey: randomUUID(), answers: [{ ...a[4], choiceIds: ["0123456789ab"] }] });
    expect([badItem.status, code(badItem)]).toEqual([422, "unknown_choice"]);
  });

  it("refuses duplicate questions and duplicate ordering items", async () => {
    const { quiz, attemptId, send } = await setUp();
    const a = answers(quiz);
    const dupQuestion = await send({ idempotencyKey: randomUUID(), answers: [...a, a[0]] });
    expect([dupQuestion.status, code(dupQuestion)]).toEqual([422, "duplicate_question"]);
    const ids = a[4].choiceIds!;
    const dupItem = await send({ idempotencyKey: randomUUID(), answers: [{ ...a[4], choiceIds: [ids[0], ids[0], ids[1]] }] });
    expect([dupItem.status, code(dupItem)]).toEqual([422, "duplicate_choice"]);
    expect((await stored(attemptId)).attempt.status).toBe("in_progress");
  });

  it("refuses an answer of the wrong shape for its question", async () => {
    const { quiz, send } = await setUp();
    const a = answers(quiz);
    const out = await send({ idempotencyKey: randomUUID(), answers: [{ questionId: a[0].questionId, text: "2 030" }] });
    expect([out.status, code(out)]).toEqual([422, "answer_shape"]);
    const two = await send({ idempotencyKey: randomUUID(), answers: [{ ...a[0], text: "x" }] });
    expect(two.status).toBe(422);
  });

  it("refuses malformed keys and oversized answers", async () => {
    const { quiz, send } = await setUp();
    expect((await send(body(quiz, { idempotencyKey: "not-a-uuid" }))).status).toBe(422);
    expect((await send({ idempotencyKey: randomUUID(), answers: [{ questionId: quiz.questions[2].id, text: "x".repeat(501) }] })).status).toBe(422);
    expect((await send(null)).status).toBe(422);
    expect((await send([])).status).toBe(422);
  });

  it("answers 404 without the participant's cookie or with another participant's", async () => {
    const { quiz, attemptId, send } = await setUp();
    const other = await createParticipant(quiz.id, "Autre");
    expect((await send(body(quiz), null)).status).toBe(404);
    expect((await send(body(quiz), other.tokenHash)).status).toBe(404);
    expect((await submitAttempt({ attemptId: "missing", body: body(quiz), tokenHashFor: () => "x" })).status).toBe(404);
    expect((await stored(attemptId)).attempt.status).toBe("in_progress");
  });

  it("refuses a closed quiz, even for an attempt started before it closed", async () => {
    const { quiz, attemptId, send } = await setUp();
    await prisma.quiz.update({ where: { id: quiz.id }, data: { status: "closed", closedAt: new Date() } });
    const out = await send(body(quiz));
    expect([out.status, code(out)]).toEqual([409, "quiz_closed"]);
    expect((await stored(attemptId)).responses).toBe(0);
  });

  it("replays the stored result for the same key and answers, and refuses anything else", async () => {
    const { quiz, attemptId, send } = await setUp();
    const first = body(quiz);
    const a = await send(first);
    // Same answers listed in another order: same canonical payload.
    const b = await send({ ...first, answers: [...first.answers].reverse() });
    expect(b.status).toBe(200);
    expect(b.body).toEqual({ ...a.body, replayed: true });

    const changed = { ...first, answers: first.answers.slice(1) };
    const c = await send(changed);
    expect([c.status, code(c)]).toEqual([409, "idempotency_conflict"]);
    const d = await send(body(quiz));
    expect([d.status, code(d)]).toEqual([409, "already_submitted"]);
    const { attempt, responses } = await stored(attemptId);
    expect([attempt.score, responses]).toEqual([5, 6]);
  });

  it("replays a submitted attempt even after the quiz closed", async () => {
    const { quiz, send } = await setUp();
    const first = body(quiz);
    await send(first);
    await prisma.quiz.update({ where: { id: quiz.id }, data: { status: "closed" } });
    expect((await send(first)).status).toBe(200);
  });

  it("refuses a key already used by another attempt", async () => {
    const one = await setUp();
    const two = await setUp();
    const key = randomUUID();
    expect((await one.send({ idempotencyKey: key, answers: [] })).status).toBe(200);
    const out = await two.send({ idempotencyKey: key, answers: [] });
    expect([out.status, code(out)]).toEqual([409, "idempotency_conflict"]);
    expect((await stored(two.attemptId)).attempt.status).toBe("in_progress");
  });

  it("accepts late submissions and flags them after the grace period", async () => {
    const timed = await setUp({ timeLimitSec: 60 });
    const { attempt } = await stored(timed.attemptId);
    const deadline = attempt.deadlineAt!.getTime();
    expect(deadline - attempt.startedAt.getTime()).toBe(60_000);
    const within = await timed.send(body(timed.quiz), timed.tokenHash, new Date(deadline + LATE_GRACE_MS - 1000));
    expect(within.body).toMatchObject({ late: false });

    const late = await setUp({ timeLimitSec: 60 });
    const lateDeadline = (await stored(late.attemptId)).attempt.deadlineAt!.getTime();
    const out = await late.send(body(late.quiz), late.tokenHash, new Date(lateDeadline + LATE_GRACE_MS + 1000));
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ late: true, score: 5 });
    expect((await stored(late.attemptId)).attempt.late).toBe(true);
  });

  it("stores exactly one set of responses under 5 concurrent identical submissions", async () => {
    const { quiz, attemptId, send } = await setUp();
    const payload = body(quiz);
    const outs = await Promise.all(Array.from({ length: 5 }, () => send(payload)));
    expect(outs.map((o) => o.status)).toEqual([200, 200, 200, 200, 200]);
    expect(outs.filter((o) => "replayed" in o.body && !o.body.replayed)).toHaveLength(1);
    expect(new Set(outs.map((o) => ("score" in o.body ? o.body.score : -1)))).toEqual(new Set([5]));
    expect((await stored(attemptId)).responses).toBe(6);
  });

  it("keeps one result when 5 different submissions of one attempt race", async () => {
    const { quiz, attemptId, send } = await setUp();
    const outs = await Promise.all(Array.from({ length: 5 }, () => send(body(quiz))));
    expect(outs.filter((o) => o.status === 200)).toHaveLength(1);
    expect(outs.filter((o) => o.status === 409)).toHaveLength(4);
    expect((await stored(attemptId)).responses).toBe(6);
  });
  it("grades by the question as it is now after an edit or a regrade (nothing stale is reused)", async () => {
    // Grading data derived from a question is cached per row content (graded-question.ts):
    // an edit between two submissions must be seen by the second one at once.
    const first = await setUp();
    expect((await first.send(body(first.quiz))).body).toMatchObject({ score: 5 });
    const [mc, tf] = first.quiz.questions;
    // Regrade: the key of the multiple-choice question becomes "250"; the true/false becomes "Vrai".
    await prisma.question.update({ where: { id: mc.id }, data: { answer: JSON.stringify("250") } });
    await prisma.question.update({ where: { id: tf.id }, data: { answer: JSON.stringify("Vrai") } });
    const second = await createParticipant(first.quiz.id);
    const started = await startAttempt(second.participant.id);
    if (!started.ok) throw new Error(started.reason);
    const send = (b: unknown) => submitAttempt({ attemptId: started.attemptId, body: b, tokenHashFor: () => second.tokenHash });
    // Edit: the choice "2 030" is renamed, so its old id no longer names a choice.
    await prisma.question.update({ where: { id: mc.id }, data: { choices: JSON.stringify(["2 031", "3 020", "250", "1 300"]) } });
    expect(code(await send(body(first.quiz)))).toBe("unknown_choice");
    const edited = answers(first.quiz).map((a) => (a.questionId === mc.id ? { questionId: mc.id, choiceId: choiceId(mc.id, "250") } : a));
    const out = await send({ idempotencyKey: randomUUID(), answers: edited });
    expect(out.body).toMatchObject({ score: 6, maxScore: 6 });
  });
});
