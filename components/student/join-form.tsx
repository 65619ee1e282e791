"use client";
// The display-name form of a quiz. A Server Action does the work; this keeps the typed name
// and shows its error without a page reload (and still works as a plain form without JS).
import { useActionState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { studentMessages } from "@/lib/i18n/messages/student";
import { DISPLAY_NAME_MAX } from "@/lib/server/participants/display-name";

export interface JoinFormState {
  error?: "name" | "unavailable" | "rate_limited";
  name?: string;
}

interface Props {
  locale: Locale;
  action: (state: JoinFormState, formData: FormData) => Promise<JoinFormState>;
  unavailableMessage: string;
  rateLimitMinutes: number;
}

export function JoinForm({ locale, action, unavailableMessage, rateLimitMinutes }: Readonly<Props>) {
  const t = studentMessages[locale];
  const [state, formAction, pending] = useActionState(action, {});
  const error =
    state.error === "name"
      ? t.displayNameInvalid
      : state.error === "rate_limited"
        ? t.tooManyTries(rateLimitMinutes)
        : state.error === "unavailable"
          ? unavailableMessage
          : null;
  return (
    <form action={formAction} className="join-form" noValidate>
      <h2>{t.joinTitle}</h2>
      {error && (
        <p className="alert error" role="alert" id="join-error">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="display-name">{t.displayNameLabel}</label>
        <p className="muted small" id="display-name-help">
          {t.displayNameHelp}
        </p>
        <input
          id="display-name"
          name="displayName"
          type="text"
          autoComplete="nickname"
          maxLength={DISPLAY_NAME_MAX * 2}
          required
          defaultValue={state.name ?? ""}
          aria-invalid={state.error === "name" || undefined}
          aria-describedby={state.error ? "display-name-help join-error" : "display-name-help"}
        />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t.joining : t.joinSubmit}
      </button>
    </form>
  );
}
