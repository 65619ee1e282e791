"use client";
// Time left, computed from the server's deadline and the server clock at render time (the
// browser's clock may be wrong). Screen readers hear milestones only, never every second.
import { useEffect, useRef, useState } from "react";
import type { StudentMessages } from "@/lib/i18n/messages/student";

const MILESTONES_S = [600, 300, 120, 60, 30];

interface Props {
  deadlineAt: string;
  serverNow: string;
  t: StudentMessages;
  onExpire: () => void;
}

function format(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h ? 2 : 1, "0");
  return `${h ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}

export function Countdown({ deadlineAt, serverNow, t, onExpire }: Readonly<Props>) {
  const deadline = Date.parse(deadlineAt);
  // Offset between the server's clock and this browser's, fixed at first render.
  const [offset] = useState(() => Date.parse(serverNow) - Date.now());
  const [left, setLeft] = useState(() => deadline - (Date.now() + offset));
  const [announcement, setAnnouncement] = useState("");
  const announced = useRef(new Set<number>(MILESTONES_S.filter((m) => m * 1000 >= deadline - (Date.now() + offset))));
  const expired = useRef(false);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    const tick = () => {
      const remaining = deadline - (Date.now() + offset);
      setLeft(remaining);
      for (const m of MILESTONES_S) {
        if (remaining <= m * 1000 && !announced.current.has(m)) {
          MILESTONES_S.filter((x) => x >= m).forEach((x) => announced.current.add(x));
          setAnnouncement(m >= 60 ? t.timeLeftAnnounce(m / 60) : t.timeLeftSeconds(m));
        }
      }
      if (remaining <= 0 && !expired.current) {
        expired.current = true;
        setAnnouncement(t.timeUp);
        expire.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline, offset, t]);

  return (
    <div className={`countdown${left <= 60_000 ? " urgent" : ""}`}>
      <span className="countdown-label">{t.timeLeft}</span>{" "}
      <span role="timer" className="countdown-value" suppressHydrationWarning>
        {format(left)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
