"use client";
// A deadline typed in the teacher's local time (datetime-local has no zone): the browser turns
// it into an ISO instant in a hidden field, which is what the server reads.
import { useId, useState } from "react";

interface Props {
  /** Current deadline (ISO), if any. */
  initial?: string | null;
  label: string;
  help: string;
  name?: string;
}

function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function DeadlineField({ initial, label, help, name = "closesAt" }: Readonly<Props>) {
  const id = useId();
  const [local, setLocal] = useState(() => (initial ? toLocalInput(initial) : ""));
  const instant = local ? new Date(local) : null;
  const iso = instant && !Number.isNaN(instant.getTime()) ? instant.toISOString() : local ? "invalid" : "";
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="datetime-local" value={local} onChange={(e) => setLocal(e.target.value)} aria-describedby={`${id}-help`} />
      <input type="hidden" name={name} value={iso} />
      <p id={`${id}-help`} className="muted small">
        {help}
      </p>
    </div>
  );
}
