import Link from "next/link";
import { PracticeRunner } from "@/components/student/practice-runner";
import "@/components/student/student.css";
import { practiceMessages } from "@/lib/i18n/messages/practice";
import { getLocale } from "@/lib/i18n/server";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { requireOwnAttempt } from "@/lib/server/attempts/require-own-attempt";
import { retrySet } from "@/lib/server/learning/practice";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("studentPractice", { robots: { index: false } });

/** "Retravailler mes erreurs": the questions missed in this device's attempt, asked again. */
export default async function PracticePage({ params }: { params: Promise<{ code: string; attemptId: string }> }) {
  const { code, attemptId } = await params;
  const { base, view } = await requireOwnAttempt(code, attemptId, "results", retrySet);
  const locale = await getLocale();
  const t = practiceMessages[locale];
  const resultsHref = `${base}/results/${encodeURIComponent(attemptId)}`;
  return (
    <>
      <h1>{t.practiceTitle}</h1>
      <p className="muted">{t.practiceNotGraded}</p>
      {!view.allowed ? (
        <p className="alert warning">{t.practiceHidden}</p>
      ) : view.questions.length === 0 ? (
        <p className="alert success">{t.practiceNone}</p>
      ) : (
        <PracticeRunner
          locale={locale}
          questions={view.questions}
          endpoint={`/api/attempts/${encodeURIComponent(attemptId)}/practice`}
          backHref={resultsHref}
          backLabel={t.backToResults}
        />
      )}
      <p>
        <Link href={resultsHref} prefetch={false}>
          {t.backToResults}
        </Link>
      </p>
    </>
  );
}
