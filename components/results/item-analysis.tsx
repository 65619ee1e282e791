// Per-question analysis: share correct, discrimination, each option's popularity in the class
// and in the strongest / weakest groups, and plain-language notes (a suspect key first).
import { AnswerValue } from "@/components/answer-value";
import type { ItemStats } from "@/lib/grading/item-analysis";
import type { Locale } from "@/lib/i18n/locales";
import type { ResultsMessages } from "@/lib/i18n/messages/results";
import { MIN_RELIABLE_N, type ItemNote, type ItemVerdict } from "@/lib/server/results/item-notes";
import type { ResultsQuestion } from "@/lib/server/results/types";
import { formatIndex, formatShare } from "./format";
import { AcceptAnswerButton, AcceptOtherForm, ChangeOrderForm, MakeKeyButton, type RegradeControls } from "./regrade-forms";

export interface AnalysedItem {
  question: ResultsQuestion;
  stats: ItemStats;
  verdict: ItemVerdict;
}

interface Props {
  items: readonly AnalysedItem[];
  groupSize: number;
  locale: Locale;
  t: ResultsMessages;
  /** Regrading buttons, on the owner's results page. */
  regrade?: RegradeControls;
}

function noteText(note: ItemNote, t: ResultsMessages): string {
  switch (note.code) {
    case "too_few":
      return t.notes.too_few(note.n, MIN_RELIABLE_N);
    case "key_suspect":
      return t.notes.key_suspect(note.choice, note.upper, note.keyUpper, note.groupSize);
    case "non_functioning":
      return t.notes.non_functioning(note.choices);
    case "frequent_wrong":
      return t.notes.frequent_wrong(note.answer, note.count);
    case "many_omitted":
      return t.notes.many_omitted(note.count);
    default:
      return t.notes[note.code];
  }
}

/** Plain reading of D, with the usual thresholds (Ebel: 0.3 good, below 0.1 weak). */
function dLevel(d: number): "good" | "some" | "none" | "reversed" {
  if (d < 0) return "reversed";
  if (d >= 0.3) return "good";
  return d >= 0.1 ? "some" : "none";
}

/** A share as a small bar; decorative, the number is in the next cell. */
function ShareBar({ share, isKey }: { share: number; isKey: boolean }) {
  return (
    <svg className="share-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x={0} y={0} width={100} height={10} fill="#eef0f4" />
      <rect x={0} y={0} width={Math.max(0, Math.min(100, share * 100))} height={10} fill={isKey ? "#1d7a46" : "#1f5fbf"} />
    </svg>
  );
}

function ItemCard({ item, groupSize, locale, t, regrade }: { item: AnalysedItem; groupSize: number; locale: Locale; t: ResultsMessages; regrade?: RegradeControls }) {
  const { question: q, stats: s, verdict: v } = item;
  const target = regrade ? { controls: regrade, questionId: q.id, number: q.number } : null;
  const freeText = q.kind === "fill_blank" || q.kind === "short_answer";
  const titleId = `q${q.number}-title`;
  const suspect = v.notes.find((n) => n.code === "key_suspect");
  const others = v.notes.filter((n) => n.code !== "key_suspect");
  return (
    <article className={`card item-card${v.keySuspect ? " item-flagged" : ""}`} id={`q${q.number}`} tabIndex={-1} aria-labelledby={titleId} data-testid={`item-q${q.number}`}>
      <h3 id={titleId}>
        {t.questionN(q.number)} <span className="muted small">· {t.kind[q.kind] ?? q.kind}</span>
        {v.keySuspect && (
          <>
            {" "}
            <span className="badge badge-warn">⚠ {t.checkKeyBadge}</span>
          </>
        )}
      </h3>
      <p className="item-prompt">{q.prompt}</p>
      {suspect && (
        <p className="alert warning" data-testid="key-flag">
          {noteText(suspect, t)}
        </p>
      )}
      <dl className="stat-grid">
        <div>
          <dt>{t.pCorrect}</dt>
          <dd>
            {formatShare(locale, s.p)} <span className="muted small">({s.correctCount}/{s.n})</span>
          </dd>
        </div>
        <div>
          <dt>
            {t.discriminationD}
          </dt>
          <dd>{v.reliable ? formatIndex(locale, s.discrimination) : <span className="badge">{t.unreliable}</span>}</dd>
        </div>
        <div>
          <dt>
            {t.pointBiserial}
          </dt>
          <dd>{v.reliable ? formatIndex(locale, s.pointBiserial) : <span className="badge">{t.unreliable}</span>}</dd>
        </div>
        <div>
          <dt>{t.omitted}</dt>
          <dd>{s.omitted}</dd>
        </div>
      </dl>
      {s.p !== null && (
        <p className="item-plain" data-testid="item-plain">
          {t.plainP(formatShare(locale, s.p), s.p >= 0.8 ? "easy" : s.p < 0.4 ? "hard" : "medium")}{" "}
          {v.reliable && s.discrimination !== null ? t.plainD(dLevel(s.discrimination)) : t.plainTooFew}
        </p>
      )}
      {others.length > 0 && (
        <ul className="item-notes">
          {others.map((n, i) => (
            <li key={i} className={`note-${n.code}`}>
              {noteText(n, t)}
            </li>
          ))}
        </ul>
      )}
      {s.choices ? (
        <table className="choice-table">
          <caption className="visually-hidden">{t.questionN(q.number)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.choiceCol}</th>
              <th scope="col" className="num">
                {t.countCol}
              </th>
              <th scope="col" className="num">
                {t.shareCol}
              </th>
              <th scope="col" className="bar-col" aria-hidden="true"></th>
              {v.reliable && (
                <>
                  <th scope="col" className="num">
                    {t.upperCol} ({groupSize})
                  </th>
                  <th scope="col" className="num">
                    {t.lowerCol} ({groupSize})
                  </th>
                </>
              )}
              {target && (
                <th scope="col">
                  <span className="visually-hidden">{regrade?.t.makeKey}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {s.choices.map((c) => (
              <tr key={c.choice} className={c.isKey ? "is-key" : undefined}>
                <th scope="row">
                  {c.choice}
                  {c.isKey && (
                    <>
                      {" "}
                      <span className="badge badge-ok">✓ {t.keyMark}</span>
                    </>
                  )}
                </th>
                <td className="num">{c.count}</td>
                <td className="num">{formatShare(locale, c.share)}</td>
                <td className="bar-col">
                  <ShareBar share={c.share} isKey={c.isKey} />
                </td>
                {v.reliable && (
                  <>
                    <td className="num">{c.upper}</td>
                    <td className="num">{c.lower}</td>
                  </>
                )}
                {target && <td>{!c.isKey && <MakeKeyButton {...target} choice={c.choice} />}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="expected">
          <strong>{t.expected}</strong> <AnswerValue value={q.answer} />
        </div>
      )}
      {target && freeText && <AcceptOtherForm {...target} />}
      {target && q.kind === "ordering" && Array.isArray(q.answer) && <ChangeOrderForm {...target} items={q.answer} />}
      {s.invalid > 0 && <p className="muted small">{t.invalidResponses(s.invalid)}</p>}
      {s.wrongAnswers.length > 0 && (
        <details className="wrong-answers">
          <summary>{t.wrongAnswersTitle}</summary>
          <ul>
            {s.wrongAnswers.map((w) => (
              <li key={w.answer}>
                {t.quote(w.answer)} × {w.count}
                {target && freeText && (
                  <>
                    {" "}
                    <AcceptAnswerButton {...target} answer={w.answer} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

export function ItemAnalysis({ items, groupSize, locale, t, regrade }: Readonly<Props>) {
  const flagged = items.filter((i) => i.verdict.keySuspect);
  return (
    <section aria-labelledby="items-title" className="items-section">
      <h2 id="items-title">{t.itemsTitle}</h2>
      <p className="muted">{t.itemsIntro}</p>
      <section className="card glossary" aria-labelledby="glossary-title">
        <h3 id="glossary-title">{t.glossaryTitle}</h3>
        <ul>
          <li>{t.glossary.p}</li>
          <li>{t.glossary.d}</li>
          <li>{t.glossary.r}</li>
          <li>{t.glossary.omitted}</li>
        </ul>
      </section>
      {flagged.length > 0 && (
        <div className="alert warning" role="note">
          <p>{t.flaggedSummary(flagged.length)}</p>
          <ul>
            {flagged.map((i) => (
              <li key={i.question.id}>
                <a href={`#q${i.question.number}`}>{t.questionN(i.question.number)}</a> — {i.question.prompt}
              </li>
            ))}
          </ul>
        </div>
      )}
      {items.map((item) => (
        <ItemCard key={item.question.id} item={item} groupSize={groupSize} locale={locale} t={t} regrade={regrade} />
      ))}
    </section>
  );
}
