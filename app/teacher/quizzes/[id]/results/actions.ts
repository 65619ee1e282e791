"use server";
// Regrading and per-student actions of the results pages. Each checks the teacher and its input;
// the data layer checks ownership (another teacher's ids end on a 404 page) and makes a repeated
// request a no-op.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { MAX_ANSWER_CHARS } from "@/lib/grading/normalise";
import { requireTeacher } from "@/lib/server/auth";
import { assertFormData } from "@/lib/server/http/action-args";
import { AccommodationError, grantExtraAttempt, setExtraTime } from "@/lib/server/participants/accommodations";
import { acceptAnswerForAll, changeOrderingKey, changeQuestionKey, overrideAnswer, RegradeError, type RegradeOutcome } from "@/lib/server/results/regrade";

const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const Back = z.coerce.number().int().min(1).max(1000);

function resultsPath(quizId: string, attemptId?: string): string {
  return `/teacher/quizzes/${quizId}/results${attemptId ? `/${attemptId}` : ""}`;
}

/** Back to the page with what happened; `n` makes each result distinct so it is announced again. */
function back(path: string, result: Record<string, string>, hash: string): never {
  const query = new URLSearchParams({ ...result, n: Date.now().toString(36) });
  redirect(`${path}?${query.toString()}#${hash}`);
}

const text = (data: FormData, key: string) => {
  const v = data.get(key);
  return typeof v === "string" ? v : "";
};

async function regrade(data: FormData, done: string, op: (teacherId: string, quizId: string, questionId: string) => Promise<RegradeOutcome>) {
  assertFormData(data);
  const teacher = await requireTeacher();
  const ids = z.object({ quizId: Id, questionId: Id }).safeParse({ quizId: data.get("quizId"), questionId: data.get("questionId") });
  if (!ids.success) redirect("/teacher");
  const { quizId, questionId } = ids.data;
  const number = Back.safeParse(data.get("back"));
  const hash = number.success ? `q${number.data}` : "grade-changes-title";
  const path = resultsPath(quizId);
  let outcome: RegradeOutcome;
  try {
    outcome = await op(teacher.id, quizId, questionId);
  } catch (e) {
    if (e instanceof RegradeError) back(path, { error: e.code }, hash);
    throw e;
  }
  revalidatePath(path);
  revalidatePath(resultsPath(quizId));
  back(path, outcome.changed ? { done, count: String(outcome.attemptsChanged) } : { done: "unchanged" }, hash);
}

/** "Accept this answer for everyone" on a free-text question. */
export async function acceptAnswerAction(data: FormData) {
  // Cut before the grader sees it: an oversized answer is refused there with a clear message.
  const answer = text(data, "answer").slice(0, MAX_ANSWER_CHARS + 1);
  await regrade(data, "accepted", (t, q, id) => acceptAnswerForAll(t, q, id, answer));
}

/** Makes another choice the key of a multiple-choice or true/false question. */
export async function changeKeyAction(data: FormData) {
  const choice = text(data, "choice").slice(0, MAX_ANSWER_CHARS + 1);
  await regrade(data, "key_changed", (t, q, id) => changeQuestionKey(t, q, id, choice));
}

/** Sets the right order of an ordering question (one `order` field per position) and regrades. */
export async function changeOrderAction(data: FormData) {
  // Capped so a forged form cannot make the server compare thousands of long items.
  const order = (data instanceof FormData ? data.getAll("order") : [])
    .slice(0, 50)
    .map((v) => (typeof v === "string" ? v.slice(0, MAX_ANSWER_CHARS + 1) : ""));
  await regrade(data, "key_changed", (t, q, id) => changeOrderingKey(t, q, id, order));
}

/** Marks one student's answer right or wrong, from the attempt page. */
export async function overrideAnswerAction(data: FormData) {
  assertFormData(data);
  const teacher = await requireTeacher();
  const parsed = z
    .object({ quizId: Id, attemptId: Id, questionId: Id, correct: z.enum(["1", "0"]) })
    .safeParse({ quizId: data.get("quizId"), attemptId: data.get("attemptId"), questionId: data.get("questionId"), correct: data.get("correct") });
  if (!parsed.success) redirect("/teacher");
  const { quizId, attemptId, questionId, correct } = parsed.data;
  const number = Back.safeParse(data.get("back"));
  const hash = number.success ? `answer-q${number.data}` : "attempt-title";
  const path = resultsPath(quizId, attemptId);
  let outcome: RegradeOutcome;
  try {
    outcome = await overrideAnswer(teacher.id, quizId, attemptId, questionId, correct === "1");
  } catch (e) {
    if (e instanceof RegradeError) back(path, { error: e.code }, hash);
    throw e;
  }
  revalidatePath(resultsPath(quizId));
  revalidatePath(path);
  back(path, { done: outcome.changed ? "overridden" : "unchanged" }, hash);
}

const Participant = z.object({ quizId: Id, attemptId: Id.optional(), participantId: Id });

/**
 * Runs a per-student grant from the attempt page, or from the participant's page for a student
 * who has not started (no attemptId), then returns there with the outcome.
 */
async function accommodation(data: FormData, done: string, op: (teacherId: string, quizId: string, participantId: string) => Promise<{ changed: boolean; extraTimeSec: number }>) {
  assertFormData(data);
  const teacher = await requireTeacher();
  const parsed = Participant.safeParse({ quizId: data.get("quizId"), attemptId: data.get("attemptId") ?? undefined, participantId: data.get("participantId") });
  if (!parsed.success) redirect("/teacher");
  const { quizId, attemptId, participantId } = parsed.data;
  const path = attemptId ? resultsPath(quizId, attemptId) : `${resultsPath(quizId)}/participants/${participantId}`;
  let outcome: { changed: boolean; extraTimeSec: number };
  try {
    outcome = await op(teacher.id, quizId, participantId);
  } catch (e) {
    if (e instanceof AccommodationError) back(path, { error: e.code }, "accommodations-title");
    throw e;
  }
  revalidatePath(path);
  revalidatePath(resultsPath(quizId));
  back(path, outcome.changed ? { done, count: String(Math.round(outcome.extraTimeSec / 60)) } : { done: "unchanged" }, "accommodations-title");
}

/** One more attempt; `seen` is the extra count the page showed, so a repeat grants nothing. */
export async function extraAttemptAction(data: FormData) {
  const seen = z.coerce.number().int().min(0).max(1000).safeParse(data instanceof FormData ? data.get("seen") : null);
  await accommodation(data, "extra_attempt", (t, q, p) => grantExtraAttempt(t, q, p, seen.success ? seen.data : -1));
}

/** Extra minutes in all on the time limit (0 removes them). */
export async function extraTimeAction(data: FormData) {
  const raw = data instanceof FormData ? data.get("minutes") : null;
  const text = typeof raw === "string" ? raw.trim() : "";
  const minutes = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
  await accommodation(data, "extra_time", (t, q, p) => setExtraTime(t, q, p, minutes));
}
