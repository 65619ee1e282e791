// The audit of grading changes and accommodations: when, who did it, what changed, and how
// many attempts' scores moved.
import { LocalTime } from "@/components/local-time";
import type { Locale } from "@/lib/i18n/locales";
import type { RegradeMessages } from "@/lib/i18n/messages/regrade";
import type { GradeChangeEntry } from "@/lib/server/results/load-grade-changes";

function describe(e: GradeChangeEntry, t: RegradeMessages): string {
  switch (e.action) {
    case "accept_answer":
      return t.auditAccept(e.questionNumber, e.detail.answer ?? "");
    case "change_key":
      return t.auditKey(e.questionNumber, e.detail.from ?? "", e.detail.to ?? "");
    case "override":
      return t.auditOverride(e.questionNumber, e.displayName ?? "?", e.detail.correct === true);
    case "extra_attempt":
      return t.auditExtraAttempt(e.displayName ?? "?", Number(e.detail.to ?? 0));
    case "extra_time":
      return t.auditExtraTime(e.displayName ?? "?", Number(e.detail.from ?? 0), Number(e.detail.to ?? 0));
    default:
      return e.action;
  }
}

const scored = (e: GradeChangeEntry) => e.action !== "extra_attempt" && e.action !== "extra_time";

export function GradeChanges({ entries, locale, t }: Readonly<{ entries: readonly GradeChangeEntry[]; locale: Locale; t: RegradeMessages }>) {
  if (entries.length === 0) return null;
  return (
    <section className="card" aria-labelledby="grade-changes-title" data-testid="grade-changes">
      <h2 id="grade-changes-title" tabIndex={-1}>
        {t.auditTitle}
      </h2>
      <ul className="grade-changes">
        {entries.map((e) => (
          <li key={e.id}>
            <LocalTime iso={e.createdAt.toISOString()} locale={locale} />
            {e.teacherName && <> — {t.auditBy(e.teacherName)}</>} — {describe(e, t)}
            {scored(e) && <> — {t.auditCount(e.attemptsChanged)}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
