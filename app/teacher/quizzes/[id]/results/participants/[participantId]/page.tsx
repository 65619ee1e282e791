// A participant's accommodations, reached from the results page's list of students who joined
// but never started (they have no attempt page yet): one more attempt, extra time, and the audit
// lines of what was granted.
import Link from "next/link";
import { notFound } from "next/navigation";
import "@/components/results/results.css";
import { AccommodationsForm } from "@/components/results/accommodations-form";
import { GradeChanges } from "@/components/results/grade-changes";
import { gradeFeedback } from "@/components/results/grade-feedback";
import { LocalTime } from "@/components/local-time";
import { ActionFeedback } from "@/components/teacher/announce";
import { getLocale } from "@/lib/i18n/server";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { regradeMessages } from "@/lib/i18n/messages/regrade";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { requireTeacher } from "@/lib/server/auth";
import { getParticipantDetail } from "@/lib/server/participants/quiz-participants";
import { getGradeChanges } from "@/lib/server/results/queries";
import { extraAttemptAction, extraTimeAction } from "../../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("participantAccommodations");

interface Props {
  params: Promise<{ id: string; participantId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ParticipantPage({ params, searchParams }: Props) {
  const { id, participantId } = await params;
  const resultsPath = `/teacher/quizzes/${encodeURIComponent(id)}/results`;
  const teacher = await requireTeacher(`${resultsPath}/participants/${encodeURIComponent(participantId)}`);
  const detail = await getParticipantDetail(teacher.id, id, participantId);
  if (!detail) notFound();
  const locale = await getLocale();
  const t = resultsMessages[locale];
  const rt = regradeMessages[locale];
  const p = detail.participant;
  const feedback = gradeFeedback(await searchParams, rt, { name: p.displayName });
  const changes = await getGradeChanges(teacher.id, id, { participantId: p.id, limit: 50 });
  return (
    <>
      <section className="card" aria-labelledby="participant-title">
        <p className="no-print">
          <Link href={resultsPath}>{t.backToResults}</Link>
        </p>
        <h1 id="participant-title" tabIndex={-1}>
          {rt.participantTitle(p.displayName)}
        </h1>
        <p className="muted">{detail.quiz.title}</p>
        <p>
          {rt.joinedAt} : <LocalTime iso={p.joinedAt.toISOString()} locale={locale} variant="short" />
        </p>
        {detail.attempts.length === 0 ? (
          <p data-testid="participant-no-attempt">{rt.participantNoAttempt}</p>
        ) : (
          <ul className="attempt-switch">
            {detail.attempts.map((a) => (
              <li key={a.id}>
                <Link href={`${resultsPath}/${encodeURIComponent(a.id)}`}>{t.attemptN(a.number)}</Link>{" "}
                <span className="muted small">({a.status === "submitted" ? t.submitted : t.inProgress})</span>
              </li>
            ))}
          </ul>
        )}
        <ActionFeedback notice={feedback.notice} error={feedback.error} stamp={feedback.stamp} />
      </section>
      <AccommodationsForm
        quizId={id}
        participantId={p.id}
        extraAttempts={p.extraAttempts}
        extraTimeSec={p.extraTimeSec}
        timeLimitSec={detail.quiz.timeLimitSec}
        extraAttemptAction={extraAttemptAction}
        extraTimeAction={extraTimeAction}
        t={rt}
      />
      <GradeChanges entries={changes} locale={locale} t={rt} />
    </>
  );
}
