import { StudentCodeForm } from "@/components/student/student-code-form";
import { LocalTime } from "@/components/local-time";
import { SkillMasterySection } from "@/components/results/skill-mastery";
import "@/components/student/student.css";
import "@/components/results/results.css";
import { getLocale } from "@/lib/i18n/server";
import { learningMessages } from "@/lib/i18n/messages/learning";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { outOf20 } from "@/lib/grading/skill-mastery";
import { JOIN_WINDOW_MINUTES } from "@/lib/server/participants/join";
import { currentStudent } from "@/lib/server/learning/student-session";
import { studentOverview, type AssignedQuiz } from "@/lib/server/learning/student-progress";
import Link from "next/link";
import { dayKey, formatDayKey } from "@/lib/learning/leitner";
import { practiceMessages } from "@/lib/i18n/messages/practice";
import { reviewSummary } from "@/lib/server/learning/practice";
import { openAssignedQuizAction, studentSignInAction, studentSignOutAction } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("studentSpace", { robots: { index: false } });

export default async function StudentSpacePage() {
  const locale = await getLocale();
  const t = learningMessages[locale];
  const student = await currentStudent();
  if (!student) {
    return (
      <>
        <h1>{t.spaceTitle}</h1>
        <section className="card">
          <StudentCodeForm
            locale={locale}
            action={studentSignInAction}
            rateLimitMinutes={JOIN_WINDOW_MINUTES}
            labels={{ title: t.signInTitle, help: t.signInHelp, submit: t.signInSubmit }}
          />
        </section>
      </>
    );
  }
  const overview = await studentOverview(student);
  const reviews = await reviewSummary(student.id);
  const tp = practiceMessages[locale];
  const skillLabels = teacherMessages[locale].skillLabels;
  const quizItem = (q: AssignedQuiz) => (
    <li key={q.quizId} className="space-quiz">
      <span lang="fr">{q.title}</span>
      {!q.open && <span className="badge">{t.closedBadge}</span>}
      {q.latest && <span className="muted small">{t.score(q.latest.score, q.latest.maxScore, outOf20(q.latest.score, q.latest.maxScore))}</span>}
      {q.open && !q.latest && (
        <form action={openAssignedQuizAction.bind(null, q.quizId, null)}>
          <button type="submit" aria-label={t.openQuizLabel(q.title)}>
            {q.inProgress ? t.resumeQuiz : t.openQuiz}
          </button>
        </form>
      )}
      {q.latest && (
        <form action={openAssignedQuizAction.bind(null, q.quizId, q.latest.attemptId)}>
          <button type="submit" className="secondary" aria-label={t.seeResultLabel(q.title)}>
            {t.seeResult}
          </button>
        </form>
      )}
    </li>
  );
  return (
    <>
      <h1>{t.spaceTitle}</h1>
      <section className="card" aria-labelledby="hello-title">
        <h2 id="hello-title">{t.hello(student.displayName, student.className)}</h2>
        <form action={studentSignOutAction}>
          <button type="submit" className="link-button">
            {t.signOut}
          </button>
        </form>
      </section>
      <section className="card" aria-labelledby="reviews-title" data-testid="reviews">
        <h2 id="reviews-title">{tp.reviewsTitle}</h2>
        <p className="muted small">{tp.reviewsHelp}</p>
        {reviews.dueNow + reviews.upcoming.length + reviews.retired + reviews.waiting === 0 ? (
          <p className="muted">{tp.noCards}</p>
        ) : (
          <>
            <p data-testid="reviews-due">{tp.dueNow(reviews.dueNow)}</p>
            {reviews.dueNow > 0 && (
              <p>
                <Link href="/student/revisions" prefetch={false} className="button">
                  {tp.startReview}
                </Link>
              </p>
            )}
            {reviews.upcoming.length > 0 && (
              <>
                <h3>{tp.nextReviews}</h3>
                <ul data-testid="reviews-upcoming">
                  {reviews.upcoming.map((u) => (
                    <li key={u.day.toISOString()}>
                      {tp.nextLine(formatDayKey(dayKey(u.day), locale), u.count)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {reviews.retired > 0 && <p className="muted small">{tp.retiredCount(reviews.retired)}</p>}
            {reviews.waiting > 0 && <p className="muted small">{tp.waitingCount(reviews.waiting)}</p>}
          </>
        )}
      </section>
      <section className="card" aria-labelledby="todo-title">
        <h2 id="todo-title">{t.todoTitle}</h2>
        {overview.todo.length ? <ul className="plain stack" data-testid="todo">{overview.todo.map(quizItem)}</ul> : <p className="muted">{t.noTodo}</p>}
      </section>
      <section className="card" aria-labelledby="done-title">
        <h2 id="done-title">{t.doneTitle}</h2>
        {overview.done.length ? <ul className="plain stack" data-testid="done">{overview.done.map(quizItem)}</ul> : <p className="muted">{t.noDone}</p>}
      </section>
      <SkillMasterySection headingId="skills-title" title={t.skillsTitle} empty={t.noSkills} help={t.skillsHelp} isEmpty={overview.skills.length === 0}>
        <div className="table-scroll">
          <table data-testid="skills">
            <thead>
              <tr>
                <th scope="col">{t.skillHeader}</th>
                <th scope="col">{t.skillRight}</th>
                <th scope="col">{t.skillPercent}</th>
              </tr>
            </thead>
            <tbody>
              {overview.skills.map((s) => (
                <tr key={s.skill} data-skill={s.skill}>
                  <th scope="row">{skillLabels[s.skill] ?? s.skill}</th>
                  <td>{t.rightOf(s.right, s.total)}</td>
                  <td>{s.percent} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </SkillMasterySection>
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t.historyTitle}</h2>
        {overview.history.length === 0 ? (
          <p className="muted">{t.noHistory}</p>
        ) : (
          <div className="table-scroll">
            <table data-testid="history">
              <thead>
                <tr>
                  <th scope="col">{t.historyQuiz}</th>
                  <th scope="col">{t.historyDate}</th>
                  <th scope="col">{t.historyScore}</th>
                </tr>
              </thead>
              <tbody>
                {overview.history.map((h) => (
                  <tr key={h.attemptId}>
                    <th scope="row">
                      {h.title} <span className="muted small">({t.attemptNumber(h.number)})</span>
                    </th>
                    <td>{h.submittedAt ? <LocalTime iso={h.submittedAt.toISOString()} locale={locale} /> : "—"}</td>
                    <td>{t.score(h.score, h.maxScore, outOf20(h.score, h.maxScore))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
