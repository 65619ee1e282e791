// Articles of one teacher. Every read and write is scoped by teacherId: "missing" and
// "someone else's" are the same null to the caller, who answers 404.
import { leadingCalendarDate } from "@/lib/quiz/calendar-date";
import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import { detectLanguage } from "@/lib/analysis/language";
import type { Language } from "@/lib/generation/contract";
import { ImportError } from "@/lib/server/import/import-error";
import type { ImportedText } from "@/lib/server/import/import-file";
import { MAX_SOURCE_CHARS, MAX_TITLE_CHARS } from "@/lib/server/import/limits";
import type { ArticleMeta } from "./article-meta";

export class UnknownLanguageError extends Error {}

function chooseLanguage(chosen: ArticleMeta["language"], text: string, hint?: string | null): Language {
  if (chosen) return chosen;
  const guess = detectLanguage(text);
  if (guess.language) return guess.language;
  if (hint && /^(fr|en)\b/i.test(hint)) return hint.slice(0, 2).toLowerCase() as Language;
  throw new UnknownLanguageError();
}

function fallbackTitle(text: string): string {
  const first = text.split("\n", 1)[0].trim();
  return first.length <= 120 ? first : `${first.slice(0, 117).trimEnd()}…`;
}

export async function createArticle(
  teacherId: string,
  meta: ArticleMeta,
  imported: ImportedText & { sourceUrl?: string | null },
  via: "paste" | "file" | "url",
): Promise<{ id: string }> {
  if (!imported.text) throw new ImportError("empty");
  const language = chooseLanguage(meta.language, imported.text, imported.lang);
  const title = (meta.title || imported.title || fallbackTitle(imported.text)).slice(0, MAX_TITLE_CHARS);
  const source = (meta.source || imported.source || "").slice(0, MAX_SOURCE_CHARS) || null;
  // An imported date that is not a real day (a page saying 2024-02-30) is dropped, not rolled over.
  const date = meta.date || leadingCalendarDate(imported.publishedAt) || "";
  return prisma.article.create({
    data: {
      teacherId,
      title,
      text: imported.text,
      language,
      source,
      sourceUrl: imported.sourceUrl ?? null,
      publishedAt: date ? new Date(`${date}T00:00:00Z`) : null,
      importedVia: via,
      contentHash: createHash("sha256").update(imported.text).digest("hex"),
    },
    select: { id: true },
  });
}

export async function getArticleForTeacher(teacherId: string, id: string) {
  return prisma.article.findFirst({
    where: { id, teacherId },
    select: {
      id: true,
      title: true,
      text: true,
      language: true,
      source: true,
      sourceUrl: true,
      publishedAt: true,
      importedVia: true,
      createdAt: true,
      quizzes: { select: { id: true, title: true, status: true, createdAt: true, _count: { select: { questions: true } } }, orderBy: { createdAt: "desc" } },
    },
  });
}

export async function listArticlesForTeacher(teacherId: string) {
  return prisma.article.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, language: true, createdAt: true, _count: { select: { quizzes: true } } },
  });
}
