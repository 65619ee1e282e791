"use client";
// The password form of the account page (current + new) and of the reset page (code + new).
// Errors are listed in an alert and shown under their field; passwords are never echoed back.
import { useActionState } from "react";
import { emptyFormState, type FormState } from "./form-state";
import { describedBy, FieldError } from "./field-error";
import "./teacher.css";

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  /** "change" asks for the current password, "reset" for the one-time code. */
  mode: "change" | "reset";
  code?: string;
  labels: { first: string; firstHelp?: string; password: string; passwordHelp: string; confirm: string; submit: string };
}

export function PasswordForm({ action, mode, code, labels }: Readonly<Props>) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const fe = state.fieldErrors ?? {};
  const first = mode === "change" ? "current" : "code";
  return (
    <form action={formAction} noValidate aria-busy={pending}>
      <div role="alert" aria-live="assertive">
        {state.error && (
          <p className="alert error" id="password-error">
            {state.error}
          </p>
        )}
      </div>
      <div role="status">{state.notice && <p className="alert success">{state.notice}</p>}</div>
      <div className="field">
        <label htmlFor={first}>{labels.first}</label>
        {mode === "change" ? (
          <input id="current" name="current" type="password" autoComplete="current-password" required maxLength={256} aria-invalid={fe.current ? true : undefined} aria-describedby={describedBy(fe.current && "current-error")} />
        ) : (
          <input id="code" name="code" type="text" autoComplete="one-time-code" required maxLength={64} defaultValue={state.values?.code ?? code} aria-invalid={fe.code ? true : undefined} aria-describedby={describedBy("code-help", fe.code && "code-error")} />
        )}
        {labels.firstHelp && (
          <p id="code-help" className="muted small">
            {labels.firstHelp}
          </p>
        )}
        <FieldError id={`${first}-error`} message={fe[first]} />
      </div>
      <div className="field">
        <label htmlFor="new-password">{labels.password}</label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" required minLength={10} maxLength={256} aria-invalid={fe.password ? true : undefined} aria-describedby={describedBy("new-password-help", fe.password && "new-password-error")} />
        <p id="new-password-help" className="muted small">
          {labels.passwordHelp}
        </p>
        <FieldError id="new-password-error" message={fe.password} />
      </div>
      <div className="field">
        <label htmlFor="confirm-password">{labels.confirm}</label>
        <input id="confirm-password" name="confirm" type="password" autoComplete="new-password" required maxLength={256} aria-invalid={fe.confirm ? true : undefined} aria-describedby={describedBy(fe.confirm && "confirm-password-error")} />
        <FieldError id="confirm-password-error" message={fe.confirm} />
      </div>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
