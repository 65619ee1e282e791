// Practice of missed questions, kept apart from graded attempts (PracticeAnswer rows; Attempt
// and Response are never touched, so scores, gradebooks and item statistics cannot change).
//
// - Retry: after a result, the questions missed in that attempt, for whoever holds the attempt
//   (an open-join student included). Only when the quiz shows its answers: practice tells
//   right from wrong and shows the evidence, which is the key.
// - Review: a roster student's due cards (lib/learning/leitner.ts), through their space session.
// Each answer is graded on the server with the quiz's own grading code and answered with the
// expected answer, the evidence sentence and the explanation. The browser sends one
// idempotency key per question shown: a retried request replays the stored verdict, and a
// card moves only when it is due, so neither a double click nor a retry moves it twice.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { withDbTransaction, type SqlTx } from "@/lib/db";
import type { Language } from "@/lib/generation/contract";
import { scoreQuestion } from "@/lib/grading/score-attempt";
import { dayKey, isDue, reviewCard, summariseCards, type DueSummary } from "@/lib/learning/leitner";
import type { QuestionGradingRow } from "@/lib/quiz/question-row";
import { checkAnswers, submitError, toStoredQuestion, type SubmitErrorCode } from "@/lib/server/attempts/submit-attempt";
import { SubmittedAnswerSchema, type SubmittedAnswer } from "@/lib/server/attempts/submit-schema";
import { buildStudentQuestions, type StudentQuestion } from "@/lib/server/attempts/student-view";
import { revealState } from "@/lib/server/attempts/results-view";
import { toBool, toSqlDate } from "@/lib/server/attempts/sql-values";
import { CARD_COLUMNS, loadCard, saveCard, toCard } from "./review-cards";

export const PracticeBodySchema = z.object({ idempotencyKey: z.uuid(), answer: SubmittedAnswerSchema }).strict();
/** Practice answers kept per participant and question: enough for any honest use. */
export const MAX_PRACTICE_PER_QUESTION = 200;

export interface PracticeQuestion extends StudentQuestion {
  language: string;
  quizTitle: string;
}

export interface PracticeFeedback {
  questionId: string;
  correct: boolean;
  /** Free text one typo away from right. */
  close: boolean;
  expected: string | string[];
  explanation: string;
  evidence: string;
  replayed: boolean;
  /** Review only: the card after this answer. */
  card: { box: number; dueAt: string; dueDay: string; retired: boolean; moved: boolean } | null;
}

export type PracticeErrorCode = SubmitErrorCode | "not_missed" | "answers_hidden" | "card_not_found" | "too_many";
export type PracticeOutcome = { status: 200; body: PracticeFeedback } | { status: number; body: { error: { code: PracticeErrorCode; message: string } } };

function practiceError(status: number, code: PracticeErrorCode, message: string): PracticeOutcome {
  return { status, body: { error: { code, message } } };
}

interface QuestionRow extends QuestionGradingRow {
  quizId: string;
  prompt: string;
  explanation: string;
  evidenceText: string;
  language: string;
  quizTitle: string;
  showAnswers: string;
  quizStatus: string;
}

const QUESTION_COLUMNS = `qu.id, qu.quizId, qu.kind, qu.prompt, qu.choices, qu.answer, qu.accepted, qu.explanation, qu.evidenceText,
  q.language, q.title AS quizTitle, q.showAnswers, q.status AS quizStatus`;

function toPracticeQuestions(rows: readonly QuestionRow[]): PracticeQuestion[] {
  // A fresh seed per page: the choices come back in another order than in the quiz.
  const seed = randomUUID();
  const shown = buildStudentQuestions(rows, { seed, shuffleQuestions: false, shuffleChoices: true });
  return shown.map((q, i) => ({ ...q, language: rows[i].language, quizTitle: rows[i].quizTitle }));
}

const revealed = (r: { showAnswers: string; quizStatus: string }) => revealState(r.showAnswers, r.quizStatus) === "revealed";

interface AttemptOwner {
  id: string;
  participantId: string;
  quizId: string;
  status: string;
  tokenHash: string;
  showAnswers: string;
  quizStatus: string;
}

async function loadOwnedAttempt(db: SqlTx, attemptId: string): Promise<AttemptOwner | undefined> {
  return (await db
    .prepare(
      `SELECT a.id, a.participantId, a.quizId, a.status, p.tokenHash, q.showAnswers, q.status AS quizStatus
         FROM Attempt a JOIN Participant p ON p.id = a.participantId JOIN Quiz q ON q.id = a.quizId WHERE a.id = ?`,
    )
    .get(attemptId)) as AttemptOwner | undefined;
}

async function missedRows(db: SqlTx, attemptId: string): Promise<QuestionRow[]> {
  return (await db
    .prepare(
      `SELECT ${QUESTION_COLUMNS} FROM Response r JOIN Question qu ON qu.id = r.questionId JOIN Quiz q ON q.id = qu.quizId
        WHERE r.attemptId = ? AND r.correct = FALSE ORDER BY qu.position ASC`,
    )
    .all(attemptId)) as QuestionRow[];
}

export interface RetrySet {
  /** False when the quiz does not show its answers yet: no practice then. */
  allowed: boolean;
  questions: PracticeQuestion[];
}

/** The questions missed in `participantId`'s submitted attempt `attemptId` (null when not theirs). */
export async function retrySet(attemptId: string, participantId: string): Promise<RetrySet | null> {
  return withDbTransaction(async (db) => {
    const a = await loadOwnedAttempt(db, attemptId);
    if (!a || a.participantId !== participantId || a.status !== "submitted") return null;
    if (!revealed(a)) return { allowed: false, questions: [] };
    return { allowed: true, questions: toPracticeQuestions(await missedRows(db, attemptId)) };
  });
}

type Graded = { ok: true; correct: boolean; close: boolean; given: string } | { ok: false; outcome: PracticeOutcome };

function grade(q: QuestionRow, answer: SubmittedAnswer): Graded {
  const checked = checkAnswers([answer], new Map([[q.id, q]]));
  if (!checked.ok) return { ok: false, outcome: checked.outcome as PracticeOutcome };
  const language: Language = q.language === "en" ? "en" : "fr";
  const score = scoreQuestion(toStoredQuestion(q, language), checked.responses[0].value);
  return { ok: true, correct: score.correct, close: score.close === true, given: JSON.stringify(score.given) };
}

function expectedOf(q: QuestionRow): string | string[] {
  const v: unknown = JSON.parse(q.answer);
  return Array.isArray(v) ? v.map(String) : String(v ?? "");
}

function feedback(q: QuestionRow, correct: boolean, close: boolean, replayed: boolean, card: PracticeFeedback["card"]): PracticeFeedback {
  return { questionId: q.id, correct, close, expected: expectedOf(q), explanation: q.explanation, evidence: q.evidenceText, replayed, card };
}

interface StoredPractice {
  questionId: string;
  given: string;
  correct: unknown;
}

/** A stored answer under the same key: replay it when it is the same answer, refuse otherwise. */
async function replay(db: SqlTx, participantId: string, key: string, q: QuestionRow, given: string): Promise<"fresh" | "conflict" | { correct: boolean }> {
  const prior = (await db.prepare(`SELECT questionId, given, correct FROM PracticeAnswer WHERE participantId = ? AND idempotencyKey = ?`).get(participantId, key)) as
    | StoredPractice
    | undefined;
  if (!prior) return "fresh";
  if (prior.questionId !== q.id || prior.given !== given) return "conflict";
  return { correct: toBool(prior.correct) };
}

async function tooMany(db: SqlTx, participantId: string, questionId: string): Promise<boolean> {
  const row = (await db.prepare(`SELECT COUNT(*) AS n FROM PracticeAnswer WHERE participantId = ? AND questionId = ?`).get(participantId, questionId)) as { n: unknown };
  return Number(row.n) >= MAX_PRACTICE_PER_QUESTION;
}

async function insertPractice(db: SqlTx, p: { participantId: string; questionId: string; mode: "retry" | "review"; cardId: string | null; given: string; correct: boolean; moved: boolean; key: string; now: Date }) {
  await (db.prepare(
    `INSERT INTO PracticeAnswer (id, participantId, questionId, mode, cardId, given, correct, moved, idempotencyKey, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), p.participantId, p.questionId, p.mode, p.cardId, p.given, p.correct ? 1 : 0, p.moved ? 1 : 0, p.key, toSqlDate(p.now)));
}

function parseBody(body: unknown): { ok: true; key: string; answer: SubmittedAnswer } | { ok: false; outcome: PracticeOutcome } {
  const parsed = PracticeBodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, outcome: practiceError(422, "invalid_body", `Invalid answer${issue ? ` (${issue.path.join(".") || "body"}: ${issue.message})` : ""}.`) };
  }
  return { ok: true, key: parsed.data.idempotencyKey, answer: parsed.data.answer };
}

export interface RetryInput {
  attemptId: string;
  /** SHA-256 of the participant token this request carries for `quizId`, or null. */
  tokenHashFor: (quizId: string) => string | null;
  body: unknown;
  now?: Date;
}

/** One retry answer to a question missed in the attempt. */
export async function answerRetry(input: RetryInput): Promise<PracticeOutcome> {
  const parsed = parseBody(input.body);
  if (!parsed.ok) return parsed.outcome;
  const now = input.now ?? new Date();
  return withDbTransaction(async (db): Promise<PracticeOutcome> => {
    const a = await loadOwnedAttempt(db, input.attemptId);
    const tokenHash = a ? input.tokenHashFor(a.quizId) : null;
    if (!a || a.status !== "submitted" || !tokenHash || tokenHash !== a.tokenHash) {
      return submitError(404, "attempt_not_found", "No such attempt for this participant.") as PracticeOutcome;
    }
    if (!revealed(a)) return practiceError(409, "answers_hidden", "This quiz does not show its answers yet.");
    const q = (await missedRows(db, a.id)).find((r) => r.id === parsed.answer.questionId);
    if (!q) return practiceError(422, "not_missed", "This question was not missed in this attempt.");
    const graded = grade(q, parsed.answer);
    if (!graded.ok) return graded.outcome;
    const prior = await replay(db, a.participantId, parsed.key, q, graded.given);
    if (prior === "conflict") return practiceError(409, "idempotency_conflict", "This idempotency key was used with another answer.");
    if (prior !== "fresh") return { status: 200, body: feedback(q, prior.correct, graded.close, true, null) };
    if (await tooMany(db, a.participantId, q.id)) return practiceError(429, "too_many", "Too many practice answers to this question.");
    await insertPractice(db, { participantId: a.participantId, questionId: q.id, mode: "retry", cardId: null, given: graded.given, correct: graded.correct, moved: false, key: parsed.key, now });
    return { status: 200, body: feedback(q, graded.correct, graded.close, false, null) };
  });
}

/** The signed-in student's cards due now, from quizzes that show their answers. */
export async function reviewSet(studentId: string, now = new Date()): Promise<PracticeQuestion[]> {
  return withDbTransaction(async (db) => {
    const rows = (await db
      .prepare(
        `SELECT ${QUESTION_COLUMNS} FROM ReviewCard c JOIN Question qu ON qu.id = c.questionId JOIN Quiz q ON q.id = qu.quizId
          WHERE c.studentId = ? AND c.retiredAt IS NULL AND c.dueAt <= ? ORDER BY c.dueAt ASC, qu.quizId, qu.position`,
      )
      .all(studentId, toSqlDate(now))) as QuestionRow[];
    return toPracticeQuestions(rows.filter(revealed));
  });
}

export interface ReviewSummary extends DueSummary {
  /** Cards waiting for their quiz to show its answers. */
  waiting: number;
}

export async function reviewSummary(studentId: string, now = new Date()): Promise<ReviewSummary> {
  return withDbTransaction(async (db) => {
    const rows = (await db
      .prepare(
        `SELECT ${CARD_COLUMNS}, q.showAnswers, q.status AS quizStatus FROM ReviewCard c JOIN Question qu ON qu.id = c.questionId JOIN Quiz q ON q.id = qu.quizId
          WHERE c.studentId = ?`,
      )
      .all(studentId)) as (Parameters<typeof toCard>[0] & { showAnswers: string; quizStatus: string })[];
    const shown = rows.filter(revealed);
    const waiting = rows.filter((r) => !revealed(r) && toCard(r).retiredAt === null).length;
    return { ...summariseCards(shown.map(toCard), now), waiting };
  });
}

/** One review answer of the signed-in student: graded, stored, and the card moved when due. */
export async function answerReview(studentId: string, body: unknown, now = new Date()): Promise<PracticeOutcome> {
  const parsed = parseBody(body);
  if (!parsed.ok) return parsed.outcome;
  return withDbTransaction(async (db): Promise<PracticeOutcome> => {
    const card = await loadCard(db, studentId, parsed.answer.questionId);
    const q = card ? ((await db.prepare(`SELECT ${QUESTION_COLUMNS} FROM Question qu JOIN Quiz q ON q.id = qu.quizId WHERE qu.id = ?`).get(card.questionId)) as QuestionRow | undefined) : undefined;
    const participant = q
      ? ((await db.prepare(`SELECT id FROM Participant WHERE quizId = ? AND studentId = ?`).get(q.quizId, studentId)) as { id: string } | undefined)
      : undefined;
    const notInList = practiceError(404, "card_not_found", "This question is not in your review list.");
    if (!card || !q || !participant) return notInList;
    if (!revealed(q)) return practiceError(409, "answers_hidden", "This quiz does not show its answers yet.");
    const graded = grade(q, parsed.answer);
    if (!graded.ok) return graded.outcome;
    const cardView = (c: typeof card, moved: boolean) => ({ box: c.box, dueAt: c.dueAt.toISOString(), dueDay: dayKey(c.dueAt), retired: c.retiredAt !== null, moved });
    const prior = await replay(db, participant.id, parsed.key, q, graded.given);
    if (prior === "conflict") return practiceError(409, "idempotency_conflict", "This idempotency key was used with another answer.");
    if (prior !== "fresh") return { status: 200, body: feedback(q, prior.correct, graded.close, true, cardView(card, false)) };
    // Checked after the replay: the retried answer that retired the card still gets its verdict.
    if (card.retiredAt !== null) return notInList;
    if (await tooMany(db, participant.id, q.id)) return practiceError(429, "too_many", "Too many practice answers to this question.");
    const out = isDue(card, now) ? reviewCard(card, graded.correct, now) : { card, moved: false };
    const next = { ...card, ...out.card };
    if (out.moved) await saveCard(db, next);
    await insertPractice(db, { participantId: participant.id, questionId: q.id, mode: "review", cardId: card.id, given: graded.given, correct: graded.correct, moved: out.moved, key: parsed.key, now });
    return { status: 200, body: feedback(q, graded.correct, graded.close, false, cardView(next, out.moved)) };
  });
}
