import { redirect } from "next/navigation";
import { randomUUID } from "node:crypto";
import { ArticleText } from "@/components/article-text";
import { AttemptHistory } from "@/components/student/attempt-history";
import { JoinForm } from "@/components/student/join-form";
import { FreshOnReturn } from "@/components/student/fresh-on-return";
import "@/components/student/student.css";
import { commonMessages } from "@/lib/i18n/messages/common";
import { studentMessages } from "@/lib/i18n/messages/student";
import { getLocale } from "@/lib/i18n/server";
import { attemptsUsedOnDevice } from "@/lib/server/attempts/device-attempts";
import { listParticipantAttempts } from "@/lib/server/attempts/history";
import { JOIN_WINDOW_MINUTES, lookUpJoinCode } from "@/lib/server/participants/join";
import { currentParticipant } from "@/lib/server/participants/participant-cookie";
import { getQuizArticle } from "@/lib/server/quizzes/public-quiz";
import { closeQuizzesPastDeadline } from "@/lib/server/quizzes/quiz-deadline";
import { forgetParticipantAction, joinQuizAction, joinWithStudentCodeAction, startAttemptAction } from "./actions";
import { StudentCodeForm } from "@/components/student/student-code-form";
import { quizHasClasses } from "@/lib/server/participants/join-with-student-code";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("quiz", { robots: { index: false } });

export default async function QuizLandingPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const { code } = await params;
  const { error } = await searchParams;
  await closeQuizzesPastDeadline();
  // A closed quiz stays reachable for a device that joined it, to read its results.
  const found = await lookUpJoinCode(code, async (quizId) => !!(await currentParticipant(quizId)));
  if (!found.ok) redirect(found.reason === "rate_limited" ? "/?code=limited" : "/?code=invalid");
  const { quiz } = found;
  const locale = await getLocale();
  const t = studentMessages[locale];
  const c = commonMessages[locale];
  const participant = await currentParticipant(quiz.id);
  const attempts = participant ? await listParticipantAttempts(participant.id) : [];
  const article = await getQuizArticle(quiz.id);
  const open = quiz.status === "published";
  const inProgress = attempts.find((a) => a.status === "in_progress");
  // Attempts made on this device under any name count against the limit.
  const used = participant ? await attemptsUsedOnDevice(participant.id) : 0;
  // The teacher may have granted this participant more attempts.
  const allowed = quiz.attemptsAllowed + (participant?.extraAttempts ?? 0);
  const canStart = open && (inProgress || used < allowed);
  const assigned = !participant && open && (await quizHasClasses(quiz.id));

  return (
    <>
      <FreshOnReturn stamp={randomUUID()} />
      <section className="card quiz-head">
        <h1 lang={quiz.language}>{quiz.title}</h1>
        <p className="muted">
          {c.quizArticle} : <span lang={quiz.language}>{quiz.articleTitle}</span>
        </p>
        <p>
          {c.questionsCount(quiz.questionCount)} · {quiz.timeLimitSec ? t.timeLimit(Math.ceil(quiz.timeLimitSec / 60)) : t.noTimeLimit} ·{" "}
          {c.codeLabel} <span className="code">{quiz.joinCode}</span>
        </p>
        {!open && (
          <p className="alert warning" role="status">
            {t.quizClosed}
          </p>
        )}
      </section>

      {assigned && (
        <section className="card">
          <StudentCodeForm locale={locale} action={joinWithStudentCodeAction.bind(null, quiz.joinCode)} rateLimitMinutes={JOIN_WINDOW_MINUTES} />
        </section>
      )}

      {!participant && open && (
        <section className="card">
          <JoinForm
            locale={locale}
            action={joinQuizAction.bind(null, quiz.joinCode)}
            unavailableMessage={c.quizNotAvailable}
            rateLimitMinutes={JOIN_WINDOW_MINUTES}
          />
        </section>
      )}

      {participant && (
        <section className="card" aria-labelledby="hello-title">
          <h2 id="hello-title">{t.hello(participant.displayName)}</h2>
          <p>{t.attemptsInfo(used, allowed)}</p>
          {error === "closed" && (
            <p className="alert error" role="alert">
              {t.quizClosed}
            </p>
          )}
          {error === "no_attempts_left" && (
            <p className="alert error" role="alert">
              {t.noAttemptsLeft}
            </p>
          )}
          {error === "not_found" && (
            <p className="alert error" role="alert">
              {t.startFailed}
            </p>
          )}
          {canStart ? (
            <form action={startAttemptAction.bind(null, quiz.joinCode)}>
              <button type="submit">{inProgress ? t.resumeQuiz : attempts.length ? t.startAgain : t.startQuiz}</button>
            </form>
          ) : (
            open && <p className="alert warning">{t.noAttemptsLeft}</p>
          )}
          <form action={forgetParticipantAction.bind(null, quiz.joinCode)} className="not-you">
            <button type="submit" className="link-button">
              {t.notYou}
            </button>
          </form>
        </section>
      )}

      {participant && <AttemptHistory locale={locale} joinCode={quiz.joinCode} attempts={attempts} />}

      {article && (
        <details className="card article-panel">
          <summary>{t.readArticle}</summary>
          <h2 lang={article.language}>{article.title}</h2>
          <div lang={article.language}>
            <ArticleText text={article.text} />
          </div>
        </details>
      )}
    </>
  );
}
