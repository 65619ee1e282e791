// Starting (or resuming) an attempt. One synchronous transaction under the database lock, so
// two clicks or two tabs cannot both create attempt number n+1 or go past the limit. The
// limit counts the attempts of every participant of the same device on the quiz, so joining
// again under another name on one browser grants no new attempts. Attempts and extra time the
// teacher granted to this participant are added here, so the server enforces them.
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { withDbTransaction } from "@/lib/db";
import { forUpdate } from "@/lib/db/sql-tx";
import { deviceAttemptCount } from "./device-attempts";
import { toNumber, toSqlDate } from "./sql-values";

export type StartResult =
  | { ok: true; attemptId: string; resumed: boolean }
  | { ok: false; reason: "not_found" | "closed" | "no_attempts_left" };

/** Resumes the participant's attempt in progress, or starts the next one when allowed. */
export async function startAttempt(participantId: string, now = new Date()): Promise<StartResult> {
  return withDbTransaction(async (db): Promise<StartResult> => {
    const quiz = (await db
      .prepare(
        `SELECT q.id AS quizId, q.status, q.attemptsAllowed, q.timeLimitSec, p.deviceHash, p.extraAttempts, p.extraTimeSec
           FROM Participant p JOIN Quiz q ON q.id = p.quizId WHERE p.id = ?${forUpdate(db, "p")}`,
      )
      .get(participantId)) as
      | {
          quizId: string;
          status: string;
          attemptsAllowed: bigint;
          timeLimitSec: bigint | null;
          deviceHash: string | null;
          extraAttempts: bigint;
          extraTimeSec: bigint;
        }
      | undefined;
    if (!quiz) return { ok: false, reason: "not_found" };
    if (quiz.status !== "published") return { ok: false, reason: "closed" };

    const open = (await db
      .prepare(`SELECT id FROM Attempt WHERE participantId = ? AND status = 'in_progress' ORDER BY number DESC LIMIT 1`)
      .get(participantId)) as { id: string } | undefined;
    if (open) return { ok: true, attemptId: open.id, resumed: true };

    const last = (await db.prepare(`SELECT MAX(number) AS n FROM Attempt WHERE participantId = ?`).get(participantId)) as {
      n: bigint | null;
    };
    const number = toNumber(last.n) + 1;
    if ((await deviceAttemptCount(db, participantId, quiz.quizId, quiz.deviceHash)) >= toNumber(quiz.attemptsAllowed) + toNumber(quiz.extraAttempts)) {
      return { ok: false, reason: "no_attempts_left" };
    }

    const limitSec = quiz.timeLimitSec == null ? null : toNumber(quiz.timeLimitSec);
    const deadline = limitSec && limitSec > 0 ? new Date(now.getTime() + (limitSec + toNumber(quiz.extraTimeSec)) * 1000) : null;
    const id = randomUUID();
    await db.prepare(
      `INSERT INTO Attempt (id, quizId, participantId, number, status, shuffleSeed, startedAt, deadlineAt, late)
       VALUES (?, ?, ?, ?, 'in_progress', ?, ?, ?, FALSE)`,
    ).run(id, quiz.quizId, participantId, number, randomBytes(16).toString("hex"), toSqlDate(now), deadline ? toSqlDate(deadline) : null);
    return { ok: true, attemptId: id, resumed: false };
  });
}
