// One line of the results pages' audit (regrades, hand marks, extra attempts, extra time):
// who made the change, when, and what. Written inside the caller's transaction so the change
// and its line commit together.
import "server-only";
import { randomUUID } from "node:crypto";
import type { SqlTx } from "@/lib/db";
import { toSqlDate } from "@/lib/server/attempts/sql-values";

export interface AuditEntry {
  teacherId: string;
  quizId: string;
  questionId: string | null;
  attemptId: string | null;
  participantId?: string | null;
  action: string;
  detail: unknown;
  responsesChanged: number;
  attemptsChanged: number;
}

/** Writes one audit line of the results pages (who, when, what), inside the caller's transaction. */
export async function audit(db: SqlTx, entry: AuditEntry, now: Date): Promise<void> {
  await db.prepare(
    `INSERT INTO GradeChange (id, quizId, questionId, attemptId, participantId, teacherId, action, detail, responsesChanged, attemptsChanged, createdAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    randomUUID(),
    entry.quizId,
    entry.questionId,
    entry.attemptId,
    entry.participantId ?? null,
    entry.teacherId,
    entry.action,
    JSON.stringify(entry.detail),
    entry.responsesChanged,
    entry.attemptsChanged,
    toSqlDate(now),
  );
}
