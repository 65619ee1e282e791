"use server";
// Generate a quiz from an article, or delete the article: public endpoints, so they check the
// teacher and their input.
import { assertFormData } from "@/lib/server/http/action-args";
import { redirect } from "next/navigation";
import { requireTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { GenerateError } from "@/lib/generation/contract";
import { GenerateOptionsSchema } from "@/lib/server/quizzes/generate-options";
import { createQuizFromArticle } from "@/lib/server/quizzes/create-quiz";
import { QuizError } from "@/lib/server/quizzes/quiz-errors";
import { deleteArticle } from "@/lib/server/articles/delete-article";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/teacher/form-state";
import { ArticleEditError, editArticle } from "@/lib/server/articles/edit-article";

/**
 * Saves an edited title and text. On a refusal the typed values come back in the state, so
 * nothing the teacher wrote is lost.
 */
export async function editArticleAction(_prev: FormState, data: FormData): Promise<FormState> {
  assertFormData(data);
  const teacher = await requireTeacher();
  const t = teacherMessages[await getLocale()];
  const id = data.get("articleId");
  if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) redirect("/teacher/articles");
  const title = data.get("title");
  const text = data.get("text");
  const values = { title: typeof title === "string" ? title : "", text: typeof text === "string" ? text : "" };
  try {
    const outcome = await editArticle(teacher.id, id, { title, text });
    revalidatePath(`/teacher/articles/${id}`);
    revalidatePath("/teacher/articles");
    return { notice: outcome.changed ? t.editArticleSaved(outcome.missing) : t.editArticleUnchanged };
  } catch (e) {
    if (!(e instanceof ArticleEditError)) throw e;
    if (e.code === "not_found") redirect("/teacher/articles");
    const message = t.editArticleErrors[e.code] ?? t.importErrors[e.code] ?? t.importErrors.invalid_form;
    const field = e.code === "title" ? "title" : e.code === "locked" ? null : "text";
    return { error: message, fieldErrors: field ? { [field]: message } : undefined, values };
  }
}

export async function generateQuizAction(_prev: FormState, data: FormData): Promise<FormState> {
  assertFormData(data);
  const teacher = await requireTeacher();
  const t = teacherMessages[await getLocale()];
  const parsed = GenerateOptionsSchema.safeParse({
    articleId: data.get("articleId"),
    count: data.get("count"),
    kinds: data.getAll("kinds"),
    categories: data.getAll("categories"),
    skills: data.getAll("skills"),
  });
  if (!parsed.success) return { error: t.generateErrors.invalid_request };
  let created: { id: string; produced: number; requested: number };
  try {
    created = await createQuizFromArticle(teacher.id, parsed.data);
  } catch (e) {
    if (e instanceof GenerateError || e instanceof QuizError) return { error: t.generateErrors[e.code] ?? t.generateErrors.generation_failed };
    console.error("quiz generation failed:", e instanceof Error ? e.message : e);
    return { error: t.generateErrors.generation_failed };
  }
  // The review page says how many good questions were found when it is fewer than asked for.
  redirect(`/teacher/quizzes/${created.id}${created.produced < created.requested ? `?found=${created.produced}&asked=${created.requested}` : ""}`);
}

/** Confirmed on the page first; when quizzes go with the article, their number must be ticked. */
export async function deleteArticleAction(data: FormData) {
  assertFormData(data);
  const teacher = await requireTeacher();
  const id = data.get("articleId");
  if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) redirect("/teacher/articles");
  const path = `/teacher/articles/${id}`;
  if (data.get("confirm") !== "yes") redirect(`${path}?delete=confirm#delete-confirm-title`);
  const raw = data.get("confirmQuizzes");
  const confirmed = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const outcome = await deleteArticle(teacher.id, id, confirmed);
  if (outcome === "unconfirmed") redirect(`${path}?delete=confirm&error=unconfirmed#delete-confirm-title`);
  revalidatePath("/teacher/articles");
  redirect(outcome === "deleted" ? "/teacher/articles?done=article_deleted" : "/teacher/articles");
}
