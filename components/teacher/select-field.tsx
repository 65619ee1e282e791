// A labelled select over a value → label map, in the teacher forms' field layout.
import type { ChangeEvent } from "react";

interface Props {
  id: string;
  name: string;
  label: string;
  options: Record<string, string>;
  defaultValue: string;
  onChange?: (e: ChangeEvent<HTMLSelectElement>) => void;
  /** A line under the select, linked to it. */
  help?: string;
}

export function SelectField({ id, name, label, options, defaultValue, onChange, help }: Readonly<Props>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {/* React does not re-apply a changed defaultValue to a mounted select, and a form action
          resets the form to the first one: keyed on it, the select remounts with the value the
          server echoed back (a multiple-choice question stays one after a validation error). */}
      <select key={defaultValue} id={id} name={name} defaultValue={defaultValue} onChange={onChange} aria-describedby={help ? `${id}-help` : undefined}>
        {Object.entries(options).map(([k, l]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </select>
      {help && (
        <p id={`${id}-help`} className="muted small">
          {help}
        </p>
      )}
    </div>
  );
}
