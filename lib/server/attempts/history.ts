// The attempts of one participant (this device) on one quiz, newest first.
import "server-only";
import { prisma } from "@/lib/db";

export interface AttemptSummary {
  id: string;
  number: number;
  status: "in_progress" | "submitted";
  score: number | null;
  maxScore: number | null;
  late: boolean;
  startedAt: string;
  submittedAt: string | null;
}

export async function listParticipantAttempts(participantId: string): Promise<AttemptSummary[]> {
  const rows = await prisma.attempt.findMany({
    where: { participantId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, status: true, score: true, maxScore: true, late: true, startedAt: true, submittedAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status === "submitted" ? "submitted" : "in_progress",
    score: r.score,
    maxScore: r.maxScore,
    late: r.late,
    startedAt: r.startedAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
  }));
}
