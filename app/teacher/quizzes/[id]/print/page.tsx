import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/server/auth";
import { getQuizForTeacher } from "@/lib/server/quizzes/teacher-quiz";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { PrintButton } from "@/components/teacher/print-button";
import "@/components/teacher/print.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("print");

export default async function PrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teacher/quizzes/${encodeURIComponent(id)}/print`);
  const quiz = await getQuizForTeacher(teacher.id, id);
  if (!quiz) notFound();
  const t = teacherMessages[await getLocale()];
  return (
    <div className="print-sheet">
      <p className="no-print toolbar">
        <Link href={`/teacher/quizzes/${quiz.id}`}>{t.backToQuiz}</Link>
        <PrintButton label={t.printButton} />
      </p>
      <section aria-labelledby="sheet-title">
        <h1 id="sheet-title">{quiz.title}</h1>
        <p>{t.nameLine}</p>
        <h2>{t.studentSheet}</h2>
        {quiz.questions.map((q, i) => (
          <div key={q.id} className="print-question">
            <p>
              <strong>{i + 1}.</strong> {q.prompt}
            </p>
            {q.kind === "multiple_choice" && (
              <ol className="choices">
                {(q.choices ?? []).map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ol>
            )}
            {q.kind === "true_false" && <p>☐ {(q.choices ?? [])[0]} ☐ {(q.choices ?? [])[1]}</p>}
            {q.kind === "ordering" && (
              <>
                <p className="small">{t.orderInstruction}</p>
                <ul className="plain">
                  {(q.choices ?? []).map((c) => (
                    <li key={c}>___ {c}</li>
                  ))}
                </ul>
              </>
            )}
            {(q.kind === "short_answer" || q.kind === "fill_blank") && <p className="blank">{t.answerLines}</p>}
          </div>
        ))}
      </section>
      <section className="answer-key" aria-labelledby="key-title">
        <h2 id="key-title">
          {t.answerKey} — {quiz.title}
        </h2>
        <ol>
          {quiz.questions.map((q) => (
            <li key={q.id} className="print-question">
              <strong>{Array.isArray(q.answer) ? q.answer.join(" → ") : q.answer}</strong>
              {q.explanation && <span className="muted"> — {q.explanation}</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
