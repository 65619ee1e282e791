import { randomUUID } from "node:crypto";
import { ArticleText } from "@/components/article-text";
import { QuizRunner } from "@/components/student/quiz-runner";
import { FreshOnReturn } from "@/components/student/fresh-on-return";
import "@/components/student/student.css";
import { studentMessages } from "@/lib/i18n/messages/student";
import { getLocale } from "@/lib/i18n/server";
import { requireOwnAttempt } from "@/lib/server/attempts/require-own-attempt";
import { getStudentAttemptView } from "@/lib/server/attempts/student-view";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("quiz", { robots: { index: false } });

export default async function AttemptPage({ params }: { params: Promise<{ code: string; attemptId: string }> }) {
  const { code, attemptId } = await params;
  const { quiz, participant, base, view } = await requireOwnAttempt(code, attemptId, "attempt", getStudentAttemptView);
  const locale = await getLocale();
  const t = studentMessages[locale];
  return (
    <>
      <FreshOnReturn stamp={randomUUID()} />
      <header className="attempt-head">
        <h1 lang={view.quiz.language}>{view.quiz.title}</h1>
        <p className="muted">
          {t.attemptHeading(view.attemptNumber)} · {participant.displayName}
        </p>
      </header>
      {quiz.status !== "published" ? (
        <p className="alert error" role="alert">
          {t.quizClosed} <a href={base}>{t.backToQuiz}</a>
        </p>
      ) : (
        <QuizRunner view={view} locale={locale} />
      )}
      <details className="card article-panel">
        <summary>{t.readArticle}</summary>
        <h2 lang={view.quiz.language}>{view.quiz.articleTitle}</h2>
        <div lang={view.quiz.language}>
          <ArticleText text={view.quiz.articleText} />
        </div>
      </details>
    </>
  );
}
