// Grading a submission: validation, scoring and storage in one synchronous transaction under
// the database lock (research §2.3), so it is all-or-nothing and nothing interleaves with it.
//
// Rules:
// - The attempt must belong to the participant whose cookie came with the request (else 404,
//   the same answer as a missing attempt).
// - Already submitted: the same idempotency key and the same answers return the stored result
//   (a retry after a lost response); the same key with other answers, or another key, is 409.
// - A closed quiz refuses submissions, even from attempts started before it closed (409).
// - Late submissions (after deadlineAt + LATE_GRACE_MS) are accepted and flagged `late`.
// - Every questionId must belong to the quiz, every choice id to its question, no question
//   twice and no choice twice in an ordering (422). Nothing is stored unless all of it holds.
import "server-only";
import { withDbTransaction, type SqlTx } from "@/lib/db";
import { forUpdate } from "@/lib/db/sql-tx";
import { rowsPerInsert, valuesList } from "@/lib/db/rows-per-insert";
import { timeOrderedId } from "@/lib/db/time-ordered-id";
import type { Language } from "@/lib/generation/contract";
import { scoreAttempt, type AttemptResponse, type StoredQuestion } from "@/lib/grading/score-attempt";
import { gradedQuestion, storedQuestionOf } from "./graded-question";
import type { QuestionGradingRow } from "@/lib/quiz/question-row";
import { payloadHash, SubmitBodySchema, type SubmittedAnswer } from "./submit-schema";
import { fromSqlDate, toBool, toNumber, toSqlDate } from "./sql-values";
import { DEADLINE_GRACE_MS } from "@/lib/server/quizzes/quiz-deadline";
import { scheduleMissed } from "@/lib/server/learning/review-cards";

/** Network and clock slack after the deadline before a submission is flagged late. */
export const LATE_GRACE_MS = 30_000;

export type SubmitErrorCode =
  | "invalid_json"
  | "invalid_body"
  | "payload_too_large"
  | "unsupported_media_type"
  | "forbidden_origin"
  | "attempt_not_found"
  | "quiz_closed"
  | "already_submitted"
  | "idempotency_conflict"
  | "unknown_question"
  | "duplicate_question"
  | "unknown_choice"
  | "duplicate_choice"
  | "answer_shape";

export interface SubmitSuccess {
  attemptId: string;
  status: "submitted";
  score: number;
  maxScore: number;
  late: boolean;
  submittedAt: string;
  resultsUrl: string;
  /** True when this is the stored result of an earlier identical submission. */
  replayed: boolean;
}

export interface SubmitErrorBody {
  error: { code: SubmitErrorCode; message: string };
}

export type SubmitOutcome = { status: 200; body: SubmitSuccess } | { status: number; body: SubmitErrorBody };

export function submitError(status: number, code: SubmitErrorCode, message: string): SubmitOutcome {
  return { status, body: { error: { code, message } } };
}

interface AttemptRow {
  id: string;
  quizId: string;
  status: string;
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  late: unknown;
  score: number | null;
  maxScore: number | null;
  idempotencyKey: string | null;
  payloadHash: string | null;
  tokenHash: string;
  studentId: string | null;
  quizStatus: string;
  quizClosesAt: unknown;
  joinCode: string | null;
  language: string;
}

export interface SubmitInput {
  attemptId: string;
  /** SHA-256 of the participant token this request carries for `quizId`, or null. */
  tokenHashFor: (quizId: string) => string | null;
  body: unknown;
  now?: Date;
}

function resultsUrl(joinCode: string | null, attemptId: string): string {
  return `/q/${encodeURIComponent(joinCode ?? "-")}/results/${encodeURIComponent(attemptId)}`;
}

function storedResult(a: AttemptRow, replayed: boolean): SubmitOutcome {
  return {
    status: 200,
    body: {
      attemptId: a.id,
      status: "submitted",
      score: Number(a.score ?? 0),
      maxScore: Number(a.maxScore ?? 0),
      late: toBool(a.late),
      submittedAt: (fromSqlDate(a.submittedAt) ?? new Date(0)).toISOString(),
      resultsUrl: resultsUrl(a.joinCode, a.id),
      replayed,
    },
  };
}

type Checked = { ok: true; responses: AttemptResponse[] } | { ok: false; outcome: SubmitOutcome };

/** Turns submitted ids into the texts the grader expects, refusing anything inconsistent
 * (also used by practice, lib/server/learning/practice.ts). */
export function checkAnswers(answers: readonly SubmittedAnswer[], questions: Map<string, QuestionGradingRow>): Checked {
  const seen = new Set<string>();
  const responses: AttemptResponse[] = [];
  const fail = (status: number, code: SubmitErrorCode, message: string): Checked => ({
    ok: false,
    outcome: submitError(status, code, message),
  });
  for (const a of answers) {
    const q = questions.get(a.questionId);
    if (!q) return fail(422, "unknown_question", `Question ${a.questionId} is not part of this quiz.`);
    if (seen.has(a.questionId)) return fail(422, "duplicate_question", `Question ${a.questionId} is answered twice.`);
    seen.add(a.questionId);
    const { kind, choiceById } = gradedQuestion(q);
    switch (kind) {
      case "multiple_choice":
      case "true_false": {
        if (a.choiceId === undefined) return fail(422, "answer_shape", `Question ${q.id} expects a choiceId.`);
        const text = choiceById.get(a.choiceId) ?? null;
        if (text === null) return fail(422, "unknown_choice", `Choice ${a.choiceId} is not a choice of question ${q.id}.`);
        responses.push({ questionId: q.id, value: text });
        break;
      }
      case "ordering": {
        if (a.choiceIds === undefined) return fail(422, "answer_shape", `Question ${q.id} expects choiceIds.`);
        if (new Set(a.choiceIds).size !== a.choiceIds.length) {
          return fail(422, "duplicate_choice", `Question ${q.id} lists an item twice.`);
        }
        const texts: string[] = [];
        for (const id of a.choiceIds) {
          const text = choiceById.get(id) ?? null;
          if (text === null) return fail(422, "unknown_choice", `Item ${id} is not an item of question ${q.id}.`);
          texts.push(text);
        }
        responses.push({ questionId: q.id, value: texts });
        break;
      }
      case "fill_blank":
      case "short_answer": {
        if (a.text === undefined) return fail(422, "answer_shape", `Question ${q.id} expects a text answer.`);
        responses.push({ questionId: q.id, value: a.text });
        break;
      }
      default:
        return fail(422, "answer_shape", `Question ${q.id} cannot be answered.`);
    }
  }
  return { ok: true, responses };
}

/** A Question row as the grader takes it. */
export function toStoredQuestion(q: QuestionGradingRow, language: Language): StoredQuestion {
  return storedQuestionOf(gradedQuestion(q), language);
}

async function loadAttempt(db: SqlTx, attemptId: string): Promise<AttemptRow | undefined> {
  return (await db
    .prepare(
      `SELECT a.id, a.quizId, a.status, a.startedAt, a.deadlineAt, a.submittedAt, a.late, a.score, a.maxScore,
              a.idempotencyKey, a.payloadHash, p.tokenHash, p.studentId, q.status AS quizStatus, q.closesAt AS quizClosesAt, q.joinCode, q.language
         FROM Attempt a
         JOIN Participant p ON p.id = a.participantId
         JOIN Quiz q ON q.id = a.quizId
        WHERE a.id = ?${forUpdate(db, "a", ["q"])}`,
    )
    .get(attemptId)) as AttemptRow | undefined;
}

/**
 * One row per question: an unanswered question is stored with given = null (item analysis
 * counts it as omitted). Time-ordered ids keep the new rows together in the primary-key index,
 * so the commit writes a page or two of it instead of one page per row.
 */
async function insertResponses(
  db: SqlTx,
  attemptId: string,
  questions: readonly { questionId: string; given: unknown; correct: boolean; points: number }[],
  answered: ReadonlySet<string>,
  now: Date,
): Promise<void> {
  const perStatement = rowsPerInsert(db);
  for (let from = 0; from < questions.length; from += perStatement) {
    const batch = questions.slice(from, from + perStatement);
    const params: unknown[] = [];
    for (const q of batch) {
      const given = answered.has(q.questionId) ? q.given : null;
      params.push(timeOrderedId(now.getTime()), attemptId, q.questionId, JSON.stringify(given), q.correct ? 1 : 0, q.points);
    }
    await db
      .prepare(`INSERT INTO Response (id, attemptId, questionId, given, correct, points) VALUES ${valuesList("(?, ?, ?, ?, ?, ?)", batch.length)}`)
      .run(...params);
  }
}

export async function submitAttempt(input: SubmitInput): Promise<SubmitOutcome> {
  const parsed = SubmitBodySchema.safeParse(input.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return submitError(422, "invalid_body", `Invalid submission${issue ? ` (${issue.path.join(".") || "body"}: ${issue.message})` : ""}.`);
  }
  const { idempotencyKey, answers } = parsed.data;
  const hash = payloadHash(answers);
  const now = input.now ?? new Date();

  return withDbTransaction(async (db): Promise<SubmitOutcome> => {
    const attempt = await loadAttempt(db, input.attemptId);
    const tokenHash = attempt ? input.tokenHashFor(attempt.quizId) : null;
    if (!attempt || !tokenHash || tokenHash !== attempt.tokenHash) {
      return submitError(404, "attempt_not_found", "No such attempt for this participant.");
    }
    if (attempt.status === "submitted") {
      if (attempt.idempotencyKey === idempotencyKey) {
        return attempt.payloadHash === hash
          ? storedResult(attempt, true)
          : submitError(409, "idempotency_conflict", "This idempotency key was used with other answers.");
      }
      return submitError(409, "already_submitted", "This attempt has already been submitted.");
    }
    const closesAt = fromSqlDate(attempt.quizClosesAt);
    const pastDeadline = closesAt !== null && closesAt.getTime() + DEADLINE_GRACE_MS < now.getTime();
    if (attempt.quizStatus !== "published" || pastDeadline) {
      return submitError(409, "quiz_closed", "This quiz is closed and no longer accepts answers.");
    }
    const keyOwner = (await db.prepare(`SELECT id FROM Attempt WHERE idempotencyKey = ?`).get(idempotencyKey)) as
      | { id: string }
      | undefined;
    if (keyOwner) return submitError(409, "idempotency_conflict", "This idempotency key belongs to another submission.");

    const rows = (await db
      .prepare(`SELECT id, kind, choices, answer, accepted FROM Question WHERE quizId = ? ORDER BY position ASC`)
      .all(attempt.quizId)) as QuestionGradingRow[];
    const byId = new Map(rows.map((q) => [q.id, q]));
    const checked = checkAnswers(answers, byId);
    if (!checked.ok) return checked.outcome;

    const language: Language = attempt.language === "en" ? "en" : "fr";
    const stored: StoredQuestion[] = rows.map((q) => toStoredQuestion(q, language));
    const result = scoreAttempt(stored, checked.responses);
    const answered = new Set(checked.responses.map((r) => r.questionId));

    await insertResponses(db, attempt.id, result.questions, answered, now);

    const startedAt = fromSqlDate(attempt.startedAt) ?? now;
    const deadline = fromSqlDate(attempt.deadlineAt);
    const late = deadline !== null && now.getTime() > deadline.getTime() + LATE_GRACE_MS;
    const update = await db
      .prepare(
        `UPDATE Attempt SET status = 'submitted', score = ?, maxScore = ?, submittedAt = ?, durationMs = ?, late = ?,
                idempotencyKey = ?, payloadHash = ?
          WHERE id = ? AND status = 'in_progress'`,
      )
      .run(
        result.score,
        result.maxScore,
        toSqlDate(now),
        Math.max(0, now.getTime() - startedAt.getTime()),
        late ? 1 : 0,
        idempotencyKey,
        hash,
        attempt.id,
      );
    // Unreachable under the lock; throwing rolls the responses back if it ever happens.
    if (update.changes !== 1) throw new Error("attempt changed during submission");
    // A roster student's missed questions enter their review list (same transaction).
    if (attempt.studentId) {
      await scheduleMissed(
        db,
        attempt.studentId,
        result.questions.filter((q) => !q.correct).map((q) => q.questionId),
        now,
      );
    }
    return storedResult(
      {
        ...attempt,
        score: result.score,
        maxScore: result.maxScore,
        late: late ? 1 : 0,
        submittedAt: toSqlDate(now),
      },
      false,
    );
    // PostgreSQL: READ COMMITTED. The attempt row is locked first (loadAttempt), so a second
    // submission of it waits and then sees it submitted; a key taken by another attempt at the
    // same instant hits the unique index and runs again into the 409; the quiz row is share-locked
    // so closing it waits for submissions in flight.
  }, "read committed");
}
