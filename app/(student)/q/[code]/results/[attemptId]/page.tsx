import { notFound, redirect } from "next/navigation";
import type { Metadata } from "next";
import Link from "next/link";
import { AttemptHistory } from "@/components/student/attempt-history";
import { ResultsList } from "@/components/student/results-list";
import "@/components/student/student.css";
import { prisma } from "@/lib/db";
import { studentMessages } from "@/lib/i18n/messages/student";
import { getLocale } from "@/lib/i18n/server";
import { normaliseJoinCode } from "@/lib/quiz/join-code";
import { listParticipantAttempts } from "@/lib/server/attempts/history";
import { getAttemptResults } from "@/lib/server/attempts/results-view";
import { currentParticipant } from "@/lib/server/participants/participant-cookie";
import { getStartedQuizByCode } from "@/lib/server/quizzes/public-quiz";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Résultats", robots: { index: false } };

export default async function ResultsPage({ params }: { params: Promise<{ code: string; attemptId: string }> }) {
  const { code, attemptId } = await params;
  const joinCode = normaliseJoinCode(code);
  const quiz = joinCode ? await getStartedQuizByCode(joinCode) : null;
  const participant = quiz ? await currentParticipant(quiz.id) : null;
  // Only the device that made the attempt sees it; anything else is a plain 404.
  if (!quiz || !participant) notFound();
  const base = `/q/${encodeURIComponent(quiz.joinCode)}`;
  const view = await getAttemptResults(attemptId, participant.id);
  if (!view) {
    const open = await prisma.attempt.findFirst({
      where: { id: attemptId, participantId: participant.id, status: "in_progress" },
      select: { id: true },
    });
    if (open) redirect(`${base}/attempt/${encodeURIComponent(open.id)}`);
    notFound();
  }
  const locale = await getLocale();
  const t = studentMessages[locale];
  const attempts = await listParticipantAttempts(participant.id);
  const date = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <section className="card results-head" aria-labelledby="results-title">
        <h1 id="results-title">{t.resultsTitle}</h1>
        <p className="muted" lang={view.quiz.language}>
          {view.quiz.title} · {t.attemptHeading(view.number)} · {participant.displayName}
        </p>
        <p className="score" data-testid="score">
          <span className="score-label">{t.scoreLabel}</span>{" "}
          <strong className="score-value">{t.scoreLine(view.score, view.maxScore)}</strong>
        </p>
        <p className="muted small">
          {t.submittedOn} {date.format(new Date(view.submittedAt))}
          {view.late && <span className="badge late-badge"> {t.lateFlag}</span>}
        </p>
        {view.reveal === "after_close" && <p className="alert warning">{t.answersAfterClose}</p>}
        {view.reveal === "never" && <p className="alert warning">{t.answersNever}</p>}
        <p>
          <Link href={base} prefetch={false}>
            {t.backToQuiz}
          </Link>
        </p>
      </section>
      <ResultsList locale={locale} view={view} />
      <AttemptHistory locale={locale} joinCode={quiz.joinCode} attempts={attempts} currentId={view.attemptId} />
    </>
  );
}
