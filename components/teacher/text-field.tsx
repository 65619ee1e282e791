// A labelled text input of the teacher forms, with its optional help line and its error, both
// linked to the input (aria-describedby) and the input marked invalid while the error shows.
import type { InputHTMLAttributes } from "react";
import { describedBy, FieldError } from "./field-error";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "aria-invalid" | "aria-describedby"> {
  /** The input's id; the help and error lines are `${id}-help` and `${id}-error`. */
  id: string;
  label: string;
  help?: string;
  error?: string;
}

export function TextField({ id, label, help, error, ...input }: Readonly<Props>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} aria-invalid={!!error || undefined} aria-describedby={describedBy(help && `${id}-help`, error && `${id}-error`)} />
      {help && (
        <p id={`${id}-help`} className="muted small">
          {help}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
