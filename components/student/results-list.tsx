// A submitted attempt's questions: the student's answer and — when the quiz's policy reveals
// answers — correctness, the expected answer, the explanation and the evidence sentence,
// linked to its highlight in the article below.
import { AnswerValue } from "@/components/answer-value";
import { ArticleText, type Highlight } from "@/components/article-text";
import type { Locale } from "@/lib/i18n/locales";
import { studentMessages } from "@/lib/i18n/messages/student";
import type { AttemptResultsView } from "@/lib/server/attempts/results-view";

interface Props {
  locale: Locale;
  view: AttemptResultsView;
}

/** One highlight per distinct evidence span (ArticleText skips overlaps), labelled with the
 * numbers of every question it proves. */
function evidenceHighlights(view: AttemptResultsView, labelFor: (numbers: string) => string, backLabel: (n: number) => string) {
  const article = view.article?.text ?? "";
  const spans = new Map<string, { start: number; end: number; numbers: number[]; id: string }>();
  const anchorOf = new Map<string, string>();
  view.questions.forEach((q, i) => {
    const e = q.reveal?.evidence;
    if (!e || e.end <= e.start || article.slice(e.start, e.end) !== e.text) return;
    const key = `${e.start}:${e.end}`;
    const span = spans.get(key) ?? { start: e.start, end: e.end, numbers: [], id: `evidence-${i + 1}` };
    span.numbers.push(i + 1);
    spans.set(key, span);
    anchorOf.set(q.id, span.id);
  });
  const highlights: Highlight[] = [...spans.values()].map((s) => ({
    start: s.start,
    end: s.end,
    id: s.id,
    label: labelFor(s.numbers.join(", ")),
    // The jump to the article is one way on a long phone page: offer the way back.
    after: (
      <span className="back-links">
        {s.numbers.map((n) => (
          <a key={n} href={`#result-${n}`} className="back-link">
            ↩ {backLabel(n)}
          </a>
        ))}
      </span>
    ),
  }));
  return { highlights, anchorOf };
}

export function ResultsList({ locale, view }: Readonly<Props>) {
  const t = studentMessages[locale];
  const { highlights, anchorOf } = evidenceHighlights(view, t.evidenceLabel, t.backToQuestion);
  return (
    <>
      <h2 className="visually-hidden">{t.questionsTitle}</h2>
      <ol className="plain results-list">
        {view.questions.map((q, i) => (
          <li
            key={q.id}
            id={`result-${i + 1}`}
            className={`card result${q.correct === undefined ? "" : q.correct ? " is-correct" : " is-incorrect"}`}
            data-question-id={q.id}
          >
            <h3>
              <span className="question-number">
                {t.questionOf(i + 1, view.questions.length)} · {t.kindLabels[q.kind]}
              </span>
              <span className="question-prompt" lang={view.quiz.language}>
                {q.prompt}
              </span>
            </h3>
            {q.correct !== undefined && (
              <p className={`verdict ${q.correct ? "ok" : "bad"}`}>
                <span aria-hidden="true">{q.correct ? "✓" : "✗"}</span> {q.correct ? t.correct : t.incorrect}
              </p>
            )}
            <dl className="result-details" lang={view.quiz.language}>
              <dt>{t.yourAnswer}</dt>
              <dd className="given">
                <AnswerValue value={q.given} empty={t.noAnswer} />
              </dd>
              {q.reveal && (
                <>
                  <dt>{t.rightAnswer}</dt>
                  <dd className="expected">
                    <AnswerValue value={q.reveal.expected} empty="—" />
                  </dd>
                  {q.reveal.explanation && (
                    <>
                      <dt>{t.explanation}</dt>
                      <dd className="explanation">{q.reveal.explanation}</dd>
                    </>
                  )}
                  <dt>{t.evidence}</dt>
                  <dd>
                    <blockquote className="evidence">{q.reveal.evidence.text}</blockquote>
                    {anchorOf.has(q.id) && <a href={`#${anchorOf.get(q.id)}`}>{t.seeInArticle}</a>}
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>
      {view.article && (
        <section className="card" aria-labelledby="article-title">
          <h2 id="article-title">{t.articleWithEvidence}</h2>
          <h3 lang={view.quiz.language}>{view.article.title}</h3>
          <div lang={view.quiz.language}>
            <ArticleText text={view.article.text} highlights={highlights} />
          </div>
        </section>
      )}
    </>
  );
}
