// One student's answers: what they gave, whether it was right, the key and the evidence.
import { AnswerValue } from "@/components/answer-value";
import type { Locale } from "@/lib/i18n/locales";
import type { ResultsMessages } from "@/lib/i18n/messages/results";
import type { AnswerReview } from "@/lib/server/results/load-attempt";

interface Props {
  answers: readonly AnswerReview[];
  locale: Locale;
  t: ResultsMessages;
}

export function AnswerReviewList({ answers, t }: Readonly<Props>) {
  return (
    <ol className="answer-review">
      {answers.map(({ question: q, given, correct }) => (
        <li key={q.id} className={`card review-item ${correct ? "is-correct" : "is-wrong"}`} data-testid={`answer-q${q.number}`}>
          <h2 className="review-title">
            {t.questionN(q.number)}{" "}
            <span className={`badge ${correct ? "badge-ok" : "badge-bad"}`}>{correct ? `✓ ${t.correct}` : `✗ ${t.incorrect}`}</span>
          </h2>
          <p className="item-prompt">{q.prompt}</p>
          <dl className="review-dl">
            <dt>{t.givenAnswer}</dt>
            <dd data-testid="given">
              <AnswerValue value={given} empty={t.noAnswer} />
            </dd>
            <dt>{t.expectedTitle}</dt>
            <dd data-testid="expected">
              <AnswerValue value={q.answer} empty="—" />
              {q.accepted.length > 0 && (
                <span className="muted small">
                  {" "}
                  ({t.pair(t.acceptedAlso, q.accepted.join(", "))})
                </span>
              )}
            </dd>
            <dt>{t.evidence}</dt>
            <dd>
              <blockquote className="evidence">{q.evidenceText}</blockquote>
            </dd>
            {q.explanation && (
              <>
                <dt>{t.explanation}</dt>
                <dd>{q.explanation}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ol>
  );
}
