// Who is answering a teacher's quiz right now: attempts in progress, with the progress their
// browser last reported. Scoped by teacherId (someone else's quiz gives null).
import "server-only";
import { prisma } from "@/lib/db";

export interface ActiveAttempt {
  attemptId: string;
  displayName: string;
  number: number;
  answered: number;
  total: number;
  startedAt: string;
  lastSeenAt: string | null;
}

export async function listActiveAttempts(teacherId: string, quizId: string): Promise<ActiveAttempt[] | null> {
  const quiz = await prisma.quiz.findFirst({
    where: { id: quizId, teacherId },
    select: { _count: { select: { questions: true } } },
  });
  if (!quiz) return null;
  const attempts = await prisma.attempt.findMany({
    where: { quizId, status: "in_progress" },
    orderBy: [{ startedAt: "asc" }],
    select: { id: true, number: true, answeredCount: true, startedAt: true, lastSeenAt: true, participant: { select: { displayName: true } } },
  });
  return attempts.map((a) => ({
    attemptId: a.id,
    displayName: a.participant.displayName,
    number: a.number,
    answered: Math.min(a.answeredCount ?? 0, quiz._count.questions),
    total: quiz._count.questions,
    startedAt: a.startedAt.toISOString(),
    lastSeenAt: a.lastSeenAt?.toISOString() ?? null,
  }));
}
