// Regrading a quiz that already has attempts: accept an answer for everyone, fix a choice key,
// or mark one student's answer right or wrong. Each runs in one synchronous transaction under
// the database lock: the key, the responses, the attempts' scores and the audit line change
// together or not at all, and a double click or a retried request finds nothing left to change
// (no second audit line). Grading rules stay in lib/grading/regrade.ts.
import "server-only";
import { withDbTransaction, type SqlTx } from "@/lib/db";
import type { Language, QuestionKind } from "@/lib/generation/contract";
import { acceptAnswer, changeKey, changeOrderKey, regradeResponses, type KeyEdit, type RegradeRefusal, type StoredResponse } from "@/lib/grading/regrade";
import type { StoredQuestion } from "@/lib/grading/score-attempt";
import { toBool, toNumber, toSqlDate } from "@/lib/server/attempts/sql-values";
import { dropSettledCards } from "@/lib/server/learning/review-cards";
import { audit } from "./audit-line";
import { parseGiven } from "./load-results";
import { CodedError } from "@/lib/server/coded-error";

export type RegradeErrorCode = "not_found" | RegradeRefusal;

export class RegradeError extends CodedError<RegradeErrorCode> {
  override readonly name = "RegradeError";
}

export interface RegradeOutcome {
  /** False when there was nothing to change (already accepted, same key, same mark). */
  changed: boolean;
  responsesChanged: number;
  attemptsChanged: number;
}

interface QuestionRow {
  id: string;
  kind: string;
  choices: string | null;
  answer: string;
  accepted: string;
  language: string;
}

function list(json: string | null): string[] {
  if (!json) return [];
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.map(String) : [];
}

/** The question, only when its quiz belongs to the teacher (else not_found, like a missing one). */
async function ownedQuestion(db: SqlTx, teacherId: string, quizId: string, questionId: string): Promise<StoredQuestion> {
  const row = (await db
    .prepare(
      `SELECT qu.id, qu.kind, qu.choices, qu.answer, qu.accepted, q.language
         FROM Question qu JOIN Quiz q ON q.id = qu.quizId
        WHERE qu.id = ? AND qu.quizId = ? AND q.teacherId = ?`,
    )
    .get(questionId, quizId, teacherId)) as QuestionRow | undefined;
  if (!row) throw new RegradeError("not_found");
  const answer: unknown = JSON.parse(row.answer);
  const choices = list(row.choices);
  return {
    id: row.id,
    kind: row.kind as QuestionKind,
    choices: choices.length ? choices : null,
    answer: Array.isArray(answer) ? answer.map(String) : String(answer),
    accepted: list(row.accepted),
    language: (row.language === "en" ? "en" : "fr") as Language,
  };
}

/** Recomputes the stored score of each attempt from its responses; returns how many changed. */
async function rescore(db: SqlTx, attemptIds: Iterable<string>): Promise<number> {
  const read = db.prepare(`SELECT score FROM Attempt WHERE id = ?`);
  const sum = db.prepare(`SELECT COALESCE(SUM(points), 0) AS s FROM Response WHERE attemptId = ?`);
  const write = db.prepare(`UPDATE Attempt SET score = ? WHERE id = ?`);
  let changed = 0;
  for (const id of new Set(attemptIds)) {
    const before = Number(((await read.get(id)) as { score: number | null }).score ?? 0);
    const after = toNumber(((await sum.get(id)) as { s: unknown }).s);
    if (after !== before) {
      await write.run(after, id);
      changed++;
    }
  }
  return changed;
}

async function applyKeyEdit(
  db: SqlTx,
  teacherId: string,
  quizId: string,
  edit: KeyEdit,
  action: "accept_answer" | "change_key",
  detail: unknown,
  now: Date,
): Promise<RegradeOutcome> {
  if (!edit.ok) throw new RegradeError(edit.reason);
  if (!edit.changed) return { changed: false, responsesChanged: 0, attemptsChanged: 0 };
  const q = edit.question;
  await db.prepare(`UPDATE Question SET answer = ?, accepted = ?, updatedAt = ? WHERE id = ?`).run(
    JSON.stringify(q.answer),
    JSON.stringify(q.accepted),
    toSqlDate(now),
    q.id,
  );
  const rows = (await db
    .prepare(
      `SELECT r.id, r.attemptId, r.given, r.correct, r.override
         FROM Response r JOIN Attempt a ON a.id = r.attemptId
        WHERE r.questionId = ? AND a.status = 'submitted'`,
    )
    .all(q.id)) as { id: string; attemptId: string; given: string; correct: unknown; override: unknown }[];
  const responses: StoredResponse[] = rows.map((r) => ({
    id: r.id,
    attemptId: r.attemptId,
    given: parseGiven(r.given),
    correct: toBool(r.correct),
    override: r.override == null ? null : toBool(r.override),
  }));
  const changes = regradeResponses(q, responses);
  const update = db.prepare(`UPDATE Response SET correct = ?, points = ? WHERE id = ?`);
  for (const c of changes) await update.run(c.correct ? 1 : 0, c.points, c.id);
  await dropSettledCards(
    db,
    q.id,
    changes.filter((c) => c.correct).map((c) => c.attemptId),
  );
  const attemptsChanged = await rescore(
    db,
    changes.map((c) => c.attemptId),
  );
  await audit(db, { teacherId, quizId, questionId: q.id, attemptId: null, action, detail, responsesChanged: changes.length, attemptsChanged }, now);
  return { changed: true, responsesChanged: changes.length, attemptsChanged };
}

/** Accepts `answer` for a free-text question, for every attempt already made and to come. */
export function acceptAnswerForAll(teacherId: string, quizId: string, questionId: string, answer: string, now = new Date()) {
  return withDbTransaction(async (db) => {
    const q = await ownedQuestion(db, teacherId, quizId, questionId);
    return applyKeyEdit(db, teacherId, quizId, acceptAnswer(q, answer), "accept_answer", { answer: answer.trim() }, now);
  });
}

/** Makes `choice` the key of a multiple-choice or true/false question and regrades. */
export function changeQuestionKey(teacherId: string, quizId: string, questionId: string, choice: string, now = new Date()) {
  return withDbTransaction(async (db) => {
    const q = await ownedQuestion(db, teacherId, quizId, questionId);
    return applyKeyEdit(db, teacherId, quizId, changeKey(q, choice), "change_key", { from: q.answer, to: choice }, now);
  });
}

/** Makes `order` the right order of an ordering question and regrades (same audit action). */
export function changeOrderingKey(teacherId: string, quizId: string, questionId: string, order: readonly string[], now = new Date()) {
  return withDbTransaction(async (db) => {
    const q = await ownedQuestion(db, teacherId, quizId, questionId);
    const edit = changeOrderKey(q, order);
    const to = edit.ok && edit.changed ? edit.question.answer : order;
    return applyKeyEdit(db, teacherId, quizId, edit, "change_key", { from: q.answer, to }, now);
  });
}

/**
 * Marks one submitted answer right or wrong by hand. The mark sticks through later regrades.
 * Marking it as it already stands changes nothing and writes no audit line.
 */
export function overrideAnswer(teacherId: string, quizId: string, attemptId: string, questionId: string, correct: boolean, now = new Date()) {
  return withDbTransaction(async (db): Promise<RegradeOutcome> => {
    await ownedQuestion(db, teacherId, quizId, questionId);
    const row = (await db
      .prepare(
        `SELECT r.id, r.correct, r.override FROM Response r JOIN Attempt a ON a.id = r.attemptId
          WHERE r.attemptId = ? AND r.questionId = ? AND a.quizId = ? AND a.status = 'submitted'`,
      )
      .get(attemptId, questionId, quizId)) as { id: string; correct: unknown; override: unknown } | undefined;
    if (!row) throw new RegradeError("not_found");
    const current = row.override == null ? null : toBool(row.override);
    if (current === correct && toBool(row.correct) === correct) return { changed: false, responsesChanged: 0, attemptsChanged: 0 };
    await db.prepare(`UPDATE Response SET correct = ?, points = ?, override = ? WHERE id = ?`).run(correct ? 1 : 0, correct ? 1 : 0, correct ? 1 : 0, row.id);
    const responsesChanged = toBool(row.correct) === correct ? 0 : 1;
    if (correct && responsesChanged) await dropSettledCards(db, questionId, [attemptId]);
    const attemptsChanged = await rescore(db, [attemptId]);
    await audit(db, { teacherId, quizId, questionId, attemptId, action: "override", detail: { correct }, responsesChanged, attemptsChanged }, now);
    return { changed: true, responsesChanged, attemptsChanged };
  });
}
