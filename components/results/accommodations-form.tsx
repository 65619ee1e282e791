// Per-student accommodations on the teacher's attempt page, or on a participant's page for a
// student who joined but never started: one more attempt, extra minutes.
import { PendingButton } from "@/components/teacher/pending-button";
import type { RegradeMessages } from "@/lib/i18n/messages/regrade";

type Action = (data: FormData) => Promise<void>;

interface Props {
  quizId: string;
  /** The attempt page it sits on; absent on a participant's page (no attempt yet). */
  attemptId?: string;
  participantId: string;
  extraAttempts: number;
  extraTimeSec: number;
  /** Null when the quiz has no time limit (no extra time to give). */
  timeLimitSec: number | null;
  extraAttemptAction: Action;
  extraTimeAction: Action;
  t: RegradeMessages;
}

export function AccommodationsForm(p: Readonly<Props>) {
  const { t } = p;
  const hidden = (
    <>
      <input type="hidden" name="quizId" value={p.quizId} />
      {p.attemptId && <input type="hidden" name="attemptId" value={p.attemptId} />}
      <input type="hidden" name="participantId" value={p.participantId} />
    </>
  );
  const minutes = Math.round(p.extraTimeSec / 60);
  return (
    <section className="card accommodations no-print" aria-labelledby="accommodations-title" data-testid="accommodations">
      <h2 id="accommodations-title" tabIndex={-1}>
        {t.accommodationsTitle}
      </h2>
      <form action={p.extraAttemptAction}>
        {hidden}
        <input type="hidden" name="seen" value={p.extraAttempts} />
        <PendingButton className="secondary">{t.extraAttempt}</PendingButton>
        {p.extraAttempts > 0 && <span className="muted" data-testid="extra-attempts">{t.extraAttemptsGranted(p.extraAttempts)}</span>}
      </form>
      {p.timeLimitSec ? (
        <form action={p.extraTimeAction}>
          {hidden}
          <label htmlFor="extra-minutes">{t.extraTimeLabel}</label>
          <input id="extra-minutes" name="minutes" type="number" min={0} max={240} step={1} required defaultValue={minutes} aria-describedby="extra-minutes-hint" />
          <PendingButton className="secondary">{t.extraTime}</PendingButton>
          <span id="extra-minutes-hint" className="muted small">
            {minutes > 0 && <span data-testid="extra-time">{t.extraTimeGranted(minutes)}. </span>}
            {t.extraTimeHint}
          </span>
        </form>
      ) : (
        <p className="muted">{t.noTimeLimit}</p>
      )}
    </section>
  );
}
