"use client";
// Who is answering right now and how far they are, refreshed every 5 s while the tab is
// visible from the owner-checked /active route. Server-rendered first, so it works without
// JavaScript too (as a snapshot).
import { useEffect, useState } from "react";
import { LocalTime } from "@/components/local-time";
import "./teacher.css";
import type { Locale } from "@/lib/i18n/locales";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import type { ActiveAttempt } from "@/lib/server/quizzes/active-attempts";

const POLL_MS = 5_000;

interface Props {
  quizId: string;
  initial: ActiveAttempt[];
  locale: Locale;
  headingLevel?: 2 | 3;
}

export function ActiveStudents({ quizId, initial, locale, headingLevel = 2 }: Readonly<Props>) {
  const t = teacherMessages[locale];
  const [active, setActive] = useState(initial);
  useEffect(() => setActive(initial), [initial]);

  useEffect(() => {
    const url = `/api/teacher/quizzes/${encodeURIComponent(quizId)}/active`;
    let busy = false;
    const poll = async () => {
      if (busy || document.visibilityState !== "visible") return;
      busy = true;
      try {
        const res = await fetch(url, { cache: "no-store" });
        if (res.ok) setActive(((await res.json()) as { active: ActiveAttempt[] }).active);
      } catch {
        // Offline or restarting: next tick.
      } finally {
        busy = false;
      }
    };
    const timer = window.setInterval(poll, POLL_MS);
    document.addEventListener("visibilitychange", poll);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", poll);
    };
  }, [quizId]);

  const Heading = `h${headingLevel}` as const;
  return (
    <section className="active-students" aria-labelledby={`active-${quizId}`} data-testid="active-students">
      <Heading id={`active-${quizId}`}>{t.activeTitle}</Heading>
      <p role="status" aria-live="polite" data-testid="active-count">
        {active.length ? t.activeCount(active.length) : t.activeNone}
      </p>
      {active.length > 0 && (
        <ul className="plain active-list">
          {active.map((a) => (
            <li key={a.attemptId}>
              <strong>{a.displayName}</strong>
              {a.number > 1 && <span className="muted small"> ({t.activeAttempt(a.number)})</span>}{" "}
              <progress max={a.total} value={a.answered} aria-label={`${a.displayName}, ${t.activeProgress(a.answered, a.total)}`} />{" "}
              <span data-testid="active-progress">{t.activeProgress(a.answered, a.total)}</span>{" "}
              <span className="muted small">
                · {t.activeStartedAt} <LocalTime iso={a.startedAt} locale={locale} timeOnly />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
