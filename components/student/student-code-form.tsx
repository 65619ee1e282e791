"use client";
// The personal-code form of an assigned quiz. A Server Action does the work; the typed code
// and its error come back without a page reload (it still works as a plain form without JS).
import { useActionState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { classesMessages } from "@/lib/i18n/messages/classes";
import { studentMessages } from "@/lib/i18n/messages/student";
import { OneFieldForm } from "./one-field-form";

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
    <OneFieldForm
      formAction={formAction}
      title={title}
      intro={labels?.help}
      error={error}
      errorId="student-code-error"
      invalid={!!state.error}
      field={{
        id: "student-code",
        label: t.codeLabel,
        help: t.codeHelp,
        input: {
          name: "studentCode",
          type: "text",
          autoComplete: "off",
          autoCapitalize: "characters",
          spellCheck: false,
          maxLength: 20,
          required: true,
          className: "code",
          defaultValue: state.code ?? "",
        },
      }}
      submit={submit}
      pending={pending}
    />
  );
}
