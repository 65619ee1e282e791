import Link from "next/link";
import { notFound } from "next/navigation";
import "@/components/results/results.css";
import { AnswerReviewList } from "@/components/results/answer-review";
import { formatDuration, formatNumber, formatPercent } from "@/components/results/format";
import { LocalTime } from "@/components/local-time";
import { getLocale } from "@/lib/i18n/server";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { requireTeacher } from "@/lib/server/auth";
import { getAttemptDetail } from "@/lib/server/results/queries";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { AccommodationsForm } from "@/components/results/accommodations-form";
import { GradeChanges } from "@/components/results/grade-changes";
import { gradeFeedback } from "@/components/results/grade-feedback";
import { ActionFeedback } from "@/components/teacher/announce";
import { regradeMessages } from "@/lib/i18n/messages/regrade";
import { getGradeChanges } from "@/lib/server/results/queries";
import { extraAttemptAction, extraTimeAction, overrideAnswerAction } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("studentAttempt");

interface Props {
  params: Promise<{ id: string; attemptId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AttemptDetailPage({ params, searchParams }: Props) {
  const { id, attemptId } = await params;
  const resultsPath = `/teacher/quizzes/${encodeURIComponent(id)}/results`;
  const teacher = await requireTeacher(`${resultsPath}/${encodeURIComponent(attemptId)}`);
  const detail = await getAttemptDetail(teacher.id, id, attemptId);
  if (!detail) notFound();
  const locale = await getLocale();
  const t = resultsMessages[locale];
  const rt = regradeMessages[locale];
  const a = detail.attempt;
  const feedback = gradeFeedback(await searchParams, rt, { name: detail.participant.displayName });
  const changes = await getGradeChanges(teacher.id, id, { attemptId: a.id, participantId: detail.participant.id, limit: 50 });
  const submitted = detail.status === "submitted";
  return (
    <>
      <section className="card" aria-labelledby="attempt-title">
        <p className="no-print">
          <Link href={resultsPath}>{t.backToResults}</Link>
        </p>
        <h1 id="attempt-title" tabIndex={-1}>{t.attemptTitle(detail.participant.displayName, a.number)}</h1>
        <p className="muted">{detail.quiz.title}</p>
        <dl className="stat-grid">
          <div>
            <dt>{t.score}</dt>
            <dd data-testid="attempt-score">
              {detail.status === "submitted"
                ? `${formatNumber(locale, a.score)} / ${formatNumber(locale, a.maxScore)} (${formatPercent(locale, a.percent)})`
                : t.notSubmitted}
            </dd>
          </div>
          <div>
            <dt>{t.duration}</dt>
            <dd>{formatDuration(a.durationMs)}</dd>
          </div>
          <div>
            <dt>{t.started}</dt>
            <dd>
              <LocalTime iso={a.startedAt.toISOString()} locale={locale} variant="short" />
            </dd>
          </div>
          <div>
            <dt>{t.submitted}</dt>
            <dd>
              {a.submittedAt ? <LocalTime iso={a.submittedAt.toISOString()} locale={locale} variant="short" /> : t.notSubmitted}
              {a.late && (
                <>
                  {" "}
                  <span className="badge badge-warn">{t.late}</span>
                </>
              )}
            </dd>
          </div>
        </dl>
        {detail.otherAttempts.length > 1 && (
          <nav aria-label={t.attemptsOfParticipant} className="no-print">
            <ul className="attempt-switch">
              {detail.otherAttempts.map((o) => (
                <li key={o.id}>
                  {o.id === a.id ? (
                    <strong aria-current="page">{t.attemptN(o.number)}</strong>
                  ) : (
                    <Link href={`${resultsPath}/${encodeURIComponent(o.id)}`}>{t.attemptN(o.number)}</Link>
                  )}{" "}
                  <span className="muted small">
                    ({o.status === "submitted" ? formatPercent(locale, o.percent) : t.inProgress})
                  </span>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <ActionFeedback notice={feedback.notice} error={feedback.error} stamp={feedback.stamp} />
      </section>
      <AccommodationsForm
        quizId={id}
        attemptId={a.id}
        participantId={detail.participant.id}
        extraAttempts={detail.participant.extraAttempts}
        extraTimeSec={detail.participant.extraTimeSec}
        timeLimitSec={detail.timeLimitSec}
        extraAttemptAction={extraAttemptAction}
        extraTimeAction={extraTimeAction}
        t={rt}
      />
      <GradeChanges entries={changes} locale={locale} t={rt} />
      <AnswerReviewList
        answers={detail.answers}
        locale={locale}
        t={t}
        override={submitted ? { action: overrideAnswerAction, quizId: id, attemptId: a.id, t: rt } : undefined}
      />
    </>
  );
}
