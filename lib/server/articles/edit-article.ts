// Editing an article's title and text. Allowed only while every quiz drawn from it is a draft
// with no attempt: students never see an article change under their feet, and grades already
// given keep the text they were given on (a published quiz's article is refused, not copied —
// the teacher imports the corrected text as a new article). In the same transaction, each
// question's evidence is found again in the new text; a question whose sentence is gone goes
// back to "pending" and its evidence check fails, so the quiz cannot be published until the
// teacher fixes or deletes it.
import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import { relocateEvidence } from "@/lib/quiz/relocate-evidence";
import { ImportError, type ImportErrorCode } from "@/lib/server/import/import-error";
import { MAX_TITLE_CHARS } from "@/lib/server/import/limits";
import { checkArticleText } from "@/lib/server/import/plain-text";
import { CodedError } from "@/lib/server/coded-error";

export type ArticleEditErrorCode = "not_found" | "locked" | "title" | ImportErrorCode;

export class ArticleEditError extends CodedError<ArticleEditErrorCode> {
  override readonly name = "ArticleEditError";
}

export interface ArticleEditOutcome {
  changed: boolean;
  /** Questions whose evidence moved in the text (offsets updated). */
  moved: number;
  /** Questions whose evidence is no longer in the text (sent back to review). */
  missing: number;
}

/** Why the article cannot be edited now, or null: a quiz beyond draft, or any attempt. */
export async function articleEditLock(teacherId: string, articleId: string): Promise<"published" | "attempts" | null> {
  const quizzes = await prisma.quiz.findMany({
    where: { articleId, teacherId },
    select: { status: true, _count: { select: { attempts: true } } },
  });
  if (quizzes.some((q) => q.status !== "draft")) return "published";
  if (quizzes.some((q) => q._count.attempts > 0)) return "attempts";
  return null;
}

export async function editArticle(teacherId: string, articleId: string, input: { title: unknown; text: unknown }): Promise<ArticleEditOutcome> {
  const title = typeof input.title === "string" ? input.title.replace(/\s+/g, " ").trim() : "";
  if (!title || title.length > MAX_TITLE_CHARS) throw new ArticleEditError("title");
  let text: string;
  try {
    // The same gate as every import: normalised, not empty, no script, at most MAX_TEXT_CHARS.
    text = checkArticleText(typeof input.text === "string" ? input.text : "");
  } catch (e) {
    if (e instanceof ImportError) throw new ArticleEditError(e.code);
    throw e;
  }
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, teacherId }, select: { title: true, text: true } });
    if (!article) throw new ArticleEditError("not_found");
    // Checked inside the transaction (under the database lock): a publish or a first attempt
    // lands before the edit, which is then refused, or after it.
    const quizzes = await tx.quiz.findMany({
      where: { articleId, teacherId },
      select: { id: true, status: true, _count: { select: { attempts: true } } },
    });
    if (quizzes.some((q) => q.status !== "draft" || q._count.attempts > 0)) throw new ArticleEditError("locked");
    if (article.title === title && article.text === text) return { changed: false, moved: 0, missing: 0 };
    await tx.article.update({
      where: { id: articleId },
      data: { title, text, contentHash: createHash("sha256").update(text).digest("hex") },
    });
    const questions = await tx.question.findMany({
      where: { quizId: { in: quizzes.map((q) => q.id) } },
      select: { id: true, source: true, evidenceText: true, evidenceStart: true, evidenceEnd: true },
    });
    let moved = 0;
    let missing = 0;
    for (const p of relocateEvidence(questions, text)) {
      if (p.state === "moved") {
        moved++;
        await tx.question.update({ where: { id: p.id }, data: { evidenceStart: p.start, evidenceEnd: p.end } });
      } else if (p.state === "missing") {
        missing++;
        await tx.question.update({ where: { id: p.id }, data: { reviewState: "pending" } });
      }
    }
    return { changed: true, moved, missing };
  });
}
