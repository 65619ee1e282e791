import Link from "next/link";
import { redirect } from "next/navigation";
import { PracticeRunner } from "@/components/student/practice-runner";
import "@/components/student/student.css";
import { practiceMessages } from "@/lib/i18n/messages/practice";
import { getLocale } from "@/lib/i18n/server";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { currentStudent } from "@/lib/server/learning/student-session";
import { reviewSet } from "@/lib/server/learning/practice";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("studentReviews", { robots: { index: false } });

/** Révisions: the signed-in student's cards due today, asked one by one. */
export default async function ReviewsPage() {
  const student = await currentStudent();
  if (!student) redirect("/student");
  const locale = await getLocale();
  const t = practiceMessages[locale];
  const questions = await reviewSet(student.id);
  return (
    <>
      <h1>{t.reviewTitle}</h1>
      <p className="muted">{t.practiceNotGraded}</p>
      {questions.length === 0 ? (
        <p className="alert success">{t.reviewNone}</p>
      ) : (
        <PracticeRunner locale={locale} questions={questions} endpoint="/api/student/review" backHref="/student" backLabel={t.backToSpace} showQuiz />
      )}
      <p>
        <Link href="/student" prefetch={false}>
          {t.backToSpace}
        </Link>
      </p>
    </>
  );
}
