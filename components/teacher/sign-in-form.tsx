"use client";
import { useActionState } from "react";
import { emptyFormState, type FormState } from "./form-state";
import "./teacher.css";

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  next: string;
  labels: { email: string; password: string; submit: string };
}

export function SignInForm({ action, next, labels }: Readonly<Props>) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} noValidate>
      {state.error && (
        <p className="alert error" role="alert" id="sign-in-error">
          {state.error}
        </p>
      )}
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="email">{labels.email}</label>
        <input id="email" name="email" type="email" autoComplete="username" required maxLength={254} defaultValue={state.values?.email} aria-describedby={state.error ? "sign-in-error" : undefined} />
      </div>
      <div className="field">
        <label htmlFor="password">{labels.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={256} />
      </div>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
