// One question on the review screen: its text, answer, checks (pass/fail) and the paragraph of
// the article that proves it, with the evidence highlighted. Actions and the editor are slots.
import type { ReactNode } from "react";
import { ArticleText } from "@/components/article-text";
import type { TeacherMessages } from "@/lib/i18n/messages/teacher";
import type { QuestionCheck } from "@/lib/quiz/check-question";
import type { TeacherQuestion } from "@/lib/server/quizzes/teacher-quiz";
import "./teacher.css";

interface Props {
  question: TeacherQuestion;
  index: number;
  checks: QuestionCheck[];
  articleText: string;
  t: TeacherMessages;
  actions?: ReactNode;
  editor?: ReactNode;
}

/** The paragraph(s) around the evidence, with the evidence offsets shifted to match. */
function evidenceParagraph(text: string, start: number, end: number) {
  if (start < 0 || end > text.length || end <= start) return null;
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const next = text.indexOf("\n", end);
  const to = next < 0 ? text.length : next;
  return { text: text.slice(from, to), start: start - from, end: end - from };
}

export function QuestionCard({ question: q, index, checks, articleText, t, actions, editor }: Readonly<Props>) {
  const headingId = `q-${q.id}-title`;
  const para = evidenceParagraph(articleText, q.evidenceStart, q.evidenceEnd);
  const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
  return (
    <article id={`q-${q.id}`} className={`card question-card ${q.reviewState}`} aria-labelledby={headingId} data-testid="question">
      <div className="question-head">
        {/* Focus target after an action on this card (tabIndex -1: reachable by script, not by Tab). */}
        <h3 id={headingId} tabIndex={-1}>
          {t.questionN(index + 1)} · {t.kindLabels[q.kind]}
        </h3>
        <span className={`badge ${q.reviewState}`}>{q.reviewState === "approved" ? t.approvedBadge : t.pendingBadge}</span>
      </div>
      <p className="muted small">
        {q.skill ? <>{t.skillLabels[q.skill]} · </> : null}{t.categoryLabels[q.category]} · {t.sourceLabels[q.source]} · {t.difficultyLabels[String(q.difficulty)]}
      </p>
      <p className="prompt">{q.prompt}</p>
      {q.kind === "multiple_choice" && q.choices && (
        <>
          <h4 className="visually-hidden">{t.choicesHeading}</h4>
          <ul>
            {q.choices.map((c) => (
              <li key={c} className={c === q.answer ? "right-choice" : undefined}>
                {c}
                {c === q.answer && <span className="visually-hidden"> ({t.answerHeading})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {q.kind === "ordering" ? (
        <>
          <h4>{t.orderHeading}</h4>
          <ol>
            {answers.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ol>
        </>
      ) : (
        q.kind !== "multiple_choice" && (
          <p>
            <strong>{t.answerHeading}{t.colon}</strong> {answers.join(", ")}
            {q.accepted.length > 0 && (
              <span className="muted">
                {" "}
                ({t.acceptedHeading}{t.colon} {q.accepted.join(", ")})
              </span>
            )}
          </p>
        )
      )}
      {q.explanation && (
        <p className="small">
          <strong>{t.explanationHeading}{t.colon}</strong> {q.explanation}
        </p>
      )}
      <h4>{t.evidenceHeading}</h4>
      {/* Wide screens show the article beside the cards: the sentence alone, linked to it there. */}
      <p className="evidence-sentence">
        <mark>{q.evidenceText}</mark> <a href={`#ev-${q.id}`}>{t.evidenceInArticleLink}</a>
      </p>
      <div className="evidence evidence-context">{para ? <ArticleText text={para.text} highlights={[{ start: para.start, end: para.end, label: t.evidenceLabel }]} /> : <p>{q.evidenceText}</p>}</div>
      <h4>{t.checksHeading}</h4>
      <ul className="checks" data-testid="checks">
        {checks.map((c) => (
          <li key={c.id} className={c.ok ? "ok" : "fail"}>
            {t.checkLabels[c.id]} <span className="visually-hidden">({c.ok ? t.checkOk : t.checkFailed})</span>
          </li>
        ))}
      </ul>
      {actions}
      {editor}
    </article>
  );
}
