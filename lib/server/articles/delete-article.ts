// Deleting one of a teacher's articles. Its quizzes (and their attempts) go with it, so when it
// has any the teacher must confirm the numbers they were shown.
import "server-only";
import { prisma } from "@/lib/db";

export type DeleteArticleOutcome = "deleted" | "not_found" | "unconfirmed";

export async function articleDeletionImpact(teacherId: string, articleId: string): Promise<{ quizzes: number; attempts: number } | null> {
  const article = await prisma.article.findFirst({ where: { id: articleId, teacherId }, select: { id: true } });
  if (!article) return null;
  const [quizzes, attempts] = await Promise.all([
    prisma.quiz.count({ where: { articleId, teacherId } }),
    prisma.attempt.count({ where: { quiz: { articleId, teacherId } } }),
  ]);
  return { quizzes, attempts };
}

export async function deleteArticle(teacherId: string, articleId: string, confirmedQuizzes: number | null): Promise<DeleteArticleOutcome> {
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, teacherId }, select: { _count: { select: { quizzes: true } } } });
    if (!article) return "not_found";
    if (article._count.quizzes > 0 && confirmedQuizzes !== article._count.quizzes) return "unconfirmed";
    await tx.article.deleteMany({ where: { id: articleId, teacherId } });
    return "deleted";
  });
}
