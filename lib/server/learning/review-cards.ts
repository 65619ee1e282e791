// A roster student's review cards on the raw connection, inside the caller's transaction: the
// submit transaction schedules missed questions, the review answer moves a due card. The
// schedule itself is pure code (lib/learning/leitner.ts).
import "server-only";
import type { SqlTx } from "@/lib/db";
import { rowsPerInsert, valuesList } from "@/lib/db/rows-per-insert";
import { timeOrderedId } from "@/lib/db/time-ordered-id";
import { missedCard, type CardState } from "@/lib/learning/leitner";
import { fromSqlDate, toNumber, toSqlDate } from "@/lib/server/attempts/sql-values";

export interface CardRow extends CardState {
  id: string;
  studentId: string;
  questionId: string;
}

/**
 * Missed in a graded attempt: a new card in box 1, or an existing one (even retired) back to
 * box 1. On PostgreSQL one multi-row upsert for up to 100 questions (one round trip); on SQLite
 * one compiled statement per question (see lib/db/rows-per-insert.ts).
 */
export async function scheduleMissed(db: SqlTx, studentId: string, questionIds: readonly string[], now: Date): Promise<void> {
  // Unique ids: PostgreSQL refuses an upsert that touches the same row twice.
  const ids = [...new Set(questionIds)];
  if (!ids.length) return;
  const card = missedCard(now);
  const dueAt = toSqlDate(card.dueAt);
  const createdAt = toSqlDate(now);
  const perStatement = rowsPerInsert(db);
  for (let from = 0; from < ids.length; from += perStatement) {
    const batch = ids.slice(from, from + perStatement);
    const params = batch.flatMap((questionId) => [timeOrderedId(now.getTime()), studentId, questionId, card.box, dueAt, createdAt]);
    await db
      .prepare(
        `INSERT INTO ReviewCard (id, studentId, questionId, box, dueAt, rightReviews, createdAt) VALUES ${valuesList("(?, ?, ?, ?, ?, 0, ?)", batch.length)}
         ON CONFLICT (studentId, questionId) DO UPDATE SET box = excluded.box, dueAt = excluded.dueAt, rightReviews = 0, retiredAt = NULL`,
      )
      .run(...params);
  }
}

/**
 * After a regrade turned answers to `questionId` right (in `attemptIds`): the roster students
 * of those attempts lose its review card, unless another of their submitted answers to it is
 * still wrong. A card is for a question the student missed; once no miss is left, it goes.
 */
export async function dropSettledCards(db: SqlTx, questionId: string, attemptIds: readonly string[]): Promise<number> {
  const ids = [...new Set(attemptIds)];
  let dropped = 0;
  // One statement per 500 attempts (a regrade of a whole class is one round trip), not one lookup
  // per attempt and one delete per student.
  for (let from = 0; from < ids.length; from += 500) {
    const batch = ids.slice(from, from + 500);
    const result = await db
      .prepare(
        `DELETE FROM ReviewCard WHERE questionId = ?
           AND studentId IN (SELECT p.studentId FROM Attempt a JOIN Participant p ON p.id = a.participantId
                              WHERE a.id IN (${valuesList("?", batch.length)}) AND p.studentId IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM Response r JOIN Attempt a ON a.id = r.attemptId JOIN Participant p ON p.id = a.participantId
                            WHERE r.questionId = ReviewCard.questionId AND p.studentId = ReviewCard.studentId
                              AND a.status = 'submitted' AND r.correct = FALSE)`,
      )
      .run(questionId, ...batch);
    dropped += result.changes;
  }
  return dropped;
}

interface RawCard {
  id: string;
  studentId: string;
  questionId: string;
  box: unknown;
  dueAt: unknown;
  rightReviews: unknown;
  retiredAt: unknown;
  lastReviewedAt: unknown;
}

export function toCard(r: RawCard): CardRow {
  return {
    id: r.id,
    studentId: r.studentId,
    questionId: r.questionId,
    box: toNumber(r.box),
    dueAt: fromSqlDate(r.dueAt) ?? new Date(0),
    rightReviews: toNumber(r.rightReviews),
    retiredAt: fromSqlDate(r.retiredAt),
    lastReviewedAt: fromSqlDate(r.lastReviewedAt),
  };
}

export const CARD_COLUMNS = `c.id, c.studentId, c.questionId, c.box, c.dueAt, c.rightReviews, c.retiredAt, c.lastReviewedAt`;

export async function loadCard(db: SqlTx, studentId: string, questionId: string): Promise<CardRow | null> {
  const r = (await db.prepare(`SELECT ${CARD_COLUMNS} FROM ReviewCard c WHERE c.studentId = ? AND c.questionId = ?`).get(studentId, questionId)) as RawCard | undefined;
  return r ? toCard(r) : null;
}

export async function saveCard(db: SqlTx, card: CardRow): Promise<void> {
  await db.prepare(`UPDATE ReviewCard SET box = ?, dueAt = ?, rightReviews = ?, retiredAt = ?, lastReviewedAt = ? WHERE id = ?`).run(
    card.box,
    toSqlDate(card.dueAt),
    card.rightReviews,
    card.retiredAt ? toSqlDate(card.retiredAt) : null,
    card.lastReviewedAt ? toSqlDate(card.lastReviewedAt) : null,
    card.id,
  );
}
