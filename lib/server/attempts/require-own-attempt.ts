// The guard of the student attempt and results pages: the quiz of the join code, this device's
// participant in it, and the attempt in the state the page shows. An attempt in the other
// state redirects to its other page; a missing quiz, a missing cookie and someone else's
// attempt all end in the same plain 404.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { normaliseJoinCode } from "@/lib/quiz/join-code";
import { currentParticipant, type CurrentParticipant } from "@/lib/server/participants/participant-cookie";
import { getStartedQuizByCode, type PublicQuizSummary } from "@/lib/server/quizzes/public-quiz";

/** For each page: the state of an attempt that belongs on the other page, and that page. */
const otherPage = {
  attempt: { status: "submitted", page: "results" },
  results: { status: "in_progress", page: "attempt" },
} as const;

export interface OwnAttempt<V> {
  quiz: PublicQuizSummary;
  participant: CurrentParticipant;
  /** The quiz's landing page, `/q/<CODE>`. */
  base: string;
  view: V;
}

export async function requireOwnAttempt<V>(
  code: string,
  attemptId: string,
  page: keyof typeof otherPage,
  loadView: (attemptId: string, participantId: string) => Promise<V | null>,
): Promise<OwnAttempt<V>> {
  const joinCode = normaliseJoinCode(code);
  const quiz = joinCode ? await getStartedQuizByCode(joinCode) : null;
  const participant = quiz ? await currentParticipant(quiz.id) : null;
  if (!quiz || !participant) notFound();
  const base = `/q/${encodeURIComponent(quiz.joinCode)}`;
  const view = await loadView(attemptId, participant.id);
  if (!view) {
    const other = otherPage[page];
    const found = await prisma.attempt.findFirst({
      where: { id: attemptId, participantId: participant.id, status: other.status },
      select: { id: true },
    });
    if (found) redirect(`${base}/${other.page}/${encodeURIComponent(found.id)}`);
    notFound();
  }
  return { quiz, participant, base, view };
}
