// The class at a glance: counts, central tendency, spread and reliability.
import type { QuizSummary } from "@/lib/grading/item-analysis";
import type { Locale } from "@/lib/i18n/locales";
import type { ResultsMessages } from "@/lib/i18n/messages/results";
import { LocalTime } from "@/components/local-time";
import { formatIndex, formatNumber, formatPercent } from "./format";

interface Props {
  summary: QuizSummary;
  maxScore: number;
  participants: number;
  submittedCount: number;
  inProgressCount: number;
  lastSubmittedAt: Date | null;
  reliable: boolean;
  viewLabel: string;
  locale: Locale;
  t: ResultsMessages;
}

export function ResultsSummary(p: Readonly<Props>) {
  const { summary: s, t, locale } = p;
  const score = (x: number | null) =>
    x == null ? "—" : `${formatNumber(locale, x)} / ${p.maxScore} (${formatPercent(locale, p.maxScore ? (100 * x) / p.maxScore : 0)})`;
  return (
    <section className="card" aria-labelledby="summary-title">
      <h2 id="summary-title">{t.summaryTitle}</h2>
      <p className="results-counts" data-testid="results-counts">
        <strong data-testid="participants-count">{t.participantsCount(p.participants)}</strong>
        {" · "}
        <span data-testid="submitted-count">{t.submittedCount(p.submittedCount)}</span>
        {" · "}
        <span data-testid="in-progress-count">{t.inProgressCount(p.inProgressCount)}</span>
        {p.lastSubmittedAt && (
          <>
            {" · "}
            {t.lastSubmission} <LocalTime iso={p.lastSubmittedAt.toISOString()} locale={locale} variant="short" />
          </>
        )}
      </p>
      {s.n > 0 && (
        <dl className="stat-grid">
          <div>
            <dt>{t.meanScore}</dt>
            <dd data-testid="mean-score">{score(s.mean)}</dd>
          </div>
          <div>
            <dt>{t.medianScore}</dt>
            <dd>{score(s.median)}</dd>
          </div>
          <div>
            <dt>{t.sdScore}</dt>
            <dd>{formatNumber(locale, s.sd, 2)}</dd>
          </div>
          <div>
            <dt>{t.rangeScore}</dt>
            <dd>
              {formatNumber(locale, s.min)} – {formatNumber(locale, s.max)}
            </dd>
          </div>
          <div>
            <dt>
              {t.kr20}
            </dt>
            <dd>
              {p.reliable ? formatIndex(locale, s.kr20) : <span className="badge">{t.unreliable}</span>}
              <span className="stat-plain">{t.kr20Plain}</span>
            </dd>
          </div>
        </dl>
      )}
      {s.n > 0 && <p className="muted small">{t.statsOn(s.n, p.viewLabel)}</p>}
    </section>
  );
}
