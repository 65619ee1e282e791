import { notFound } from "next/navigation";
import { getLocale } from "@/lib/i18n/server";
import { commonMessages } from "@/lib/i18n/messages/common";
import { getOpenQuizByCode } from "@/lib/server/quizzes/public-quiz";

export const dynamic = "force-dynamic";

export default async function QuizLandingPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const quiz = await getOpenQuizByCode(code);
  if (!quiz) notFound();
  const t = commonMessages[await getLocale()];
  return (
    <section className="card">
      <h1>{quiz.title}</h1>
      <p className="muted">
        {t.quizArticle} : {quiz.articleTitle}
      </p>
      <p>
        {t.questionsCount(quiz.questionCount)} · {t.codeLabel} <span className="code">{quiz.joinCode}</span>
      </p>
    </section>
  );
}
