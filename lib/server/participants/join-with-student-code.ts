// Joining an assigned quiz with a roster student's personal code. Wrong codes (unknown, or of a
// class the quiz is not assigned to: the same answer, so a code's existence does not leak) are
// counted per browser and, behind a trusted proxy, per address, in their own buckets with the
// join-code window; right codes are never counted.
import "server-only";
import { randomBytes } from "node:crypto";
import { withDbTransaction, type SqlTx } from "@/lib/db";
import { normaliseStudentCode } from "@/lib/classes/student-code";
import { nextSlots, takeSlots, type Window } from "@/lib/server/auth/rate-limit";
import { toSqlDate } from "@/lib/server/attempts/sql-values";
import { hashParticipantToken, newParticipantToken } from "./participant-token";

export type StudentCodeJoin =
  | { ok: true; token: string; participantId: string; studentId: string }
  | { ok: false; reason: "invalid" | "unavailable" | "rate_limited" };

/**
 * The student's participant on the quiz (created on first join, so their attempts stay one
 * thread across visits) with a fresh cookie token. The token is replaced at each join: the
 * latest device to type the code is the one that can answer.
 */
export async function joinWithStudentCode(
  quizId: string,
  rawCode: unknown,
  buckets: { key: string; window: Window }[],
  now = new Date(),
): Promise<StudentCodeJoin> {
  const code = normaliseStudentCode(rawCode);
  if (!code) return { ok: false, reason: "invalid" };
  return withDbTransaction(async (db): Promise<StudentCodeJoin> => {
    const slots = await nextSlots(db, buckets, now);
    if (slots.some((s) => !s.slot)) return { ok: false, reason: "rate_limited" };
    const student = (await db
      .prepare(
        `SELECT s.id, s.displayName FROM Student s JOIN QuizAssignment qa ON qa.classroomId = s.classroomId
          WHERE s.code = ? AND qa.quizId = ?`,
      )
      .get(code, quizId)) as { id: string; displayName: string } | undefined;
    if (!student) {
      await takeSlots(db, slots);
      return { ok: false, reason: "unavailable" };
    }
    return { ok: true, ...(await linkStudentParticipant(db, quizId, student, now)), studentId: student.id };
  });
}

/**
 * Inside the caller's transaction: the student's participant on the quiz (created on first
 * join) gets a fresh cookie token, whose hash replaces the previous one.
 */
export async function linkStudentParticipant(db: SqlTx, quizId: string, student: { id: string; displayName: string }, now: Date): Promise<{ token: string; participantId: string }> {
  const token = newParticipantToken();
  const existing = (await db.prepare(`SELECT id FROM Participant WHERE quizId = ? AND studentId = ?`).get(quizId, student.id)) as { id: string } | undefined;
  if (existing) {
    await db.prepare(`UPDATE Participant SET tokenHash = ?, displayName = ? WHERE id = ?`).run(hashParticipantToken(token), student.displayName, existing.id);
    return { token, participantId: existing.id };
  }
  const id = `p${randomBytes(12).toString("hex")}`;
  // No device hash: a roster student's own attempts count against the limit, whatever the device.
  await db.prepare(
    `INSERT INTO Participant (id, quizId, displayName, tokenHash, deviceHash, studentId, createdAt) VALUES (?, ?, ?, ?, NULL, ?, ?)`,
  ).run(id, quizId, student.displayName, hashParticipantToken(token), student.id, toSqlDate(now));
  return { token, participantId: id };
}

/** Whether the quiz is assigned to any class (the quiz page then offers the personal-code form). */
export async function quizHasClasses(quizId: string): Promise<boolean> {
  return withDbTransaction(async (db) => !!(await db.prepare(`SELECT 1 FROM QuizAssignment WHERE quizId = ? LIMIT 1`).get(quizId)));
}
