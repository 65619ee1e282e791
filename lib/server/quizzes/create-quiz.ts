// A new draft quiz generated from one of the teacher's articles. Questions are stored as
// "pending": nothing reaches students before the teacher has reviewed each one.
import "server-only";
import { prisma } from "@/lib/db";
import { GenerateError, type GenerateRequest, type GenerateResult, type Language } from "@/lib/generation/contract";
import { GenerationBusyError, runGeneration } from "@/lib/server/generation/run-generation";
import { fieldsFromGenerated, toColumns } from "@/lib/quiz/question-row";
import type { GenerateOptions } from "./generate-options";
import { QuizError } from "./quiz-errors";

type ArticleForGeneration = { text: string; title: string; language: string; publishedAt: Date | null };

export function generationRequest(article: ArticleForGeneration, opts: Pick<GenerateOptions, "count" | "kinds" | "categories"> & { skills?: GenerateOptions["skills"] }): GenerateRequest {
  return {
    text: article.text,
    title: article.title,
    language: article.language as Language,
    count: opts.count,
    kinds: opts.kinds,
    categories: opts.categories,
    ...(opts.skills && opts.skills.length ? { skills: opts.skills } : {}),
    ...(article.publishedAt ? { date: article.publishedAt.toISOString().slice(0, 10) } : {}),
  };
}

/** Runs the generator (worker thread, time budget, concurrency cap). GenerateError passes through. */
export async function generate(req: GenerateRequest): Promise<GenerateResult> {
  try {
    return await runGeneration(req);
  } catch (e) {
    if (e instanceof GenerateError) throw e;
    if (e instanceof GenerationBusyError) throw new QuizError("generation_busy");
    console.error("generation failed:", e instanceof Error ? e.message : e);
    throw new QuizError("generation_failed");
  }
}

/** The new quiz, and how many good questions were found against how many were asked for. */
export async function createQuizFromArticle(teacherId: string, opts: GenerateOptions): Promise<{ id: string; produced: number; requested: number }> {
  const article = await prisma.article.findFirst({
    where: { id: opts.articleId, teacherId },
    select: { id: true, text: true, title: true, language: true, publishedAt: true },
  });
  if (!article) throw new QuizError("not_found");
  const result = await generate(generationRequest(article, opts));
  if (!result.questions.length) throw new QuizError("no_questions_generated");
  const quiz = await prisma.quiz.create({
    data: {
      teacherId,
      articleId: article.id,
      title: article.title.slice(0, 200),
      language: result.language,
      questions: {
        create: result.questions.map((q, i) => ({ ...toColumns(fieldsFromGenerated(q)), position: i, reviewState: "pending", origin: "generated" })),
      },
    },
    select: { id: true },
  });
  return { id: quiz.id, produced: result.questions.length, requested: opts.count };
}
