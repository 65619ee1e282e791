import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/local-time";
import { SkillMasteryList, SkillMasterySection } from "@/components/results/skill-mastery";
import { requireTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { progressMessages } from "@/lib/i18n/messages/progress";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { loadStudentTimeline } from "@/lib/server/learning/student-timeline";
import "@/components/teacher/teacher.css";
import "@/components/results/results.css";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("studentProgress");

/** One student's progress over time, reached from the gradebook; 404 outside the teacher's classes. */
export default async function StudentProgressPage({ params }: { params: Promise<{ id: string; studentId: string }> }) {
  const { id, studentId } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${encodeURIComponent(id)}/students/${encodeURIComponent(studentId)}`);
  const tl = await loadStudentTimeline(teacher.id, id, studentId);
  if (!tl) notFound();
  const locale = await getLocale();
  const t = progressMessages[locale];
  const skillLabels = teacherMessages[locale].skillLabels;
  const label = (k: string) => skillLabels[k] ?? k;
  return (
    <>
      <p>
        <Link href={`/teacher/classes/${tl.classroom.id}/gradebook`}>{t.backToGradebook}</Link>
      </p>
      <h1>{t.title(tl.student.displayName)}</h1>
      <p className="muted">{tl.classroom.name}</p>
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t.timelineTitle}</h2>
        {tl.entries.length === 0 ? (
          <p className="muted">{t.noEntries}</p>
        ) : (
          <>
            <p className="muted small">{t.timelineHelp}</p>
            <div className="table-scroll">
              <table data-testid="timeline">
                <thead>
                  <tr>
                    <th scope="col">{t.dateHeader}</th>
                    <th scope="col">{t.quizHeader}</th>
                    <th scope="col">{t.markHeader}</th>
                    <th scope="col">{t.attemptsHeader}</th>
                    <th scope="col">{t.skillsHeader}</th>
                  </tr>
                </thead>
                <tbody>
                  {tl.entries.map((e) => (
                    <tr key={e.quizId} data-quiz={e.quizId}>
                      <td>{e.submittedAt ? <LocalTime iso={e.submittedAt.toISOString()} locale={locale} variant="short" /> : "—"}</td>
                      <th scope="row">
                        <Link href={`/teacher/quizzes/${e.quizId}/results/${e.attemptId}`}>{e.title}</Link>
                      </th>
                      <td data-testid="timeline-mark">{t.mark(e.percent, e.over20)}</td>
                      <td>{e.attempts}</td>
                      <td>{e.skills.map((s) => t.skillShort(label(s.skill), s.right, s.total)).join(" · ") || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        {tl.notDone.length > 0 && (
          <>
            <h3>{t.notDoneTitle}</h3>
            <ul data-testid="not-done">
              {tl.notDone.map((q) => (
                <li key={q.quizId}>{q.title}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <SkillMasterySection headingId="mastery-title" title={t.masteryTitle} empty={t.noMastery} help={t.masteryHelp} isEmpty={tl.skills.length === 0}>
        <SkillMasteryList
          testId="student-mastery"
          skills={tl.skills}
          label={label}
          questionsBehind={t.questionsBehind}
          questionKey={(q, i) => `${q.questionId}-${i}`}
          question={(q) => (
            <>
              <span className="muted small">{q.quizTitle}</span> — {q.prompt} : <strong>{q.correct ? t.rightMark : t.wrongMark}</strong>
            </>
          )}
        />
      </SkillMasterySection>
      <section className="card" aria-labelledby="practice-title">
        <h2 id="practice-title">{t.practiceTitle}</h2>
        <p data-testid="practice-count">{t.practiceLine(tl.practice.answers, tl.practice.right)}</p>
        <p>{t.cardsLine(tl.practice.inReview, tl.practice.dueNow, tl.practice.learnt)}</p>
      </section>
    </>
  );
}
