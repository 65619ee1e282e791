// Joining an assigned quiz with a roster student's personal code. Wrong codes (unknown, or of a
// class the quiz is not assigned to: the same answer, so a code's existence does not leak) are
// counted per browser and, behind a trusted proxy, per address, in their own buckets with the
// join-code window; right codes are never counted.
import "server-only";
import { randomBytes } from "node:crypto";
import { withSyncTransaction } from "@/lib/db";
import { normaliseStudentCode } from "@/lib/classes/student-code";
import { nextSlot, takeSlot, type Window } from "@/lib/server/auth/rate-limit";
import { toSqlDate } from "@/lib/server/attempts/sql-values";
import { hashParticipantToken, newParticipantToken } from "./participant-token";
import type Database from "better-sqlite3";

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
  return withSyncTransaction((db): StudentCodeJoin => {
    const slots = buckets.map((b) => ({ key: b.key, slot: nextSlot(db, b.key, b.window, now) }));
    if (slots.some((s) => !s.slot)) return { ok: false, reason: "rate_limited" };
    const student = db
      .prepare(
        `SELECT s.id, s.displayName FROM Student s JOIN QuizAssignment qa ON qa.classroomId = s.classroomId
          WHERE s.code = ? AND qa.quizId = ?`,
      )
      .get(code, quizId) as { id: string; displayName: string } | undefined;
    if (!student) {
      for (const s of slots) takeSlot(db, s.key, s.slot!);
      return { ok: false, reason: "unavailable" };
    }
    return { ok: true, ...linkStudentParticipant(db, quizId, student, now), studentId: student.id };
  });
}

/**
 * Inside the caller's transaction: the student's participant on the quiz (created on first
 * join) gets a fresh cookie token, whose hash replaces the previous one.
 */
export function linkStudentParticipant(db: Database.Database, quizId: string, student: { id: string; displayName: string }, now: Date): { token: string; participantId: string } {
  const token = newParticipantToken();
  const existing = db.prepare(`SELECT id FROM Participant WHERE quizId = ? AND studentId = ?`).get(quizId, student.id) as { id: string } | undefined;
  if (existing) {
    db.prepare(`UPDATE Participant SET tokenHash = ?, displayName = ? WHERE id = ?`).run(hashParticipantToken(token), student.displayName, existing.id);
    return { token, participantId: existing.id };
  }
  const id = `p${randomBytes(12).toString("hex")}`;
  // No device hash: a roster student's own attempts count against the limit, whatever the device.
  db.prepare(
    `INSERT INTO Participant (id, quizId, displayName, tokenHash, deviceHash, studentId, createdAt) VALUES (?, ?, ?, ?, NULL, ?, ?)`,
  ).run(id, quizId, student.displayName, hashParticipantToken(token), student.id, toSqlDate(now));
  return { token, participantId: id };
}

/** Whether the quiz is assigned to any class (the quiz page then offers the personal-code form). */
export async function quizHasClasses(quizId: string): Promise<boolean> {
  return withSyncTransaction((db) => !!db.prepare(`SELECT 1 FROM QuizAssignment WHERE quizId = ? LIMIT 1`).get(quizId));
}
