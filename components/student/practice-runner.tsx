"use client";
// Practice, one question at a time: the student answers, the server grades it and sends back
// the right answer, the evidence sentence and the explanation, shown at once. One idempotency
// key per question shown, kept when the student tries again after a network failure, so a
// double click or a retry is counted once (lib/server/learning/practice.ts).
import { useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { studentMessages } from "@/lib/i18n/messages/student";
import { practiceMessages } from "@/lib/i18n/messages/practice";
import type { PracticeQuestion, PracticeFeedback } from "@/lib/server/learning/practice";
import { formatDayKey } from "@/lib/learning/leitner";
import { randomUuid } from "@/lib/browser/random-uuid";
import type { DraftAnswer } from "./attempt-storage";
import { QuestionInput } from "./question-input";

interface Props {
  locale: Locale;
  questions: PracticeQuestion[];
  /** POST endpoint of one answer. */
  endpoint: string;
  backHref: string;
  backLabel: string;
  /** Show which quiz each question comes from (reviews mix quizzes). */
  showQuiz?: boolean;
}

function isAnswered(q: PracticeQuestion, a: DraftAnswer | undefined): boolean {
  if (q.kind === "ordering") return true; // the order on screen is an answer
  if (q.kind === "multiple_choice" || q.kind === "true_false") return !!a?.choiceId;
  return !!a?.text?.trim();
}


export function PracticeRunner({ locale, questions, endpoint, backHref, backLabel, showQuiz = false }: Readonly<Props>) {
  const t = practiceMessages[locale];
  const ts = studentMessages[locale];
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<DraftAnswer | undefined>();
  const [feedback, setFeedback] = useState<PracticeFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [rightCount, setRightCount] = useState(0);
  const [finished, setFinished] = useState(false);
  const inFlight = useRef(false);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  // A new key for each question shown; the same one for every try at that question.
  const keys = useMemo(() => questions.map(() => randomUuid()), [questions]);
  const q = questions[index];
  // Tests and slow phones: the form answers only once React runs it.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function check() {
    if (inFlight.current || feedback) return;
    if (!isAnswered(q, answer)) {
      setError(t.emptyAnswer);
      return;
    }
    const payload: Record<string, unknown> = { questionId: q.id };
    if (q.kind === "ordering") payload.choiceIds = answer?.choiceIds ?? (q.choices ?? []).map((c) => c.id);
    else if (q.kind === "multiple_choice" || q.kind === "true_false") payload.choiceId = answer?.choiceId;
    else payload.text = answer?.text ?? "";
    inFlight.current = true;
    setSending(true);
    setError(null);
    try {
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        credentials: "same-origin",
        cache: "no-store",
        body: JSON.stringify({ idempotencyKey: keys[index], answer: payload }),
      });
      const json = (await res.json().catch(() => null)) as (PracticeFeedback & { error?: { code?: string } }) | null;
      if (res.ok && json && typeof json.correct === "boolean") {
        setFeedback(json);
        if (json.correct) setRightCount((n) => n + 1);
        requestAnimationFrame(() => feedbackRef.current?.focus());
      } else if (res.status >= 500 || !json) {
        setError(t.networkError);
      } else {
        setError(t.errors[json.error?.code ?? ""] ?? t.errors.other);
      }
    } catch {
      setError(t.networkError);
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }

  function next() {
    if (index + 1 >= questions.length) {
      setFinished(true);
      requestAnimationFrame(() => questionRef.current?.focus());
      return;
    }
    setIndex(index + 1);
    setAnswer(undefined);
    setFeedback(null);
    setError(null);
    requestAnimationFrame(() => questionRef.current?.focus());
  }

  if (finished) {
    return (
      <section className="card" aria-labelledby="practice-done" ref={questionRef} tabIndex={-1} data-testid="practice-done">
        <h2 id="practice-done">{t.doneTitle}</h2>
        <p>{t.doneScore(rightCount, questions.length)}</p>
        <p>
          <Link href={backHref} prefetch={false}>
            {backLabel}
          </Link>
        </p>
      </section>
    );
  }

  const expected = feedback ? (Array.isArray(feedback.expected) ? feedback.expected.join(" → ") : feedback.expected) : "";
  return (
    <section className="card practice" aria-label={ts.questionOf(index + 1, questions.length)} data-ready={ready ? "true" : undefined}>
      <div ref={questionRef} tabIndex={-1}>
        {showQuiz && (
          <p className="muted small" lang={q.language}>
            {t.fromQuiz(q.quizTitle)}
          </p>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void check();
          }}
        >
          <QuestionInput
            key={q.id}
            question={q}
            number={index + 1}
            total={questions.length}
            answer={answer}
            disabled={!!feedback}
            language={q.language}
            t={ts}
            onAnswer={(a) => {
              setAnswer(a);
              setError(null);
            }}
          />
          {error && (
            <p className="alert error" role="alert">
              {error}
            </p>
          )}
          {!feedback && (
            <p>
              <button type="submit" disabled={sending} aria-disabled={sending}>
                {sending ? t.checking : t.check}
              </button>
            </p>
          )}
        </form>
      </div>
      {feedback && (
        <div ref={feedbackRef} tabIndex={-1} className={`alert ${feedback.correct ? "success" : "error"} practice-feedback`} data-testid="practice-feedback" role="status">
          <p>
            <strong>{feedback.correct ? t.right : t.wrong}</strong>
            {!feedback.correct && feedback.close && <> {t.close}</>}
          </p>
          {!feedback.correct && (
            <p>
              {t.expected} <strong lang={q.language}>{expected}</strong>
            </p>
          )}
          <p>
            {t.evidence} <q lang={q.language}>{feedback.evidence}</q>
          </p>
          {feedback.explanation && (
            <p>
              {t.explanation} <span lang={q.language}>{feedback.explanation}</span>
            </p>
          )}
          {feedback.card && (
            <p data-testid="card-outcome">
              {feedback.card.retired
                ? t.cardRetired
                : !feedback.card.moved
                  ? t.cardStill
                  : feedback.correct
                    ? t.cardUp(formatDayKey(feedback.card.dueDay, locale))
                    : t.cardBack(formatDayKey(feedback.card.dueDay, locale))}
            </p>
          )}
          <p>
            <button type="button" onClick={next}>
              {index + 1 >= questions.length ? t.finish : t.next}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
