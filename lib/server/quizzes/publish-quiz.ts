// Publishing and closing. Publishing is refused with zero questions, any question still
// pending review, or any article question whose evidence is not exactly in the article; the join code is drawn again if it collides with an existing one.
import "server-only";
import { prisma } from "@/lib/db";
import { newJoinCode } from "@/lib/quiz/join-code";
import { evidenceMissing } from "@/lib/quiz/relocate-evidence";
import { QuizError } from "./quiz-errors";

const MAX_CODE_TRIES = 8;

export async function publishQuiz(teacherId: string, quizId: string): Promise<string> {
  const quiz = await prisma.quiz.findFirst({ where: { id: quizId, teacherId }, select: { id: true } });
  if (!quiz) throw new QuizError("not_found");
  for (let i = 0; i < MAX_CODE_TRIES; i++) {
    const code = newJoinCode();
    try {
      // The checks and the status change are one transaction under the database lock: a review
      // edit (which re-checks the draft status in its own transaction) lands before or not at all.
      return await prisma.$transaction(async (tx) => {
        const current = await tx.quiz.findFirst({
          where: { id: quizId, teacherId },
          select: { status: true, _count: { select: { questions: true } } },
        });
        if (!current || current.status !== "draft") throw new QuizError("not_draft");
        if (current._count.questions === 0) throw new QuizError("no_questions");
        const pending = await tx.question.count({ where: { quizId, reviewState: { not: "approved" } } });
        if (pending > 0) throw new QuizError("pending_questions");
        // After an article edit, a question re-approved without fixing its evidence would point
        // at a sentence the article no longer has: refused until the teacher fixes it.
        const article = await tx.quiz.findFirst({ where: { id: quizId }, select: { article: { select: { text: true } } } });
        const evidence = await tx.question.findMany({ where: { quizId }, select: { id: true, source: true, evidenceText: true, evidenceStart: true, evidenceEnd: true } });
        if (article && evidence.some((q) => evidenceMissing(q, article.article.text))) throw new QuizError("evidence_missing");
        // The status condition makes a double click publish once.
        const { count } = await tx.quiz.updateMany({
          where: { id: quizId, teacherId, status: "draft" },
          data: { status: "published", joinCode: code, publishedAt: new Date() },
        });
        if (count === 0) throw new QuizError("not_draft");
        return code;
      });
    } catch (e) {
      if ((e as { code?: string }).code === "P2002") continue;
      throw e;
    }
  }
  throw new Error("could not draw a free join code");
}

export async function closeQuiz(teacherId: string, quizId: string): Promise<void> {
  const { count } = await prisma.quiz.updateMany({
    where: { id: quizId, teacherId, status: "published" },
    data: { status: "closed", closedAt: new Date() },
  });
  if (count === 0) {
    const exists = await prisma.quiz.findFirst({ where: { id: quizId, teacherId }, select: { id: true } });
    throw new QuizError(exists ? "not_draft" : "not_found");
  }
}

/**
 * Undoes a close: the quiz takes answers again, with an optional new deadline (null: none).
 * The status condition makes a double click reopen once.
 */
export async function reopenQuiz(teacherId: string, quizId: string, closesAt: Date | null): Promise<void> {
  const { count } = await prisma.quiz.updateMany({
    where: { id: quizId, teacherId, status: "closed" },
    data: { status: "published", closedAt: null, closesAt },
  });
  if (count === 0) {
    const exists = await prisma.quiz.findFirst({ where: { id: quizId, teacherId }, select: { id: true } });
    throw new QuizError(exists ? "not_closed" : "not_found");
  }
}

/** Sets or removes the deadline of a published quiz. */
export async function setQuizDeadline(teacherId: string, quizId: string, closesAt: Date | null): Promise<void> {
  const { count } = await prisma.quiz.updateMany({
    where: { id: quizId, teacherId, status: "published" },
    data: { closesAt },
  });
  if (count === 0) {
    const exists = await prisma.quiz.findFirst({ where: { id: quizId, teacherId }, select: { id: true } });
    throw new QuizError(exists ? "not_published" : "not_found");
  }
}
