// Students who joined a quiz but never started: they have no attempt page, so this list is
// where the teacher reaches their accommodations (one more attempt, extra time).
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import type { Locale } from "@/lib/i18n/locales";
import type { RegradeMessages } from "@/lib/i18n/messages/regrade";
import type { QuizParticipant } from "@/lib/server/participants/quiz-participants";

interface Props {
  participants: readonly QuizParticipant[];
  basePath: string;
  locale: Locale;
  t: RegradeMessages;
}

export function NotStartedList({ participants, basePath, locale, t }: Readonly<Props>) {
  if (participants.length === 0) return null;
  return (
    <section className="card no-print" aria-labelledby="not-started-title" data-testid="not-started">
      <h2 id="not-started-title">{t.notStartedTitle}</h2>
      <p className="muted small">{t.notStartedIntro}</p>
      <ul className="not-started">
        {participants.map((p) => (
          <li key={p.id}>
            <Link href={`${basePath}/participants/${encodeURIComponent(p.id)}`} aria-label={t.manageParticipant(p.displayName)}>
              {p.displayName}
            </Link>{" "}
            <span className="muted small">
              ({t.joinedAt} <LocalTime iso={p.joinedAt.toISOString()} locale={locale} variant="short" />
              {p.extraAttempts > 0 && <>, {t.extraAttemptsGranted(p.extraAttempts)}</>}
              {p.extraTimeSec > 0 && <>, {t.extraTimeGranted(Math.round(p.extraTimeSec / 60))}</>})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
