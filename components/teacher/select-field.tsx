// A labelled select over a value → label map, in the teacher forms' field layout.
import type { ChangeEvent } from "react";

interface Props {
  id: string;
  name: string;
  label: string;
  options: Record<string, string>;
  defaultValue: string;
  onChange?: (e: ChangeEvent<HTMLSelectElement>) => void;
}

export function SelectField({ id, name, label, options, defaultValue, onChange }: Readonly<Props>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} onChange={onChange}>
        {Object.entries(options).map(([k, l]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
