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

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("studentAttempt");

interface Props {
  params: Promise<{ id: string; attemptId: string }>;
}

export default async function AttemptDetailPage({ params }: Props) {
  const { id, attemptId } = await params;
  const resultsPath = `/teacher/quizzes/${encodeURIComponent(id)}/results`;
  const teacher = await requireTeacher(`${resultsPath}/${encodeURIComponent(attemptId)}`);
  const detail = await getAttemptDetail(teacher.id, id, attemptId);
  if (!detail) notFound();
  const locale = await getLocale();
  const t = resultsMessages[locale];
  const a = detail.attempt;
  return (
    <>
      <section className="card" aria-labelledby="attempt-title">
        <p className="no-print">
          <Link href={resultsPath}>{t.backToResults}</Link>
        </p>
        <h1 id="attempt-title">{t.attemptTitle(detail.participant.displayName, a.number)}</h1>
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
      </section>
      <AnswerReviewList answers={detail.answers} locale={locale} t={t} />
    </>
  );
}
