"use client";
// Taking a quiz: one question at a time or all on one page, progress, optional timer,
// answers and the current question kept on this device until submitted, and an idempotent submission. It receives only the student
// view (no answer key exists in the browser) and never grades anything itself.
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { studentMessages } from "@/lib/i18n/messages/student";
import type { StudentAttemptView } from "@/lib/server/attempts/student-view";
import {
  clearDraft,
  loadDraft,
  loadViewMode,
  rotateKey,
  saveDraft,
  saveViewMode,
  type AttemptDraft,
  type DraftAnswer,
  type SubmissionPayload,
  type ViewMode,
} from "./attempt-storage";
import { Countdown } from "./countdown";
import { QuestionInput } from "./question-input";
import { useSubmission } from "./use-submission";

interface Props {
  view: StudentAttemptView;
  locale: Locale;
}

function isAnswered(kind: string, a: DraftAnswer | undefined, touched: boolean): boolean {
  if (kind === "ordering") return touched;
  if (kind === "multiple_choice" || kind === "true_false") return !!a?.choiceId;
  return !!a?.text?.trim();
}

export function QuizRunner({ view, locale }: Readonly<Props>) {
  const t = studentMessages[locale];
  const router = useRouter();
  const { questions } = view;
  const total = questions.length;
  const resultsPath = `/q/${encodeURIComponent(view.quiz.joinCode)}/results/${encodeURIComponent(view.attemptId)}`;
  const { state, send } = useSubmission(`/api/attempts/${encodeURIComponent(view.attemptId)}/submit`);

  const [draft, setDraft] = useState<AttemptDraft | null>(null);
  const [mode, setMode] = useState<ViewMode>("one");
  const [index, setIndex] = useState(0);
  const [confirmUnanswered, setConfirmUnanswered] = useState(false);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const questionCard = useRef<HTMLDivElement>(null);
  const runnerBar = useRef<HTMLDivElement>(null);
  const navList = useRef<HTMLOListElement>(null);

  // Browser storage is read after hydration, so server and client render the same markup.
  useEffect(() => {
    const loaded = loadDraft(view.attemptId);
    setDraft(loaded);
    setMode(loadViewMode());
    const at = questions.findIndex((q) => q.id === loaded.current);
    if (at > 0) setIndex(at);
  }, [view.attemptId, questions]);

  useEffect(() => {
    if (draft) saveDraft(view.attemptId, draft);
  }, [draft, view.attemptId]);

  useEffect(() => {
    // Keep the current question's button visible in the sideways-scrolling row (phones).
    const nav = navList.current;
    const dot = nav?.querySelector<HTMLElement>('[aria-current="step"]');
    if (nav && dot && nav.scrollWidth > nav.clientWidth) {
      nav.scrollLeft = Math.max(0, dot.offsetLeft - nav.offsetLeft - (nav.clientWidth - dot.offsetWidth) / 2);
    }
    if (!moved.current) return;
    questionHeading.current?.focus({ preventScroll: true });
    // Bring the new question just below the sticky bar, never underneath it.
    const card = questionCard.current;
    const bar = runnerBar.current;
    if (card && bar) {
      const top = card.getBoundingClientRect().top;
      const barBottom = bar.getBoundingClientRect().bottom;
      if (top < barBottom + 8 || top > window.innerHeight * 0.6) {
        // Anchor on the row of question buttons when there is one, so it stays reachable.
        const anchor = nav?.closest("nav") ?? card;
        const anchorTop = anchor.getBoundingClientRect().top;
        window.scrollTo({ top: Math.max(0, window.scrollY + anchorTop - bar.offsetHeight - 8) });
      }
    }
  }, [index]);

  const touched = new Set(draft?.touched ?? []);
  const answeredCount = questions.filter((q) => isAnswered(q.kind, draft?.answers[q.id], touched.has(q.id))).length;
  const unanswered = total - answeredCount;
  const locked = !draft || !!draft.pending || state.kind === "sending" || state.kind === "done";
  const loaded = draft !== null;

  // Tell the teacher's live list how far this student is (a count only; answers stay here).
  useEffect(() => {
    if (!loaded) return;
    const timer = window.setTimeout(() => {
      void fetch(`/api/attempts/${encodeURIComponent(view.attemptId)}/progress`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        credentials: "same-origin",
        cache: "no-store",
        keepalive: true,
        body: JSON.stringify({ answered: answeredCount }),
      }).catch(() => {
        /* offline: the next change reports again */
      });
    }, 800);
    return () => window.clearTimeout(timer);
  }, [loaded, answeredCount, view.attemptId]);

  const setAnswer = (questionId: string, answer: DraftAnswer, touch = false) => {
    setConfirmUnanswered(false);
    setDraft((d) =>
      d && !d.pending
        ? {
            ...d,
            answers: { ...d.answers, [questionId]: answer },
            touched: touch && !d.touched.includes(questionId) ? [...d.touched, questionId] : d.touched,
          }
        : d,
    );
  };

  const buildPayload = (d: AttemptDraft): SubmissionPayload => ({
    idempotencyKey: d.idempotencyKey,
    answers: questions.flatMap((q): SubmissionPayload["answers"] => {
      const a = d.answers[q.id];
      if (q.kind === "ordering") {
        return [{ questionId: q.id, choiceIds: a?.choiceIds?.length ? a.choiceIds : (q.choices ?? []).map((c) => c.id) }];
      }
      if (q.kind === "multiple_choice" || q.kind === "true_false") {
        return a?.choiceId ? [{ questionId: q.id, choiceId: a.choiceId }] : [];
      }
      const text = a?.text?.trim();
      return text ? [{ questionId: q.id, text: text.slice(0, 500) }] : [];
    }),
  });

  const dispatch = useCallback(
    async (payload: SubmissionPayload) => {
      const result = await send(payload);
      if (result.kind === "done") {
        clearDraft(view.attemptId);
        router.replace(result.resultsUrl);
      } else if (result.kind === "refused") {
        if (result.code === "already_submitted") {
          clearDraft(view.attemptId);
        } else if (result.status < 500) {
          // The server stored nothing: unlock the answers and use a fresh key next time.
          setDraft((d) => (d ? rotateKey(d) : d));
        }
      }
    },
    [send, router, view.attemptId],
  );

  const submit = (force = false) => {
    if (!draft || locked) return;
    if (!force && unanswered > 0) {
      setConfirmUnanswered(true);
      return;
    }
    setConfirmUnanswered(false);
    const payload = buildPayload(draft);
    const next = { ...draft, pending: payload };
    setDraft(next);
    saveDraft(view.attemptId, next);
    void dispatch(payload);
  };

  const retry = () => {
    if (draft?.pending) void dispatch(draft.pending);
  };

  const onExpire = () => {
    if (draft?.pending) return;
    submit(true);
  };

  const changeMode = (m: ViewMode) => {
    setMode(m);
    saveViewMode(m);
  };

  const go = (i: number) => {
    moved.current = true;
    const next = Math.max(0, Math.min(total - 1, i));
    setIndex(next);
    setDraft((d) => (d ? { ...d, current: questions[next]?.id } : d));
  };

  const current = questions[Math.min(index, total - 1)];
  const shown = mode === "all" ? questions : current ? [current] : [];

  const errorMessage =
    state.kind === "refused"
      ? state.code === "quiz_closed"
        ? t.errorClosed
        : state.code === "already_submitted"
          ? t.errorAlreadySubmitted
          : state.code === "attempt_not_found"
            ? t.errorNotFound
            : state.status === 422 || state.status === 400
              ? t.errorInvalid
              : t.errorGeneric
      : null;

  return (
    <div className="quiz-runner" data-ready={draft ? "true" : "false"}>
      <div className="runner-bar card" ref={runnerBar} data-testid="runner-bar">
        <div className="runner-progress">
          <label htmlFor="quiz-progress">{t.progress(answeredCount, total)}</label>
          <progress id="quiz-progress" max={total} value={answeredCount}>
            {answeredCount}/{total}
          </progress>
        </div>
        {view.deadlineAt && <Countdown deadlineAt={view.deadlineAt} serverNow={view.serverNow} t={t} onExpire={onExpire} />}
        <fieldset className="view-mode">
          <legend>{t.viewModeLabel}</legend>
          <label>
            <input type="radio" name="view-mode" checked={mode === "one"} onChange={() => changeMode("one")} /> {t.viewOneByOne}
          </label>
          <label>
            <input type="radio" name="view-mode" checked={mode === "all"} onChange={() => changeMode("all")} /> {t.viewAllOnPage}
          </label>
        </fieldset>
      </div>

      {mode === "one" && current && (
        <nav aria-label={t.questionOf(index + 1, total)} className="question-nav">
          <ol ref={navList}>
            {questions.map((q, i) => {
              const done = isAnswered(q.kind, draft?.answers[q.id], touched.has(q.id));
              return (
                <li key={q.id}>
                  <button
                    type="button"
                    className={`nav-dot${done ? " done" : ""}`}
                    aria-label={t.goToQuestion(i + 1)}
                    aria-current={i === index ? "step" : undefined}
                    onClick={() => go(i)}
                  >
                    {i + 1}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      )}

      {mode === "one" && current && (
        <h2 className="visually-hidden" tabIndex={-1} ref={questionHeading}>
          {t.questionOf(index + 1, total)}
        </h2>
      )}

      {shown.map((q) => {
        const n = questions.indexOf(q) + 1;
        return (
          <div className="card question-card" key={q.id} ref={mode === "one" ? questionCard : undefined}>
            <QuestionInput
              question={q}
              number={n}
              total={total}
              answer={draft?.answers[q.id]}
              disabled={locked}
              language={view.quiz.language}
              t={t}
              onAnswer={(a, touch) => setAnswer(q.id, a, touch)}
            />
          </div>
        );
      })}

      {mode === "one" && current && (
        <div className="row question-steps">
          <button type="button" className="secondary" onClick={() => go(index - 1)} disabled={index === 0}>
            ← {t.previous}
          </button>
          <button type="button" className="secondary" onClick={() => go(index + 1)} disabled={index >= total - 1}>
            {t.next} →
          </button>
        </div>
      )}

      <section className="card submit-box" aria-live="polite">
        <p className="muted small">{t.savedLocally}</p>
        {confirmUnanswered && (
          <div className="alert warning" role="alert">
            <p>{t.unansweredWarning(unanswered)}</p>
            <button type="button" onClick={() => submit(true)}>
              {t.submitAnyway}
            </button>
          </div>
        )}
        {state.kind === "sending" && state.retrying && <p className="alert warning">{t.retrying}</p>}
        {state.kind === "network_failed" && (
          <div className="alert error" role="alert">
            <p>{t.networkFailed}</p>
            <button type="button" onClick={retry}>
              {t.retry}
            </button>
          </div>
        )}
        {errorMessage && (
          <div className="alert error" role="alert">
            <p>{errorMessage}</p>
            {state.kind === "refused" && state.code === "already_submitted" && <a href={resultsPath}>{t.seeResults}</a>}
          </div>
        )}
        {draft?.pending && state.kind === "idle" && (
          <div className="alert warning">
            <p>{t.networkFailed}</p>
            <button type="button" onClick={retry}>
              {t.retry}
            </button>
          </div>
        )}
        <button
          type="button"
          className="submit-button"
          onClick={() => submit(false)}
          disabled={locked}
          aria-disabled={locked}
        >
          {state.kind === "sending" || state.kind === "done" ? t.submitting : t.submit}
        </button>
      </section>
    </div>
  );
}
