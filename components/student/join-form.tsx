"use client";
// The display-name form of a quiz. A Server Action does the work; this keeps the typed name
// and shows its error without a page reload (and still works as a plain form without JS).
import { useActionState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { studentMessages } from "@/lib/i18n/messages/student";
import { DISPLAY_NAME_MAX } from "@/lib/server/participants/display-name";
import { OneFieldForm } from "./one-field-form";

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
    <OneFieldForm
      formAction={formAction}
      title={t.joinTitle}
      error={error}
      errorId="join-error"
      invalid={state.error === "name"}
      field={{
        id: "display-name",
        label: t.displayNameLabel,
        help: t.displayNameHelp,
        input: { name: "displayName", type: "text", autoComplete: "nickname", maxLength: DISPLAY_NAME_MAX * 2, required: true, defaultValue: state.name ?? "" },
      }}
      submit={pending ? t.joining : t.joinSubmit}
      pending={pending}
    />
  );
}
