"use server";
// Review, settings and publishing actions. Each is a public endpoint: it checks the teacher,
// validates its input and lets the data layer check ownership and the quiz's state.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages, type TeacherMessages } from "@/lib/i18n/messages/teacher";
import { GenerateError } from "@/lib/generation/contract";
import type { ParsedQuestion } from "@/lib/quiz/question-input";
import { QuizError } from "@/lib/server/quizzes/quiz-errors";
import { addQuestion, approveAllQuestions, approveQuestion, deleteQuestion, moveQuestion, regenerateQuestion, updateQuestion } from "@/lib/server/quizzes/question-edits";
import { updateQuizSettings } from "@/lib/server/quizzes/quiz-settings";
import { closeQuiz, publishQuiz } from "@/lib/server/quizzes/publish-quiz";
import type { FormState } from "@/components/teacher/form-state";

const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const Target = z.object({ quizId: Id, questionId: Id });

function quizPath(quizId: string, query = "", hash = ""): string {
  return `/teacher/quizzes/${quizId}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}

/** Runs a simple review operation, then returns to the quiz (with an error code when refused). */
async function run(data: FormData, op: (teacherId: string, quizId: string, questionId: string) => Promise<void>, anchorOnSuccess = true) {
  const teacher = await requireTeacher();
  const parsed = Target.safeParse({ quizId: data.get("quizId"), questionId: data.get("questionId") });
  if (!parsed.success) redirect("/teacher");
  const { quizId, questionId } = parsed.data;
  let error: string | null = null;
  try {
    await op(teacher.id, quizId, questionId);
  } catch (e) {
    if (e instanceof QuizError || e instanceof GenerateError) error = e.code;
    else throw e;
  }
  revalidatePath(quizPath(quizId));
  if (error === "not_found") redirect(quizPath(quizId, "error=not_found"));
  redirect(error ? quizPath(quizId, `error=${error}`, `q-${questionId}`) : quizPath(quizId, "", anchorOnSuccess ? `q-${questionId}` : ""));
}

export async function approveQuestionAction(data: FormData) {
  await run(data, approveQuestion);
}
export async function deleteQuestionAction(data: FormData) {
  await run(data, deleteQuestion, false);
}
export async function moveUpAction(data: FormData) {
  await run(data, (t, q, id) => moveQuestion(t, q, id, "up"));
}
export async function moveDownAction(data: FormData) {
  await run(data, (t, q, id) => moveQuestion(t, q, id, "down"));
}
export async function regenerateQuestionAction(data: FormData) {
  await run(data, regenerateQuestion);
}

async function quizOp(data: FormData, op: (teacherId: string, quizId: string) => Promise<unknown>, notice?: string) {
  const teacher = await requireTeacher();
  const quizId = Id.safeParse(data.get("quizId"));
  if (!quizId.success) redirect("/teacher");
  let error: string | null = null;
  try {
    await op(teacher.id, quizId.data);
  } catch (e) {
    if (e instanceof QuizError) error = e.code;
    else throw e;
  }
  revalidatePath(quizPath(quizId.data));
  redirect(quizPath(quizId.data, error ? `error=${error}` : notice ? `notice=${notice}` : ""));
}

export async function approveAllAction(data: FormData) {
  await quizOp(data, approveAllQuestions);
}
export async function publishAction(data: FormData) {
  await quizOp(data, publishQuiz, "published");
}
export async function closeAction(data: FormData) {
  await quizOp(data, closeQuiz, "closed");
}

function editorFields(data: FormData) {
  const get = (k: string) => {
    const v = data.get(k);
    return typeof v === "string" ? v : undefined;
  };
  return {
    kind: get("kind"),
    category: get("category"),
    source: get("source"),
    prompt: get("prompt") ?? "",
    choices: get("choices"),
    answer: get("answer"),
    tfAnswer: get("tfAnswer"),
    accepted: get("accepted"),
    evidence: get("evidence") ?? "",
    explanation: get("explanation"),
    difficulty: get("difficulty"),
  };
}

function echo(raw: ReturnType<typeof editorFields>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string").map(([k, v]) => [k, String(v).slice(0, 5000)]));
}

/** The editor's two actions differ only in what they save: field errors, a refusal or `notice`. */
async function saveEditor(data: FormData, quizId: string, t: TeacherMessages, save: (raw: ReturnType<typeof editorFields>) => Promise<ParsedQuestion>, notice: string): Promise<FormState> {
  const raw = editorFields(data);
  try {
    const result = await save(raw);
    if (!result.fields) {
      const fieldErrors = Object.fromEntries(Object.entries(result.errors).map(([f, code]) => [f, t.fieldErrors[code] ?? t.fieldErrors.invalid]));
      return { error: t.formHasErrors, fieldErrors, values: echo(raw) };
    }
  } catch (e) {
    if (e instanceof QuizError) return { error: t.quizErrors[e.code] };
    throw e;
  }
  revalidatePath(quizPath(quizId));
  return { notice };
}

export async function updateQuestionAction(_prev: FormState, data: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const t = teacherMessages[await getLocale()];
  const target = Target.safeParse({ quizId: data.get("quizId"), questionId: data.get("questionId") });
  if (!target.success) return { error: t.quizErrors.not_found };
  const { quizId, questionId } = target.data;
  return saveEditor(data, quizId, t, (raw) => updateQuestion(teacher.id, quizId, questionId, raw), t.saved);
}

export async function addQuestionAction(_prev: FormState, data: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const t = teacherMessages[await getLocale()];
  const quizId = Id.safeParse(data.get("quizId"));
  if (!quizId.success) return { error: t.quizErrors.not_found };
  return saveEditor(data, quizId.data, t, (raw) => addQuestion(teacher.id, quizId.data, raw), t.questionAdded);
}

export async function settingsAction(_prev: FormState, data: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const t = teacherMessages[await getLocale()];
  const quizId = Id.safeParse(data.get("quizId"));
  if (!quizId.success) return { error: t.quizErrors.not_found };
  const raw = {
    title: data.get("title") ?? "",
    shuffleQuestions: data.get("shuffleQuestions") ?? "",
    shuffleChoices: data.get("shuffleChoices") ?? "",
    timeLimitMin: data.get("timeLimitMin") ?? "",
    attemptsAllowed: data.get("attemptsAllowed") ?? "",
    showAnswers: data.get("showAnswers") ?? "",
  };
  try {
    const { errors } = await updateQuizSettings(teacher.id, quizId.data, raw);
    if (errors.length) {
      return { error: t.formHasErrors, fieldErrors: Object.fromEntries(errors.map((f) => [f, t.settingsErrors[f]])), values: Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v)])) };
    }
  } catch (e) {
    if (e instanceof QuizError) return { error: t.quizErrors[e.code] };
    throw e;
  }
  revalidatePath(quizPath(quizId.data));
  return { notice: t.saved };
}
