// The top of a student's results page: the mark out of 20 and, when the quiz reveals which
// answers were right, links to the questions to review — a phone page runs to many screens.
import type { Locale } from "@/lib/i18n/locales";
import { studentMessages } from "@/lib/i18n/messages/student";
import type { AttemptResultsView } from "@/lib/server/attempts/results-view";

interface Props {
  locale: Locale;
  view: AttemptResultsView;
}

export function ResultsSummary({ locale, view }: Readonly<Props>) {
  const t = studentMessages[locale];
  const numbers = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 1 });
  const mark = view.maxScore > 0 ? numbers.format(Math.round((200 * view.score) / view.maxScore) / 10) : null;
  const revealed = view.questions.some((q) => q.correct !== undefined);
  const wrong = view.questions.flatMap((q, i) => (q.correct === false ? [i + 1] : []));
  return (
    <div className="results-summary" data-testid="results-summary">
      {mark !== null && (
        <p className="mark" data-testid="mark20">
          <span>{t.markLabel}</span> <strong className="score-value">{t.markLine(mark)}</strong>
        </p>
      )}
      {revealed &&
        (wrong.length ? (
          <nav aria-label={t.toReview} className="to-review">
            <span className="to-review-label">{t.toReviewLead}</span>{" "}
            <ul className="inline-list">
              {wrong.map((n) => (
                <li key={n}>
                  <a href={`#result-${n}`}>{t.toReviewLink(n)}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <p className="alert success">{t.allRight}</p>
        ))}
    </div>
  );
}
