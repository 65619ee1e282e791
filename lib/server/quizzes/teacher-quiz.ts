// Reads of one teacher's quiz (scoped by teacherId: someone else's quiz is null, like a missing one).
import "server-only";
import { prisma } from "@/lib/db";
import { closeQuizzesPastDeadline } from "./quiz-deadline";
import { fromColumns, type QuestionFields } from "@/lib/quiz/question-row";
import type { Language } from "@/lib/generation/contract";
import type { ExportQuiz } from "@/lib/quiz/export-types";

export interface TeacherQuestion extends QuestionFields {
  id: string;
  position: number;
  reviewState: "pending" | "approved";
  origin: string;
}

export async function getQuizForTeacher(teacherId: string, id: string) {
  await closeQuizzesPastDeadline();
  const quiz = await prisma.quiz.findFirst({
    where: { id, teacherId },
    include: {
      article: { select: { id: true, title: true, text: true, language: true, publishedAt: true, source: true } },
      questions: { orderBy: { position: "asc" } },
    },
  });
  if (!quiz) return null;
  const questions: TeacherQuestion[] = quiz.questions.map((q) => ({
    ...fromColumns(q),
    id: q.id,
    position: q.position,
    reviewState: q.reviewState === "approved" ? "approved" : "pending",
    origin: q.origin,
  }));
  return { ...quiz, language: quiz.language as Language, questions };
}

export type TeacherQuiz = NonNullable<Awaited<ReturnType<typeof getQuizForTeacher>>>;

export async function listQuizzesForTeacher(teacherId: string) {
  await closeQuizzesPastDeadline();
  return prisma.quiz.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, status: true, joinCode: true, createdAt: true, _count: { select: { questions: true } } },
  });
}

export async function getExportQuizForTeacher(teacherId: string, id: string): Promise<ExportQuiz | null> {
  const quiz = await getQuizForTeacher(teacherId, id);
  if (!quiz) return null;
  return { title: quiz.title, language: quiz.language, articleTitle: quiz.article.title, articleText: quiz.article.text, questions: quiz.questions };
}
