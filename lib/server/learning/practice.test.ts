import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { choiceId } from "@/lib/grading/choice-id";
import { answerWithCodeAs, assign, rosterClass, skillQuiz } from "@/tests/support/class-fixtures";
import { createParticipant } from "@/tests/support/quiz-fixtures";
import { startAttempt } from "@/lib/server/attempts/start-attempt";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt";
import { deleteClassroom, removeStudent } from "@/lib/server/classes/classrooms";
import { loadQuizResults } from "@/lib/server/results/load-results";
import { dayAfter } from "@/lib/learning/leitner";
import { loadGradebook } from "./gradebook";
import { answerRetry, answerReview, retrySet, reviewSet, reviewSummary } from "./practice";

type Quiz = Awaited<ReturnType<typeof skillQuiz>>;
const pick = (quiz: Quiz, i: number, right: boolean) => ({ questionId: quiz.questions[i].id, choiceId: choiceId(quiz.questions[i].id, right ? `A${i}` : `B${i}`) });
const DAY = 24 * 60 * 60 * 1000;

/** Every figure a teacher sees of the quiz and class, and the raw counts behind them. */
async function teacherFigures(teacherId: string, classroomId: string, quizId: string) {
  const results = await loadQuizResults(prisma, teacherId, quizId, "latest");
  return {
    gradebook: await loadGradebook(teacherId, classroomId),
    participants: results?.participants,
    analysis: results?.analysis,
    attempts: await prisma.attempt.count(),
    responses: await prisma.response.count(),
  };
}

async function setup(showAnswers = "after_submit") {
  const quiz = await skillQuiz("P", 2);
  if (showAnswers !== "after_submit") await prisma.quiz.update({ where: { id: quiz.id }, data: { showAnswers } });
  const cls = await rosterClass(quiz.teacherId, ["Léa", "Noah"]);
  await assign(quiz.teacherId, quiz.id, [cls.id]);
  return { quiz, cls, lea: cls.students[0] };
}

describe("practice of missed questions", () => {
  it("retries the missed questions with feedback, schedules them as cards and changes no teacher figure", async () => {
    const { quiz, cls, lea } = await setup();
    const t0 = new Date("2026-03-10T15:00:00");
    // Detail right, cause and inference wrong.
    const own = await answerWithCodeAs(quiz, lea.code, [true, false, false], t0);
    const before = await teacherFigures(quiz.teacherId, cls.id, quiz.id);
    expect(before.gradebook?.students.find((s) => s.id === lea.id)?.cells[0]?.score).toBe(1);

    const cards = await prisma.reviewCard.findMany({ where: { studentId: lea.id }, orderBy: { questionId: "asc" } });
    expect(cards.map((c) => c.questionId).sort()).toEqual([quiz.questions[1].id, quiz.questions[2].id].sort());
    expect(cards.every((c) => c.box === 1 && c.dueAt.getTime() === dayAfter(t0, 1).getTime())).toBe(true);

    const set = await retrySet(own.attemptId, own.participantId);
    expect(set?.allowed).toBe(true);
    expect(set?.questions.map((q) => q.id)).toEqual([quiz.questions[1].id, quiz.questions[2].id]);
    expect(set?.questions[0].choices?.map((c) => c.text).sort()).toEqual(["A1", "B1", "C1"]);
    // The view carries no key.
    expect(JSON.stringify(set)).not.toContain("explanation");
    expect(await retrySet(own.attemptId, "someone-else")).toBeNull();

    const mine = (id: string) => (id === quiz.id ? own.tokenHash : null);
    const key = randomUUID();
    const right = await answerRetry({ attemptId: own.attemptId, tokenHashFor: mine, body: { idempotencyKey: key, answer: pick(quiz, 1, true) }, now: t0 });
    expect(right).toMatchObject({ status: 200, body: { correct: true, expected: "A1", replayed: false, card: null } });
    expect((right.body as { evidence: string }).evidence).toBe(quiz.questions[1].evidenceText);
    // A retried request replays; the same key with another answer is refused.
    expect(await answerRetry({ attemptId: own.attemptId, tokenHashFor: mine, body: { idempotencyKey: key, answer: pick(quiz, 1, true) }, now: t0 })).toMatchObject({ status: 200, body: { replayed: true, correct: true } });
    expect(await answerRetry({ attemptId: own.attemptId, tokenHashFor: mine, body: { idempotencyKey: key, answer: pick(quiz, 1, false) }, now: t0 })).toMatchObject({ status: 409 });
    const wrong = await answerRetry({ attemptId: own.attemptId, tokenHashFor: mine, body: { idempotencyKey: randomUUID(), answer: pick(quiz, 2, false) }, now: t0 });
    expect(wrong).toMatchObject({ status: 200, body: { correct: false, expected: "A2" } });
    // Not missed, not this device's, malformed, extra fields: refused, nothing stored.
    expect(await answerRetry({ attemptId: own.attemptId, tokenHashFor: mine, body: { idempotencyKey: randomUUID(), answer: pick(quiz, 0, true) } })).toMatchObject({ status: 422, body: { error: { code: "not_missed" } } });
    expect(await answerRetry({ attemptId: own.attemptId, tokenHashFor: () => "nope", body: { idempotencyKey: randomUUID(), answer: pick(quiz, 1, true) } })).toMatchObject({ status: 404 });
    expect(await answerRetry({ attemptId: own.attemptId, tokenHashFor: mine, body: { idempotencyKey: randomUUID(), answer: { questionId: quiz.questions[1].id, choiceId: "0123456789ab" } } })).toMatchObject({ status: 422, body: { error: { code: "unknown_choice" } } });
    expect(await answerRetry({ attemptId: own.attemptId, tokenHashFor: mine, body: { idempotencyKey: randomUUID(), answer: pick(quiz, 1, true), correct: true } })).toMatchObject({ status: 422 });
    expect(await prisma.practiceAnswer.count({ where: { participantId: own.participantId } })).toBe(2);
    // The retry does not move the cards (they are not due yet).
    expect((await prisma.reviewCard.findMany({ where: { studentId: lea.id } })).every((c) => c.box === 1 && c.rightReviews === 0)).toBe(true);

    // Reviews, with the clock moved by hand.
    expect(await reviewSet(lea.id, t0)).toEqual([]);
    expect(await reviewSummary(lea.id, t0)).toMatchObject({ dueNow: 0, upcoming: [{ day: dayAfter(t0, 1), count: 2 }] });
    const t1 = new Date(t0.getTime() + DAY);
    expect((await reviewSet(lea.id, t1)).map((q) => q.id).sort()).toEqual([quiz.questions[1].id, quiz.questions[2].id].sort());
    expect(await reviewSummary(lea.id, t1)).toMatchObject({ dueNow: 2, upcoming: [] });

    const rk = randomUUID();
    const r1 = await answerReview(lea.id, { idempotencyKey: rk, answer: pick(quiz, 1, true) }, t1);
    expect(r1).toMatchObject({ status: 200, body: { correct: true, replayed: false, card: { box: 2, moved: true, retired: false, dueAt: dayAfter(t1, 3).toISOString() } } });
    // Double submit (same key) and a second answer in the same review (new key): the card moves once.
    expect(await answerReview(lea.id, { idempotencyKey: rk, answer: pick(quiz, 1, true) }, t1)).toMatchObject({ status: 200, body: { replayed: true, card: { box: 2, moved: false } } });
    expect(await answerReview(lea.id, { idempotencyKey: randomUUID(), answer: pick(quiz, 1, true) }, t1)).toMatchObject({ status: 200, body: { replayed: false, card: { box: 2, moved: false } } });
    expect(await prisma.reviewCard.findFirst({ where: { studentId: lea.id, questionId: quiz.questions[1].id } })).toMatchObject({ box: 2, rightReviews: 1, retiredAt: null });
    // Wrong: back to box 1, due the next day.
    expect(await answerReview(lea.id, { idempotencyKey: randomUUID(), answer: pick(quiz, 2, false) }, t1)).toMatchObject({ body: { correct: false, card: { box: 1, moved: true, dueAt: dayAfter(t1, 1).toISOString() } } });

    const t4 = new Date(t1.getTime() + 3 * DAY);
    const retireKey = randomUUID();
    expect(await answerReview(lea.id, { idempotencyKey: retireKey, answer: pick(quiz, 1, true) }, t4)).toMatchObject({ body: { correct: true, card: { retired: true, moved: true } } });
    // The retried request of the answer that retired the card still gets its verdict.
    expect(await answerReview(lea.id, { idempotencyKey: retireKey, answer: pick(quiz, 1, true) }, t4)).toMatchObject({ status: 200, body: { replayed: true } });
    expect(await answerReview(lea.id, { idempotencyKey: randomUUID(), answer: pick(quiz, 1, true) }, t4)).toMatchObject({ status: 404 });
    expect((await reviewSet(lea.id, t4)).map((q) => q.id)).toEqual([quiz.questions[2].id]);
    expect(await reviewSummary(lea.id, t4)).toMatchObject({ dueNow: 1, retired: 1 });
    // Noah has no card; another student cannot answer Léa's cards.
    const noah = cls.students[1];
    expect(await answerReview(noah.id, { idempotencyKey: randomUUID(), answer: pick(quiz, 2, true) }, t4)).toMatchObject({ status: 404 });

    // Practice changed no teacher figure and no attempt.
    expect(await teacherFigures(quiz.teacherId, cls.id, quiz.id)).toEqual(before);
    expect(await prisma.practiceAnswer.count({ where: { participantId: own.participantId } })).toBeGreaterThan(4);

    // Missed again in a graded attempt: the retired card comes back in box 1.
    await answerWithCodeAs(quiz, lea.code, [true, false, true], t4);
    expect(await prisma.reviewCard.findFirst({ where: { studentId: lea.id, questionId: quiz.questions[1].id } })).toMatchObject({ box: 1, rightReviews: 0, retiredAt: null });
  });

  it("gives an open-join student the retry and no review list", async () => {
    const quiz = await skillQuiz("O", 1);
    const { participant, tokenHash } = await createParticipant(quiz.id, "Anonyme");
    const started = await startAttempt(participant.id);
    if (!started.ok) throw new Error("start");
    const mine = (id: string) => (id === quiz.id ? tokenHash : null);
    const out = await submitAttempt({ attemptId: started.attemptId, tokenHashFor: mine, body: { idempotencyKey: randomUUID(), answers: [pick(quiz, 0, false), pick(quiz, 1, true), pick(quiz, 2, true)] } });
    expect(out.status).toBe(200);
    expect(await prisma.reviewCard.count({ where: { questionId: { in: quiz.questions.map((q) => q.id) } } })).toBe(0);
    expect((await retrySet(started.attemptId, participant.id))?.questions.map((q) => q.id)).toEqual([quiz.questions[0].id]);
    expect(await answerRetry({ attemptId: started.attemptId, tokenHashFor: mine, body: { idempotencyKey: randomUUID(), answer: pick(quiz, 0, true) } })).toMatchObject({ status: 200, body: { correct: true } });
  });

  it("offers no practice while the quiz hides its answers", async () => {
    const { quiz, lea } = await setup("after_close");
    const t0 = new Date("2026-03-10T15:00:00");
    const own = await answerWithCodeAs(quiz, lea.code, [false, true, true], t0);
    expect(await retrySet(own.attemptId, own.participantId)).toEqual({ allowed: false, questions: [] });
    const mine = (id: string) => (id === quiz.id ? own.tokenHash : null);
    expect(await answerRetry({ attemptId: own.attemptId, tokenHashFor: mine, body: { idempotencyKey: randomUUID(), answer: pick(quiz, 0, true) } })).toMatchObject({ status: 409, body: { error: { code: "answers_hidden" } } });
    const later = new Date(t0.getTime() + 2 * DAY);
    expect(await reviewSet(lea.id, later)).toEqual([]);
    expect(await reviewSummary(lea.id, later)).toMatchObject({ dueNow: 0, waiting: 1 });
    expect(await answerReview(lea.id, { idempotencyKey: randomUUID(), answer: pick(quiz, 0, true) }, later)).toMatchObject({ status: 409 });
    await prisma.quiz.update({ where: { id: quiz.id }, data: { status: "closed" } });
    expect((await reviewSet(lea.id, later)).map((q) => q.id)).toEqual([quiz.questions[0].id]);
  });

  it("deletes a student's cards and practice with the student, and a class's with the class", async () => {
    const { quiz, cls, lea } = await setup();
    const noah = cls.students[1];
    const t0 = new Date("2026-03-10T15:00:00");
    const a = await answerWithCodeAs(quiz, lea.code, [false, false, true], t0);
    const b = await answerWithCodeAs(quiz, noah.code, [false, true, true], t0);
    const later = new Date(t0.getTime() + DAY);
    await answerReview(lea.id, { idempotencyKey: randomUUID(), answer: pick(quiz, 0, true) }, later);
    await answerReview(noah.id, { idempotencyKey: randomUUID(), answer: pick(quiz, 0, true) }, later);
    await answerRetry({ attemptId: a.attemptId, tokenHashFor: () => a.tokenHash, body: { idempotencyKey: randomUUID(), answer: pick(quiz, 1, true) } });
    const practiceOf = (participantId: string) => prisma.practiceAnswer.count({ where: { participantId } });
    expect(await practiceOf(a.participantId)).toBe(2);
    expect(await practiceOf(b.participantId)).toBe(1);

    expect(await removeStudent(quiz.teacherId, cls.id, lea.id)).toBe(true);
    expect(await prisma.reviewCard.count({ where: { studentId: lea.id } })).toBe(0);
    expect(await practiceOf(a.participantId)).toBe(0);
    expect(await prisma.reviewCard.count({ where: { studentId: noah.id } })).toBe(1);
    expect(await practiceOf(b.participantId)).toBe(1);

    expect(await deleteClassroom(quiz.teacherId, cls.id)).toBe(true);
    expect(await prisma.reviewCard.count({ where: { studentId: noah.id } })).toBe(0);
    expect(await practiceOf(b.participantId)).toBe(0);
  });
});
