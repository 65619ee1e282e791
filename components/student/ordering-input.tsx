"use client";
// Ordering without drag and drop: each item has "up" and "down" buttons, focus follows the
// moved item, and a polite live region says where it went.
import { useRef, useState } from "react";
import type { StudentChoice } from "@/lib/server/attempts/student-view";
import type { StudentMessages } from "@/lib/i18n/messages/student";

interface Props {
  questionId: string;
  items: StudentChoice[];
  order: string[];
  disabled: boolean;
  t: StudentMessages;
  labelledBy: string;
  onChange: (order: string[]) => void;
}

export function OrderingInput({ questionId, items, order, disabled, t, labelledBy, onChange }: Readonly<Props>) {
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const textOf = new Map(items.map((i) => [i.id, i.text]));

  function move(from: number, delta: -1 | 1) {
    const to = from + delta;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to], next[from]];
    onChange(next);
    const id = next[to];
    setAnnouncement(t.moved(textOf.get(id) ?? "", to + 1, next.length));
    // Keep focus on the same control of the moved item; at an edge, use the other one.
    const edge = (delta === -1 && to === 0) || (delta === 1 && to === next.length - 1);
    const target = `${id}:${edge ? (delta === -1 ? "down" : "up") : delta === -1 ? "up" : "down"}`;
    requestAnimationFrame(() => buttons.current.get(target)?.focus());
  }

  return (
    <div>
      <p className="muted small" id={`${questionId}-help`}>
        {t.orderingHelp}
      </p>
      <ol className="ordering" aria-labelledby={labelledBy} aria-describedby={`${questionId}-help`}>
        {order.map((id, index) => {
          const text = textOf.get(id) ?? "";
          return (
            <li key={id} className="ordering-item">
              <span className="ordering-rank" aria-hidden="true">
                {index + 1}
              </span>
              <span className="ordering-text">{text}</span>
              <span className="ordering-buttons">
                <button
                  type="button"
                  className="secondary"
                  ref={(el) => {
                    if (el) buttons.current.set(`${id}:up`, el);
                    else buttons.current.delete(`${id}:up`);
                  }}
                  aria-label={t.moveUp(text)}
                  disabled={disabled || index === 0}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span> <span className="ordering-button-text">{t.up}</span>
                </button>
                <button
                  type="button"
                  className="secondary"
                  ref={(el) => {
                    if (el) buttons.current.set(`${id}:down`, el);
                    else buttons.current.delete(`${id}:down`);
                  }}
                  aria-label={t.moveDown(text)}
                  disabled={disabled || index === order.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span> <span className="ordering-button-text">{t.down}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
