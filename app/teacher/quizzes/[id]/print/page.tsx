import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/server/auth";
import { getQuizForTeacher } from "@/lib/server/quizzes/teacher-quiz";
import { printSheet } from "@/lib/server/quizzes/print-sheet";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { ArticleText } from "@/components/article-text";
import { PrintButton } from "@/components/teacher/print-button";
import "@/components/teacher/print.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("print");

// Two views, each its own print job: the student sheet (article, then questions with shuffled
// choices) and, at ?view=key, the answer key — so the key never goes out with the sheets.
export default async function PrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ view?: string | string[] }>;
}) {
  const { id } = await params;
  const key = (await searchParams).view === "key";
  const teacher = await requireTeacher(`/teacher/quizzes/${encodeURIComponent(id)}/print`);
  const quiz = await getQuizForTeacher(teacher.id, id);
  if (!quiz) notFound();
  const t = teacherMessages[await getLocale()];
  const questions = printSheet(quiz.id, quiz.questions);
  const base = `/teacher/quizzes/${quiz.id}/print`;
  return (
    <div className="print-sheet">
      <div className="no-print toolbar print-toolbar">
        <Link href={`/teacher/quizzes/${quiz.id}`}>{t.backToQuiz}</Link>
        <nav aria-label={t.printViews} className="print-views">
          <Link href={base} aria-current={key ? undefined : "page"}>
            {t.printSheetLink}
          </Link>
          <Link href={`${base}?view=key`} aria-current={key ? "page" : undefined}>
            {t.printKeyLink}
          </Link>
        </nav>
        <PrintButton label={t.printButton} />
      </div>
      {key ? (
        <section className="answer-key" aria-labelledby="key-title">
          <h1 id="key-title">
            {t.answerKey} — <span lang={quiz.language}>{quiz.title}</span>
          </h1>
          <p className="muted">{t.keyShuffleNote}</p>
          <ol lang={quiz.language}>
            {questions.map((q) => (
              <li key={q.id} className="print-question">
                {q.keyLetter && <strong>{q.keyLetter}. </strong>}
                <strong>{q.answer}</strong>
                {q.explanation && <span className="muted"> — {q.explanation}</span>}
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <>
          <h1 id="sheet-title" lang={quiz.language}>
            {quiz.title}
          </h1>
          <p>{t.nameLine}</p>
          <section className="print-article" aria-labelledby="article-title">
            <h2 id="article-title">
              {t.printArticle} : <span lang={quiz.language}>{quiz.article.title}</span>
            </h2>
            <div lang={quiz.language}>
              <ArticleText text={quiz.article.text} />
            </div>
          </section>
          <section className="student-sheet" aria-labelledby="student-sheet-title">
            <h2 id="student-sheet-title">{t.studentSheet}</h2>
            <div lang={quiz.language}>
              {questions.map((q, i) => (
                <div key={q.id} className="print-question" data-question-id={q.id}>
                  <p>
                    <strong>{i + 1}.</strong> {q.prompt}
                  </p>
                  {q.kind === "multiple_choice" && (
                    <ol className="choices">
                      {q.choices.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ol>
                  )}
                  {q.kind === "true_false" && (
                    <p>
                      ☐ {q.choices[0]} ☐ {q.choices[1]}
                    </p>
                  )}
                  {q.kind === "ordering" && (
                    <>
                      <p className="small">{t.orderInstruction}</p>
                      <ul className="plain">
                        {q.choices.map((c) => (
                          <li key={c}>___ {c}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  {(q.kind === "short_answer" || q.kind === "fill_blank") && <p className="blank">{t.answerLines}</p>}
                </div>
              ))}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
