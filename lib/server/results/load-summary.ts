// The small, frequently polled numbers behind the live update of the results page.
import type { PrismaClient } from "../../../generated/prisma/client";
import type { ResultsSummary } from "./types";

/** Same inputs, same version: the page computes it from its own data, the poll route from counts. */
export function summaryVersion(submittedCount: number, inProgressCount: number, lastSubmittedAt: Date | null): string {
  return `${submittedCount}.${inProgressCount}.${lastSubmittedAt?.getTime() ?? 0}`;
}

/** Null for a quiz the teacher does not own. Two cheap indexed queries. */
export async function loadResultsSummary(
  db: PrismaClient,
  teacherId: string,
  quizId: string,
): Promise<ResultsSummary | null> {
  const quiz = await db.quiz.findFirst({ where: { id: quizId, teacherId }, select: { id: true } });
  if (!quiz) return null;
  const groups = await db.attempt.groupBy({
    by: ["status"],
    where: { quizId },
    _count: { _all: true },
    _max: { submittedAt: true },
  });
  let submittedCount = 0;
  let inProgressCount = 0;
  let lastSubmittedAt: Date | null = null;
  for (const g of groups) {
    if (g.status === "submitted") {
      submittedCount = g._count._all;
      lastSubmittedAt = g._max.submittedAt;
    } else if (g.status === "in_progress") {
      inProgressCount = g._count._all;
    }
  }
  return {
    submittedCount,
    inProgressCount,
    lastSubmittedAt,
    version: summaryVersion(submittedCount, inProgressCount, lastSubmittedAt),
  };
}
