"use client";
import { useActionState } from "react";
import { emptyFormState, type FormState } from "./form-state";
import { describedBy, FieldError } from "./field-error";
import "./teacher.css";

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  labels: { name: string; email: string; password: string; passwordHelp: string; submit: string };
}

export function SignUpForm({ action, labels }: Readonly<Props>) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      {state.error && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      <div className="field">
        <label htmlFor="name">{labels.name}</label>
        <input id="name" name="name" type="text" autoComplete="name" required maxLength={80} defaultValue={state.values?.name} aria-invalid={!!fe.name || undefined} aria-describedby={describedBy(fe.name && "name-error")} />
        <FieldError id="name-error" message={fe.name} />
      </div>
      <div className="field">
        <label htmlFor="email">{labels.email}</label>
        <input id="email" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={state.values?.email} aria-invalid={!!fe.email || undefined} aria-describedby={describedBy(fe.email && "email-error")} />
        <FieldError id="email-error" message={fe.email} />
      </div>
      <div className="field">
        <label htmlFor="password">{labels.password}</label>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={10} maxLength={256} aria-invalid={!!fe.password || undefined} aria-describedby={describedBy("password-help", fe.password && "password-error")} />
        <p id="password-help" className="muted small">
          {labels.passwordHelp}
        </p>
        <FieldError id="password-error" message={fe.password} />
      </div>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
