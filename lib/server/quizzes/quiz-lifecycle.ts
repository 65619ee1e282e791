// Copying and deleting a teacher's quiz. Deleting a quiz that has attempts needs the number of
// attempts the teacher was shown, so nobody deletes results they did not see.
import "server-only";
import { prisma } from "@/lib/db";
import { QuizError } from "./quiz-errors";

const COPY_PREFIX = { fr: "Copie de ", en: "Copy of " } as const;

/** A new draft with the same article, settings and questions (no code, students or deadline). */
export async function duplicateQuiz(teacherId: string, quizId: string, locale: "fr" | "en"): Promise<{ id: string }> {
  const quiz = await prisma.quiz.findFirst({ where: { id: quizId, teacherId }, include: { questions: { orderBy: { position: "asc" } } } });
  if (!quiz) throw new QuizError("not_found");
  return prisma.quiz.create({
    data: {
      teacherId,
      articleId: quiz.articleId,
      title: `${COPY_PREFIX[locale]}${quiz.title}`.slice(0, 200),
      language: quiz.language,
      shuffleQuestions: quiz.shuffleQuestions,
      shuffleChoices: quiz.shuffleChoices,
      timeLimitSec: quiz.timeLimitSec,
      attemptsAllowed: quiz.attemptsAllowed,
      showAnswers: quiz.showAnswers,
      questions: {
        create: quiz.questions.map((q, i) => ({
          position: i,
          kind: q.kind,
          category: q.category,
          source: q.source,
          prompt: q.prompt,
          choices: q.choices,
          answer: q.answer,
          accepted: q.accepted,
          evidenceText: q.evidenceText,
          evidenceStart: q.evidenceStart,
          evidenceEnd: q.evidenceEnd,
          explanation: q.explanation,
          difficulty: q.difficulty,
          template: q.template,
          validFrom: q.validFrom,
          validTo: q.validTo,
          reviewState: q.reviewState,
          origin: q.origin,
        })),
      },
    },
    select: { id: true },
  });
}

export async function countQuizAttempts(teacherId: string, quizId: string): Promise<number | null> {
  const quiz = await prisma.quiz.findFirst({ where: { id: quizId, teacherId }, select: { _count: { select: { attempts: true } } } });
  return quiz ? quiz._count.attempts : null;
}

/**
 * Deletes the quiz with its questions, participants, attempts and answers (cascade), in one
 * transaction. `confirmedAttempts` must equal the current number of attempts when there are any.
 */
export async function deleteQuiz(teacherId: string, quizId: string, confirmedAttempts: number | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const quiz = await tx.quiz.findFirst({ where: { id: quizId, teacherId }, select: { _count: { select: { attempts: true } } } });
    if (!quiz) throw new QuizError("not_found");
    const n = quiz._count.attempts;
    if (n > 0 && confirmedAttempts !== n) throw new QuizError("attempts_unconfirmed");
    await tx.quiz.deleteMany({ where: { id: quizId, teacherId } });
  });
}
