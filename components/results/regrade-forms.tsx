// Small forms of the results pages that change grades after attempts exist: accept an answer
// for everyone, make another choice the key, mark one answer right or wrong. The action comes
// from the page; the button turns itself off while it runs, and the server ignores a repeat.
import { PendingButton } from "@/components/teacher/pending-button";
import type { RegradeMessages } from "@/lib/i18n/messages/regrade";
import { MAX_ANSWER_CHARS } from "@/lib/grading/normalise";

type Action = (data: FormData) => Promise<void>;

export interface RegradeControls {
  quizId: string;
  acceptAction: Action;
  changeKeyAction: Action;
  changeOrderAction: Action;
  t: RegradeMessages;
}

interface Target {
  controls: RegradeControls;
  questionId: string;
  /** Question number, to come back to its card. */
  number: number;
}

function Hidden({ controls, questionId, number }: Target) {
  return (
    <>
      <input type="hidden" name="quizId" value={controls.quizId} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="back" value={number} />
    </>
  );
}

/** A one-click regrade of the question: the action gets one more field (the answer, the choice). */
function OneValueButton({ action, field, value, label, ...target }: Target & { action: Action; field: string; value: string; label: string }) {
  return (
    <form action={action} className="inline-form">
      <Hidden {...target} />
      <input type="hidden" name={field} value={value} />
      <PendingButton className="button-small">
        {label}
        <span className="visually-hidden"> : {value}</span>
      </PendingButton>
    </form>
  );
}

export function AcceptAnswerButton({ answer, ...target }: Target & { answer: string }) {
  return <OneValueButton {...target} action={target.controls.acceptAction} field="answer" value={answer} label={target.controls.t.acceptForAll} />;
}

export function AcceptOtherForm(target: Target) {
  const t = target.controls.t;
  const inputId = `accept-other-${target.number}`;
  return (
    <form action={target.controls.acceptAction} className="accept-other">
      <Hidden {...target} />
      <label htmlFor={inputId}>{t.acceptOtherLabel}</label>{" "}
      <input id={inputId} name="answer" type="text" required maxLength={MAX_ANSWER_CHARS} aria-describedby={`${inputId}-hint`} />{" "}
      <PendingButton className="button-small">
        {t.acceptForAll}
        <span className="visually-hidden"> ({t.acceptOtherLegend})</span>
      </PendingButton>
      <span id={`${inputId}-hint`} className="muted small">
        {" "}
        {t.acceptOtherHint}
      </span>
    </form>
  );
}

export function MakeKeyButton({ choice, ...target }: Target & { choice: string }) {
  return <OneValueButton {...target} action={target.controls.changeKeyAction} field="choice" value={choice} label={target.controls.t.makeKey} />;
}

/**
 * Fix the right order of an ordering question: one select per position, each offering every
 * item, preset to the current key. The server refuses an order that repeats or drops an item.
 */
export function ChangeOrderForm({ items, ...target }: Target & { items: readonly string[] }) {
  const t = target.controls.t;
  const base = `order-q${target.number}`;
  return (
    <form action={target.controls.changeOrderAction} className="change-order" data-testid={`change-order-q${target.number}`}>
      <Hidden {...target} />
      <fieldset>
        <legend>{t.orderFixLegend}</legend>
        <ol className="order-positions">
          {items.map((item, i) => (
            <li key={i}>
              <label htmlFor={`${base}-${i}`}>{t.orderPosition(i + 1)}</label>{" "}
              <select id={`${base}-${i}`} name="order" defaultValue={item} aria-describedby={`${base}-hint`}>
                {items.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ol>
        <p id={`${base}-hint`} className="muted small">
          {t.orderFixHint}
        </p>
        <PendingButton className="button-small">{t.orderFix}</PendingButton>
      </fieldset>
    </form>
  );
}

export function OverrideButton({
  action,
  quizId,
  attemptId,
  questionId,
  number,
  correct,
  t,
}: {
  action: Action;
  quizId: string;
  attemptId: string;
  questionId: string;
  number: number;
  /** The mark this button gives. */
  correct: boolean;
  t: RegradeMessages;
}) {
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="back" value={number} />
      <input type="hidden" name="correct" value={correct ? "1" : "0"} />
      <PendingButton className="button-small">{correct ? t.markRight : t.markWrong}</PendingButton>
    </form>
  );
}
