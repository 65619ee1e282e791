"use server";
// Student space actions: sign in with the personal code, sign out, and open an assigned quiz
// (or one's result) as oneself. Thin: the rules live in lib/server.
import { redirect } from "next/navigation";
import { assertFormData, assertString } from "@/lib/server/http/action-args";
import { withDbTransaction } from "@/lib/db";
import { limits } from "@/lib/server/participants/join";
import { ensureDeviceHash } from "@/lib/server/participants/device-cookie";
import { currentParticipant, setParticipantCookie } from "@/lib/server/participants/participant-cookie";
import { linkStudentParticipant } from "@/lib/server/participants/join-with-student-code";
import { currentStudent, setStudentCookie, signInStudent, signOutStudent } from "@/lib/server/learning/student-session";
import { assignedQuizCode } from "@/lib/server/learning/student-progress";
import { prisma } from "@/lib/db";
import type { StudentCodeFormState } from "@/components/student/student-code-form";

export async function studentSignInAction(_state: StudentCodeFormState, formData: FormData): Promise<StudentCodeFormState> {
  assertFormData(formData);
  const raw = formData.get("studentCode");
  const typed = typeof raw === "string" ? raw.slice(0, 20) : "";
  await ensureDeviceHash();
  const result = await signInStudent(raw, await limits("student-code"));
  if (!result.ok) return { error: result.reason, code: typed };
  await setStudentCookie(result.token);
  redirect("/student");
}

export async function studentSignOutAction(): Promise<void> {
  await signOutStudent();
  redirect("/student");
}

/**
 * Opens an assigned quiz as the signed-in student: this browser gets the student's participant
 * cookie for it (kept when it already holds it, so another device's attempt is not signed out),
 * then goes to the quiz page or, with `attemptId`, to that result.
 */
export async function openAssignedQuizAction(quizId: string, attemptId: string | null): Promise<void> {
  assertString(quizId);
  if (attemptId !== null) assertString(attemptId);
  const student = await currentStudent();
  if (!student) redirect("/student");
  const code = await assignedQuizCode(student, quizId);
  if (!code) redirect("/student");
  const held = await currentParticipant(quizId);
  const mine = held && (await prisma.participant.count({ where: { id: held.id, studentId: student.id } })) > 0;
  if (!mine) {
    const { token } = await withDbTransaction((db) => linkStudentParticipant(db, quizId, student, new Date()));
    await setParticipantCookie(quizId, token);
  }
  const base = `/q/${encodeURIComponent(code)}`;
  redirect(attemptId ? `${base}/results/${encodeURIComponent(attemptId)}` : base);
}
