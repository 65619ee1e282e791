"use server";
// Student actions on a quiz page: join with a display name, start or resume an attempt, and
// forget this device's participant. Thin: the rules live in lib/server.
import { assertFormData, assertString } from "@/lib/server/http/action-args";
import { redirect } from "next/navigation";
import { normaliseJoinCode } from "@/lib/quiz/join-code";
import { normaliseDisplayName } from "@/lib/server/participants/display-name";
import { createParticipant, limits, lookUpJoinCode } from "@/lib/server/participants/join";
import { joinWithStudentCode } from "@/lib/server/participants/join-with-student-code";
import type { StudentCodeFormState } from "@/components/student/student-code-form";
import { ensureDeviceHash } from "@/lib/server/participants/device-cookie";
import { clearParticipantCookie, currentParticipant, setParticipantCookie } from "@/lib/server/participants/participant-cookie";
import { getStartedQuizByCode } from "@/lib/server/quizzes/public-quiz";
import { closeQuizzesPastDeadline } from "@/lib/server/quizzes/quiz-deadline";
import { startAttempt } from "@/lib/server/attempts/start-attempt";
import type { JoinFormState } from "@/components/student/join-form";

function quizPath(code: string): string {
  return `/q/${encodeURIComponent(code)}`;
}

export async function joinQuizAction(code: string, _state: JoinFormState, formData: FormData): Promise<JoinFormState> {
  assertString(code);
  assertFormData(formData);
  const rawName = formData.get("displayName");
  const name = normaliseDisplayName(rawName);
  const typed = typeof rawName === "string" ? rawName.slice(0, 80) : "";
  if (!name) return { error: "name", name: typed };
  await closeQuizzesPastDeadline();
  const found = await lookUpJoinCode(code);
  if (!found.ok) return { error: found.reason, name: typed };
  const { token } = await createParticipant(found.quiz.id, name, await ensureDeviceHash());
  await setParticipantCookie(found.quiz.id, token);
  redirect(quizPath(found.quiz.joinCode));
}

/** Joins an assigned quiz as a roster student: their participant, whatever the device. */
export async function joinWithStudentCodeAction(code: string, _state: StudentCodeFormState, formData: FormData): Promise<StudentCodeFormState> {
  assertString(code);
  assertFormData(formData);
  const raw = formData.get("studentCode");
  const typed = typeof raw === "string" ? raw.slice(0, 20) : "";
  await closeQuizzesPastDeadline();
  const found = await lookUpJoinCode(code);
  if (!found.ok) return { error: found.reason, code: typed };
  await ensureDeviceHash();
  const joined = await joinWithStudentCode(found.quiz.id, raw, await limits("student-code"));
  if (!joined.ok) return { error: joined.reason, code: typed };
  await setParticipantCookie(found.quiz.id, joined.token);
  redirect(quizPath(found.quiz.joinCode));
}

export async function startAttemptAction(code: string): Promise<void> {
  assertString(code);
  const joinCode = normaliseJoinCode(code);
  const quiz = joinCode ? await getStartedQuizByCode(joinCode) : null;
  const participant = quiz ? await currentParticipant(quiz.id) : null;
  if (!quiz || !participant) redirect(joinCode ? quizPath(joinCode) : "/?code=invalid");
  const started = await startAttempt(participant.id);
  if (!started.ok) redirect(`${quizPath(quiz.joinCode)}?error=${started.reason}`);
  redirect(`${quizPath(quiz.joinCode)}/attempt/${encodeURIComponent(started.attemptId)}`);
}

export async function forgetParticipantAction(code: string): Promise<void> {
  assertString(code);
  const joinCode = normaliseJoinCode(code);
  const quiz = joinCode ? await getStartedQuizByCode(joinCode) : null;
  if (quiz) await clearParticipantCookie(quiz.id);
  redirect(joinCode ? quizPath(joinCode) : "/");
}
