// What a teacher grants one participant: one more attempt, or extra minutes on the time limit.
// Both are read by startAttempt (lib/server/attempts/start-attempt.ts), so the server enforces
// them. Each runs under the database lock and is safe to repeat: one more attempt is granted
// only if the count is still the one the teacher saw, and the extra time is a total, not an
// increment, so a double click or a retried request grants once.
import "server-only";
import { withDbTransaction, type SqlTx } from "@/lib/db";
import { fromSqlDate, toNumber, toSqlDate } from "@/lib/server/attempts/sql-values";
import { audit } from "@/lib/server/results/audit-line";
import { CodedError } from "@/lib/server/coded-error";

export const MAX_EXTRA_ATTEMPTS = 10;
export const MAX_EXTRA_MINUTES = 240;

export type AccommodationErrorCode = "not_found" | "invalid_minutes" | "no_time_limit" | "too_many_extra";

export class AccommodationError extends CodedError<AccommodationErrorCode> {
  override readonly name = "AccommodationError";
}

interface Row {
  extraAttempts: unknown;
  extraTimeSec: unknown;
  timeLimitSec: unknown;
}

export interface Granted {
  changed: boolean;
  extraAttempts: number;
  extraTimeSec: number;
}

async function owned(db: SqlTx, teacherId: string, quizId: string, participantId: string): Promise<Row> {
  const row = (await db
    .prepare(
      `SELECT p.extraAttempts, p.extraTimeSec, q.timeLimitSec
         FROM Participant p JOIN Quiz q ON q.id = p.quizId
        WHERE p.id = ? AND q.id = ? AND q.teacherId = ?`,
    )
    .get(participantId, quizId, teacherId)) as Row | undefined;
  if (!row) throw new AccommodationError("not_found");
  return row;
}

/** One more attempt than `seen` (the count shown to the teacher); a repeat of it changes nothing. */
export function grantExtraAttempt(teacherId: string, quizId: string, participantId: string, seen: number, now = new Date()): Promise<Granted> {
  return withDbTransaction(async (db): Promise<Granted> => {
    const row = await owned(db, teacherId, quizId, participantId);
    const current = toNumber(row.extraAttempts);
    const extraTimeSec = toNumber(row.extraTimeSec);
    if (current !== seen) return { changed: false, extraAttempts: current, extraTimeSec };
    if (current >= MAX_EXTRA_ATTEMPTS) throw new AccommodationError("too_many_extra");
    await db.prepare(`UPDATE Participant SET extraAttempts = ? WHERE id = ?`).run(current + 1, participantId);
    const line = { teacherId, quizId, questionId: null, attemptId: null, participantId, responsesChanged: 0, attemptsChanged: 0 };
    await audit(db, { ...line, action: "extra_attempt", detail: { from: current, to: current + 1 } }, now);
    return { changed: true, extraAttempts: current + 1, extraTimeSec };
  });
}

/**
 * Sets the participant's extra time to `minutes` in all (0 removes it). An attempt in progress
 * gets its deadline moved by the difference; later attempts start with it.
 */
export function setExtraTime(teacherId: string, quizId: string, participantId: string, minutes: number, now = new Date()): Promise<Granted> {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_EXTRA_MINUTES) return Promise.reject(new AccommodationError("invalid_minutes"));
  return withDbTransaction(async (db): Promise<Granted> => {
    const row = await owned(db, teacherId, quizId, participantId);
    if (row.timeLimitSec == null) throw new AccommodationError("no_time_limit");
    const before = toNumber(row.extraTimeSec);
    const after = minutes * 60;
    const extraAttempts = toNumber(row.extraAttempts);
    if (before === after) return { changed: false, extraAttempts, extraTimeSec: after };
    await db.prepare(`UPDATE Participant SET extraTimeSec = ? WHERE id = ?`).run(after, participantId);
    const open = (await db
      .prepare(`SELECT id, deadlineAt FROM Attempt WHERE participantId = ? AND status = 'in_progress' AND deadlineAt IS NOT NULL`)
      .all(participantId)) as { id: string; deadlineAt: unknown }[];
    const move = db.prepare(`UPDATE Attempt SET deadlineAt = ? WHERE id = ?`);
    for (const a of open) {
      const deadline = fromSqlDate(a.deadlineAt);
      if (deadline) await move.run(toSqlDate(new Date(deadline.getTime() + (after - before) * 1000)), a.id);
    }
    const line = { teacherId, quizId, questionId: null, attemptId: null, participantId, responsesChanged: 0, attemptsChanged: 0 };
    await audit(db, { ...line, action: "extra_time", detail: { from: Math.round(before / 60), to: minutes } }, now);
    return { changed: true, extraAttempts, extraTimeSec: after };
  });
}
