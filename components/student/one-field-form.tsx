// The shape of the student's one-field forms (display name to join a quiz, personal code of an
// assigned quiz): a heading, the error read out when it appears, one field whose help comes
// before the input, and a button that turns off while the action runs. Each form keeps its own
// state and messages; this only lays them out and links the help and error to the input.
import type { InputHTMLAttributes } from "react";

interface Props {
  formAction: (data: FormData) => void;
  title: string;
  /** A line under the heading. */
  intro?: string;
  /** The message to show, or null. */
  error: string | null;
  errorId: string;
  /** Whether the error is about what was typed (marks the input invalid). */
  invalid: boolean;
  field: { id: string; label: string; help: string; input: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "aria-invalid" | "aria-describedby"> };
  submit: string;
  pending: boolean;
}

export function OneFieldForm({ formAction, title, intro, error, errorId, invalid, field, submit, pending }: Readonly<Props>) {
  const helpId = `${field.id}-help`;
  return (
    <form action={formAction} className="join-form" noValidate>
      <h2>{title}</h2>
      {intro && <p>{intro}</p>}
      {error && (
        <p className="alert error" role="alert" id={errorId}>
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={field.id}>{field.label}</label>
        <p className="muted small" id={helpId}>
          {field.help}
        </p>
        <input id={field.id} {...field.input} aria-invalid={invalid || undefined} aria-describedby={error ? `${helpId} ${errorId}` : helpId} />
      </div>
      <button type="submit" disabled={pending}>
        {submit}
      </button>
    </form>
  );
}
