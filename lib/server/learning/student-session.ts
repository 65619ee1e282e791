// The student space's session: a student types their personal code once, the browser gets a
// random token in an HttpOnly cookie and the database keeps only its SHA-256. Wrong codes are
// counted in the same buckets as personal codes typed on a quiz page (one secret, one limit).
import "server-only";
import { cache } from "react";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { prisma, withDbTransaction } from "@/lib/db";
import { env } from "@/lib/env";
import { normaliseStudentCode } from "@/lib/classes/student-code";
import { nextSlots, takeSlots, type Window } from "@/lib/server/auth/rate-limit";
import { toSqlDate } from "@/lib/server/attempts/sql-values";

import { studentCookieName } from "./student-cookie-name";

/** `aq_student`, or `__Host-aq_student` when cookies are secure (COOKIE_SECURE=1, https). */
const cookieName = () => studentCookieName(env().COOKIE_SECURE);
/** A school term: long enough not to retype the code every lesson, short on a shared device. */
export const STUDENT_SESSION_MS = 30 * 24 * 60 * 60 * 1000;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export type StudentSignIn = { ok: true; token: string } | { ok: false; reason: "invalid" | "unavailable" | "rate_limited" };

export async function signInStudent(rawCode: unknown, buckets: { key: string; window: Window }[], now = new Date()): Promise<StudentSignIn> {
  const code = normaliseStudentCode(rawCode);
  if (!code) return { ok: false, reason: "invalid" };
  return withDbTransaction(async (db): Promise<StudentSignIn> => {
    const slots = await nextSlots(db, buckets, now);
    if (slots.some((s) => !s.slot)) return { ok: false, reason: "rate_limited" };
    const student = (await db.prepare(`SELECT id FROM Student WHERE code = ?`).get(code)) as { id: string } | undefined;
    if (!student) {
      await takeSlots(db, slots);
      return { ok: false, reason: "unavailable" };
    }
    const token = randomBytes(32).toString("base64url");
    await db.prepare(`DELETE FROM StudentSession WHERE expiresAt < ?`).run(toSqlDate(now));
    await db.prepare(`INSERT INTO StudentSession (id, studentId, createdAt, expiresAt) VALUES (?, ?, ?, ?)`).run(
      hash(token),
      student.id,
      toSqlDate(now),
      toSqlDate(new Date(now.getTime() + STUDENT_SESSION_MS)),
    );
    return { ok: true, token };
  });
}

export interface CurrentStudent {
  id: string;
  displayName: string;
  classroomId: string;
  className: string;
}

/** The student signed in on this browser, or null (no cookie, unknown or expired session). */
export const currentStudent = cache(async (): Promise<CurrentStudent | null> => {
  const token = (await cookies()).get(cookieName())?.value;
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const s = await prisma.studentSession.findUnique({
    where: { id: hash(token) },
    select: { expiresAt: true, student: { select: { id: true, displayName: true, classroomId: true, classroom: { select: { name: true } } } } },
  });
  if (!s || s.expiresAt.getTime() <= Date.now()) return null;
  return { id: s.student.id, displayName: s.student.displayName, classroomId: s.student.classroomId, className: s.student.classroom.name };
});

/** Only from a Server Action. */
export async function setStudentCookie(token: string): Promise<void> {
  (await cookies()).set(cookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().COOKIE_SECURE,
    path: "/",
    maxAge: STUDENT_SESSION_MS / 1000,
  });
}

/** Ends this browser's session (the row and the cookie). */
export async function signOutStudent(): Promise<void> {
  const store = await cookies();
  const token = store.get(cookieName())?.value;
  if (token) await prisma.studentSession.deleteMany({ where: { id: hash(token) } });
  store.delete({ name: cookieName(), path: "/", secure: env().COOKIE_SECURE, httpOnly: true, sameSite: "lax" });
}
