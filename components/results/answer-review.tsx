// One student's answers: what they gave, whether it was right, the key and the evidence.
import { AnswerValue } from "@/components/answer-value";
import type { Locale } from "@/lib/i18n/locales";
import type { ResultsMessages } from "@/lib/i18n/messages/results";
import type { AnswerReview } from "@/lib/server/results/load-attempt";
import type { RegradeMessages } from "@/lib/i18n/messages/regrade";
import { OverrideButton } from "./regrade-forms";

interface Props {
  answers: readonly AnswerReview[];
  locale: Locale;
  t: ResultsMessages;
  /** Right/wrong buttons per answer, on a submitted attempt of the owner's quiz. */
  override?: { action: (data: FormData) => Promise<void>; quizId: string; attemptId: string; t: RegradeMessages };
}

export function AnswerReviewList({ answers, t, override }: Readonly<Props>) {
  return (
    <ol className="answer-review">
      {answers.map(({ question: q, given, correct, override: mark }) => (
        <li
          key={q.id}
          className={`card review-item ${correct ? "is-correct" : "is-wrong"}`}
          data-testid={`answer-q${q.number}`}
          id={`answer-q${q.number}`}
          tabIndex={-1}
        >
          <h2 className="review-title">
            {t.questionN(q.number)}{" "}
            <span className={`badge ${correct ? "badge-ok" : "badge-bad"}`}>{correct ? `✓ ${t.correct}` : `✗ ${t.incorrect}`}</span>
            {mark !== null && override && <span className="muted small"> ({override.t.overridden})</span>}
          </h2>
          {override && (
            <OverrideButton
              action={override.action}
              quizId={override.quizId}
              attemptId={override.attemptId}
              questionId={q.id}
              number={q.number}
              correct={!correct}
              t={override.t}
            />
          )}
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
