"use client";
// The personal-code form of an assigned quiz. A Server Action does the work; the typed code
// and its error come back without a page reload (it still works as a plain form without JS).
import { useActionState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { classesMessages } from "@/lib/i18n/messages/classes";
import { studentMessages } from "@/lib/i18n/messages/student";

export interface StudentCodeFormState {
  error?: "invalid" | "unavailable" | "rate_limited";
  code?: string;
}

interface Props {
  locale: Locale;
  action: (state: StudentCodeFormState, formData: FormData) => Promise<StudentCodeFormState>;
  rateLimitMinutes: number;
  /** Heading and button (the quiz page's by default). */
  labels?: { title: string; help?: string; submit: string };
}

export function StudentCodeForm({ locale, action, rateLimitMinutes, labels }: Readonly<Props>) {
  const t = classesMessages[locale];
  const title = labels?.title ?? t.codeFormTitle;
  const submit = labels?.submit ?? t.codeSubmit;
  const [state, formAction, pending] = useActionState(action, {});
  const error =
    state.error === "invalid"
      ? t.codeInvalid
      : state.error === "rate_limited"
        ? studentMessages[locale].tooManyTries(rateLimitMinutes)
        : state.error === "unavailable"
          ? t.codeUnavailable
          : null;
  return (
    <form action={formAction} className="join-form" noValidate>
      <h2>{title}</h2>
      {labels?.help && <p>{labels.help}</p>}
      {error && (
        <p className="alert error" role="alert" id="student-code-error">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="student-code">{t.codeLabel}</label>
        <p className="muted small" id="student-code-help">
          {t.codeHelp}
        </p>
        <input
          id="student-code"
          name="studentCode"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          className="code"
          defaultValue={state.code ?? ""}
          aria-invalid={!!state.error || undefined}
          aria-describedby={state.error ? "student-code-help student-code-error" : "student-code-help"}
        />
      </div>
      <button type="submit" disabled={pending}>
        {submit}
      </button>
    </form>
  );
}
