"use client";
// Creating a class: name and optional level. The typed values come back with an error.
import { useActionState } from "react";
import { emptyFormState, type FormState } from "./form-state";
import { describedBy, FieldError } from "./field-error";
import "./teacher.css";

interface Props {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  labels: { name: string; nameHelp: string; level: string; levelHelp: string; submit: string };
}

export function ClassForm({ action, labels }: Readonly<Props>) {
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
        <label htmlFor="class-name">{labels.name}</label>
        <input id="class-name" name="name" type="text" required maxLength={120} defaultValue={state.values?.name} aria-invalid={!!fe.name || undefined} aria-describedby={describedBy("class-name-help", fe.name && "class-name-error")} />
        <p id="class-name-help" className="muted small">
          {labels.nameHelp}
        </p>
        <FieldError id="class-name-error" message={fe.name} />
      </div>
      <div className="field">
        <label htmlFor="class-level">{labels.level}</label>
        <input id="class-level" name="level" type="text" maxLength={80} defaultValue={state.values?.level} aria-invalid={!!fe.level || undefined} aria-describedby={describedBy("class-level-help", fe.level && "class-level-error")} />
        <p id="class-level-help" className="muted small">
          {labels.levelHelp}
        </p>
        <FieldError id="class-level-error" message={fe.level} />
      </div>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
