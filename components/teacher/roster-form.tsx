"use client";
// Pasting a class list. On a refusal the pasted text stays in the box, so nothing is lost.
import { useActionState } from "react";
import { emptyFormState, type FormState } from "./form-state";
import { describedBy } from "./field-error";
import "./teacher.css";

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  labels: { roster: string; help: string; submit: string };
}

export function RosterForm({ action, labels }: Readonly<Props>) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} noValidate>
      <div role="alert">
        {state.error && (
          <p className="alert error" id="roster-error">
            {state.error}
          </p>
        )}
      </div>
      <div role="status">{state.notice && <p className="alert success">{state.notice}</p>}</div>
      <div className="field">
        <label htmlFor="roster">{labels.roster}</label>
        <textarea
          id="roster"
          name="roster"
          rows={10}
          required
          defaultValue={state.values?.roster}
          aria-invalid={!!state.error || undefined}
          aria-describedby={describedBy("roster-help", state.error && "roster-error")}
        />
        <p id="roster-help" className="muted small">
          {labels.help}
        </p>
      </div>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
