"use client";
// Polls the owner-checked summary route every 5 s while the tab is visible and re-renders the
// server components (router.refresh, no page reload) when anything changed; new submissions
// are announced politely to screen readers.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";

export const POLL_MS = 5_000;

interface Props {
  quizId: string;
  /** Version of the data this render shows (see summaryVersion). */
  version: string;
  submittedCount: number;
  locale: Locale;
}

export function LiveUpdates({ quizId, version, submittedCount, locale }: Readonly<Props>) {
  const router = useRouter();
  const t = resultsMessages[locale];
  const [message, setMessage] = useState("");
  const [, startTransition] = useTransition();
  const shown = useRef({ version, submittedCount });

  // A refresh brings new props: they are now what the page shows.
  useEffect(() => {
    shown.current = { version, submittedCount };
  }, [version, submittedCount]);

  useEffect(() => {
    const url = `/api/teacher/quizzes/${encodeURIComponent(quizId)}/results/summary`;
    let etag: string | null = null;
    let busy = false;

    async function poll() {
      if (busy || document.visibilityState !== "visible") return;
      busy = true;
      try {
        const res = await fetch(url, { cache: "no-store", headers: etag ? { "If-None-Match": etag } : {} });
        if (res.status === 304 || !res.ok) return;
        etag = res.headers.get("ETag");
        const body = (await res.json()) as { version: string; submittedCount: number };
        if (body.version === shown.current.version) return;
        const added = body.submittedCount - shown.current.submittedCount;
        // Remember it now so the next poll does not refresh again before the new props land.
        shown.current = { version: body.version, submittedCount: body.submittedCount };
        if (added > 0) setMessage(t.liveNewResponses(added));
        startTransition(() => router.refresh());
      } catch {
        // Offline or server restarting: try again at the next tick.
      } finally {
        busy = false;
      }
    }

    const timer = window.setInterval(poll, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") void poll();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [quizId, router, t]);

  return (
    <div className="no-print">
      <p className="live-status" role="status" aria-live="polite" aria-atomic="true" data-testid="live-status">
        {message}
      </p>
      <p className="muted small">{t.liveHint}</p>
    </div>
  );
}
