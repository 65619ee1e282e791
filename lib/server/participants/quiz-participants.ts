// A teacher's view of one quiz's participants outside their attempts: those who joined but
// never started (they have no attempt page), and one participant with their accommodations.
// Scoped by teacherId: another teacher's quiz or participant gives null / an empty list.
import "server-only";
import { prisma } from "@/lib/db";

export interface QuizParticipant {
  id: string;
  displayName: string;
  joinedAt: Date;
  extraAttempts: number;
  extraTimeSec: number;
}

const fields = { id: true, displayName: true, createdAt: true, extraAttempts: true, extraTimeSec: true } as const;

function toParticipant(p: { id: string; displayName: string; createdAt: Date; extraAttempts: number; extraTimeSec: number }): QuizParticipant {
  return { id: p.id, displayName: p.displayName, joinedAt: p.createdAt, extraAttempts: p.extraAttempts, extraTimeSec: p.extraTimeSec };
}

/** Participants of the quiz with no attempt at all, oldest first (at most `limit`). */
export async function listNotStarted(teacherId: string, quizId: string, limit = 200): Promise<QuizParticipant[]> {
  const rows = await prisma.participant.findMany({
    where: { quizId, quiz: { teacherId }, attempts: { none: {} } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: fields,
  });
  return rows.map(toParticipant);
}

export interface ParticipantDetail {
  participant: QuizParticipant;
  quiz: { id: string; title: string; timeLimitSec: number | null };
  /** The participant's attempts, newest first, to link to their pages. */
  attempts: { id: string; number: number; status: string }[];
}

export async function getParticipantDetail(teacherId: string, quizId: string, participantId: string): Promise<ParticipantDetail | null> {
  const row = await prisma.participant.findFirst({
    where: { id: participantId, quizId, quiz: { teacherId } },
    select: {
      ...fields,
      quiz: { select: { id: true, title: true, timeLimitSec: true } },
      attempts: { select: { id: true, number: true, status: true }, orderBy: { number: "desc" } },
    },
  });
  if (!row) return null;
  return { participant: toParticipant(row), quiz: row.quiz, attempts: row.attempts };
}
