import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { AttemptHistory } from "@/components/student/attempt-history";
import { ResultsList } from "@/components/student/results-list";
import { ResultsSummary } from "@/components/student/results-summary";
import "@/components/student/student.css";
import { studentMessages } from "@/lib/i18n/messages/student";
import { getLocale } from "@/lib/i18n/server";
import { listParticipantAttempts } from "@/lib/server/attempts/history";
import { requireOwnAttempt } from "@/lib/server/attempts/require-own-attempt";
import { getAttemptResults } from "@/lib/server/attempts/results-view";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { practiceMessages } from "@/lib/i18n/messages/practice";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("studentResults", { robots: { index: false } });

export default async function ResultsPage({ params }: { params: Promise<{ code: string; attemptId: string }> }) {
  const { code, attemptId } = await params;
  const { quiz, participant, base, view } = await requireOwnAttempt(code, attemptId, "results", getAttemptResults);
  const locale = await getLocale();
  const t = studentMessages[locale];
  const attempts = await listParticipantAttempts(participant.id);
  const tp = practiceMessages[locale];
  // Practice needs the verdicts, so it is offered only when the answers are shown.
  const missed = view.reveal === "revealed" ? view.questions.filter((q) => q.correct === false).length : 0;
  const rostered = missed > 0 && (await prisma.participant.count({ where: { id: participant.id, studentId: { not: null } } })) > 0;
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
          {t.submittedOn} <LocalTime iso={new Date(view.submittedAt).toISOString()} locale={locale} />
          {view.late && <span className="badge late-badge"> {t.lateFlag}</span>}
        </p>
        <ResultsSummary locale={locale} view={view} />
        {missed > 0 && (
          <div className="practice-offer" data-testid="practice-offer">
            <p>
              <Link href={`${base}/results/${encodeURIComponent(view.attemptId)}/practice`} prefetch={false} className="button">
                {tp.practiceButton}
              </Link>
            </p>
            <p className="muted small">
              {tp.practiceHelp(missed)}
              {rostered && <> {tp.practiceRosterHelp}</>}
            </p>
          </div>
        )}
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
