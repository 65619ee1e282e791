"use server";
// Review, settings and publishing actions. Each is a public endpoint: it checks the teacher,
// validates its input and lets the data layer check ownership and the quiz's state.
import { assertFormData } from "@/lib/server/http/action-args";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireTeacher } from "@/lib/server/auth";
import { getQuizForTeacher } from "@/lib/server/quizzes/teacher-quiz";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages, type TeacherMessages } from "@/lib/i18n/messages/teacher";
import { GenerateError } from "@/lib/generation/contract";
import type { ParsedQuestion } from "@/lib/quiz/question-input";
import { QuizError } from "@/lib/server/quizzes/quiz-errors";
import { addQuestion, approveAllQuestions, approveQuestion, deleteQuestion, moveQuestion, regenerateQuestion, updateQuestion } from "@/lib/server/quizzes/question-edits";
import { updateQuizSettings } from "@/lib/server/quizzes/quiz-settings";
import { closeQuiz, publishQuiz, reopenQuiz, setQuizDeadline } from "@/lib/server/quizzes/publish-quiz";
import { parseDeadline } from "@/lib/server/quizzes/quiz-deadline";
import { deleteQuiz, duplicateQuiz } from "@/lib/server/quizzes/quiz-lifecycle";
import type { FormState } from "@/components/teacher/form-state";
import { setQuizClasses } from "@/lib/server/classes/assignments";
import { CLASSES_PER_TEACHER_MAX } from "@/lib/server/classes/classrooms";

const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const Target = z.object({ quizId: Id, questionId: Id });

function quizPath(quizId: string, query = "", hash = ""): string {
  return `/teacher/quizzes/${quizId}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}

/**
 * Where to return after an action: `done` or `error` says what happened, `q` which question the
 * page should announce and focus, `n` makes every result distinct (the same message twice is
 * announced twice). The hash lets the browser scroll there without JavaScript.
 */
function resultPath(quizId: string, result: { done?: string; error?: string; q?: string }, hash: string): string {
  const query = new URLSearchParams();
  if (result.error) query.set("error", result.error);
  if (result.done) query.set("done", result.done);
  if (result.q) query.set("q", result.q);
  query.set("n", Date.now().toString(36));
  return quizPath(quizId, query.toString(), hash);
}

const questionAnchor = (id: string) => `q-${id}`;
const LIST_ANCHOR = "questions-title";
const NOTICE_ANCHOR = "review-feedback";

/** The question after this one (focus goes there once it is deleted). */
async function nextQuestionId(teacherId: string, quizId: string, questionId: string): Promise<string | undefined> {
  const ids = (await getQuizForTeacher(teacherId, quizId))?.questions.map((q) => q.id) ?? [];
  const i = ids.indexOf(questionId);
  return i >= 0 ? ids[i + 1] : undefined;
}

/** Runs a simple review operation, then returns to the quiz, on the question it changed. */
async function run(data: FormData, done: string, op: (teacherId: string, quizId: string, questionId: string) => Promise<void>) {
  assertFormData(data);
  const teacher = await requireTeacher();
  const parsed = Target.safeParse({ quizId: data.get("quizId"), questionId: data.get("questionId") });
  if (!parsed.success) redirect("/teacher");
  const { quizId, questionId } = parsed.data;
  // A deleted question has no card left: the page lands on the next one, or on the list.
  const focusId = done === "deleted" ? await nextQuestionId(teacher.id, quizId, questionId) : questionId;
  let error: string | null = null;
  try {
    await op(teacher.id, quizId, questionId);
  } catch (e) {
    if (e instanceof QuizError || e instanceof GenerateError) error = e.code;
    else throw e;
  }
  revalidatePath(quizPath(quizId));
  if (error === "not_found") redirect(resultPath(quizId, { error }, LIST_ANCHOR));
  if (error) redirect(resultPath(quizId, { error, q: questionId }, questionAnchor(questionId)));
  redirect(resultPath(quizId, { done, q: focusId }, focusId ? questionAnchor(focusId) : LIST_ANCHOR));
}

export async function approveQuestionAction(data: FormData) {
  await run(data, "approved", approveQuestion);
}
export async function deleteQuestionAction(data: FormData) {
  await run(data, "deleted", deleteQuestion);
}
export async function moveUpAction(data: FormData) {
  await run(data, "moved", (t, q, id) => moveQuestion(t, q, id, "up"));
}
export async function moveDownAction(data: FormData) {
  await run(data, "moved", (t, q, id) => moveQuestion(t, q, id, "down"));
}
export async function regenerateQuestionAction(data: FormData) {
  await run(data, "regenerated", regenerateQuestion);
}

async function quizOp(data: FormData, op: (teacherId: string, quizId: string) => Promise<unknown>, done: string, anchor: string) {
  assertFormData(data);
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
  redirect(resultPath(quizId.data, error ? { error } : { done }, error ? NOTICE_ANCHOR : anchor));
}

export async function approveAllAction(data: FormData) {
  await quizOp(data, approveAllQuestions, "approved_all", LIST_ANCHOR);
}
export async function publishAction(data: FormData) {
  await quizOp(data, publishQuiz, "published", NOTICE_ANCHOR);
}
/** Closing is confirmed on the page first (it lists who is still answering). */
export async function closeAction(data: FormData) {
  assertFormData(data);
  if (data.get("confirm") !== "yes") {
    const quizId = Id.safeParse(data.get("quizId"));
    redirect(quizId.success ? quizPath(quizId.data, "close=confirm", "close-confirm-title") : "/teacher");
  }
  await quizOp(data, closeQuiz, "closed", NOTICE_ANCHOR);
}

/** Reopen and deadline forms carry the deadline as an ISO instant computed by the browser. */
async function deadlineOp(data: FormData, op: (teacherId: string, quizId: string, closesAt: Date | null) => Promise<void>, done: string) {
  assertFormData(data);
  const deadline = parseDeadline(data.get("closesAt"));
  if (!deadline.ok) {
    await requireTeacher();
    const quizId = Id.safeParse(data.get("quizId"));
    redirect(quizId.success ? resultPath(quizId.data, { error: "invalid_deadline" }, NOTICE_ANCHOR) : "/teacher");
  }
  await quizOp(data, (teacherId, quizId) => op(teacherId, quizId, deadline.closesAt), done, NOTICE_ANCHOR);
}

export async function reopenAction(data: FormData) {
  await deadlineOp(data, reopenQuiz, "reopened");
}
export async function deadlineAction(data: FormData) {
  await deadlineOp(data, setQuizDeadline, "deadline");
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

/** The editor's two actions differ only in what they save and where focus goes on success. */
async function saveEditor(
  data: FormData,
  quizId: string,
  t: TeacherMessages,
  save: (raw: ReturnType<typeof editorFields>) => Promise<ParsedQuestion>,
  notice: string,
  focusAfterSave: () => Promise<string | undefined>,
): Promise<FormState> {
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
  return { notice, focus: await focusAfterSave() };
}

export async function updateQuestionAction(_prev: FormState, data: FormData): Promise<FormState> {
  assertFormData(data);
  const teacher = await requireTeacher();
  const t = teacherMessages[await getLocale()];
  const target = Target.safeParse({ quizId: data.get("quizId"), questionId: data.get("questionId") });
  if (!target.success) return { error: t.quizErrors.not_found };
  const { quizId, questionId } = target.data;
  return saveEditor(data, quizId, t, (raw) => updateQuestion(teacher.id, quizId, questionId, raw), t.saved, async () => `${questionAnchor(questionId)}-title`);
}

export async function addQuestionAction(_prev: FormState, data: FormData): Promise<FormState> {
  assertFormData(data);
  const teacher = await requireTeacher();
  const t = teacherMessages[await getLocale()];
  const quizId = Id.safeParse(data.get("quizId"));
  if (!quizId.success) return { error: t.quizErrors.not_found };
  return saveEditor(data, quizId.data, t, (raw) => addQuestion(teacher.id, quizId.data, raw), t.questionAdded, async () => {
    // New questions go last: focus lands on the card just added.
    const last = (await getQuizForTeacher(teacher.id, quizId.data))?.questions.at(-1);
    return last ? `${questionAnchor(last.id)}-title` : undefined;
  });
}

export async function settingsAction(_prev: FormState, data: FormData): Promise<FormState> {
  assertFormData(data);
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
    interfaceLanguage: data.get("interfaceLanguage") ?? "",
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
  return { notice: t.settingsSaved };
}

export async function duplicateAction(data: FormData) {
  assertFormData(data);
  const teacher = await requireTeacher();
  const quizId = Id.safeParse(data.get("quizId"));
  if (!quizId.success) redirect("/teacher");
  let copyId: string;
  try {
    copyId = (await duplicateQuiz(teacher.id, quizId.data, await getLocale())).id;
  } catch (e) {
    if (e instanceof QuizError) redirect(resultPath(quizId.data, { error: e.code }, NOTICE_ANCHOR));
    throw e;
  }
  redirect(resultPath(copyId, { done: "duplicated" }, NOTICE_ANCHOR));
}

/** Deleting is confirmed on the page first; with attempts, their number must be ticked. */
export async function deleteQuizAction(data: FormData) {
  assertFormData(data);
  const teacher = await requireTeacher();
  const quizId = Id.safeParse(data.get("quizId"));
  if (!quizId.success) redirect("/teacher");
  if (data.get("confirm") !== "yes") redirect(quizPath(quizId.data, "delete=confirm", "delete-confirm-title"));
  const raw = data.get("confirmAttempts");
  const confirmed = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  try {
    await deleteQuiz(teacher.id, quizId.data, confirmed);
  } catch (e) {
    if (e instanceof QuizError && e.code === "attempts_unconfirmed") {
      redirect(quizPath(quizId.data, "delete=confirm&error=attempts_unconfirmed", "delete-confirm-title"));
    }
    if (e instanceof QuizError) redirect("/teacher");
    throw e;
  }
  revalidatePath("/teacher");
  redirect("/teacher?done=quiz_deleted");
}

/** Assigns the quiz to exactly the ticked classes (only the teacher's own count). */
export async function assignClassesAction(data: FormData) {
  assertFormData(data);
  const teacher = await requireTeacher();
  const quizId = Id.safeParse(data.get("quizId"));
  if (!quizId.success) redirect("/teacher");
  const ids = data.getAll("classIds").slice(0, CLASSES_PER_TEACHER_MAX);
  const classIds = ids.filter((v): v is string => typeof v === "string" && Id.safeParse(v).success);
  const ok = await setQuizClasses(teacher.id, quizId.data, classIds);
  if (!ok) redirect("/teacher");
  revalidatePath(quizPath(quizId.data));
  redirect(resultPath(quizId.data, { done: "assigned" }, "assign-title"));
}
