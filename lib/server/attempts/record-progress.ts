// Progress of an attempt in progress, reported by the student's browser (how many questions
// have an answer), for the teacher's live list. Answers themselves stay in the browser until
// submitted; this stores a count and a time, nothing else.
import "server-only";
import { prisma } from "@/lib/db";

export type ProgressOutcome = "ok" | "not_found" | "not_in_progress";

export async function recordProgress(
  attemptId: string,
  answered: number,
  tokenHashFor: (quizId: string) => string | null,
  now = new Date(),
): Promise<ProgressOutcome> {
  const attempt = await prisma.attempt.findUnique({
    where: { id: attemptId },
    select: { quizId: true, status: true, participant: { select: { tokenHash: true } }, quiz: { select: { _count: { select: { questions: true } } } } },
  });
  const tokenHash = attempt ? tokenHashFor(attempt.quizId) : null;
  if (!attempt || !tokenHash || tokenHash !== attempt.participant.tokenHash) return "not_found";
  const answeredCount = Math.max(0, Math.min(answered, attempt.quiz._count.questions));
  const { count } = await prisma.attempt.updateMany({
    where: { id: attemptId, status: "in_progress" },
    data: { answeredCount, lastSeenAt: now },
  });
  return count === 1 ? "ok" : "not_in_progress";
}
