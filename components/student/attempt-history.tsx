// The attempts this device made on a quiz, with links to their results (or to resume).
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import type { Locale } from "@/lib/i18n/locales";
import { studentMessages } from "@/lib/i18n/messages/student";
import type { AttemptSummary } from "@/lib/server/attempts/history";

interface Props {
  locale: Locale;
  joinCode: string;
  attempts: AttemptSummary[];
  currentId?: string;
}

export function AttemptHistory({ locale, joinCode, attempts, currentId }: Readonly<Props>) {
  const t = studentMessages[locale];
  if (attempts.length === 0) return null;
  const base = `/q/${encodeURIComponent(joinCode)}`;
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t.historyTitle}</h2>
      <ul className="plain history">
        {attempts.map((a) => (
          <li key={a.id} aria-current={a.id === currentId ? "page" : undefined}>
            <span className="history-name">{t.historyAttempt(a.number)}</span>
            {a.status === "submitted" ? (
              <>
                <span className="history-score">
                  {t.scoreLine(a.score ?? 0, a.maxScore ?? 0)}
                  {a.late && <span className="badge late-badge"> {t.lateFlag}</span>}
                </span>
                <span className="muted small">{a.submittedAt ? <LocalTime iso={new Date(a.submittedAt).toISOString()} locale={locale} /> : ""}</span>
                {a.id !== currentId && (
                  <Link href={`${base}/results/${encodeURIComponent(a.id)}`} prefetch={false}>
                    {t.historyOpen}
                    <span className="visually-hidden"> — {t.historyAttempt(a.number)}</span>
                  </Link>
                )}
              </>
            ) : (
              <>
                <span className="badge">{t.historyInProgress}</span>
                <Link href={`${base}/attempt/${encodeURIComponent(a.id)}`} prefetch={false}>
                  {t.historyResume}
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
