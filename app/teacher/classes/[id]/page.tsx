import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { classesMessages } from "@/lib/i18n/messages/classes";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { classroomDeletionCounts, getClassroom } from "@/lib/server/classes/classrooms";
import { formatStudentCode } from "@/lib/classes/student-code";
import { ROSTER_MAX_STUDENTS } from "@/lib/classes/roster";
import { RosterForm } from "@/components/teacher/roster-form";
import { PendingButton } from "@/components/teacher/pending-button";
import { addStudentsAction, deleteClassAction, newCodeAction, removeStudentAction } from "./actions";
import "@/components/teacher/teacher.css";
import "@/components/results/results.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("classroom");

type Search = { done?: string; student?: string; remove?: string; delete?: string; error?: string };

export default async function ClassPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${encodeURIComponent(id)}`);
  const cls = await getClassroom(teacher.id, id);
  if (!cls) notFound();
  const locale = await getLocale();
  const t = classesMessages[locale];
  const tt = teacherMessages[locale];
  const sp = await searchParams;
  const removing = sp.remove ? cls.students.find((s) => s.id === sp.remove) : undefined;
  const renewed = sp.done === "new_code" ? cls.students.find((s) => s.id === sp.student) : undefined;
  const impact = sp.delete === "confirm" ? await classroomDeletionCounts(teacher.id, cls.id) : null;
  return (
    <>
      <h1>{cls.name}</h1>
      {cls.level && (
        <p className="muted">
          {t.classLevelPrefix}
          {tt.colon} {cls.level}
        </p>
      )}
      <p className="toolbar">
        <Link className="button" href={`/teacher/classes/${cls.id}/gradebook`}>
          {t.gradebookLink}
        </Link>
      </p>
      <div role="status">
        {renewed && <p className="alert success">{t.doneNewCode(renewed.displayName)}</p>}
        {sp.done === "removed" && <p className="alert success">{t.doneRemoved}</p>}
      </div>

      {removing && (
        <section className="card alert warning" aria-labelledby="remove-confirm-title">
          <h2 id="remove-confirm-title" tabIndex={-1}>
            {t.removeConfirmTitle(removing.displayName)}
          </h2>
          <p data-testid="remove-impact">{t.removeConfirmText(removing.attemptCount)}</p>
          <form action={removeStudentAction} className="toolbar">
            <input type="hidden" name="classId" value={cls.id} />
            <input type="hidden" name="studentId" value={removing.id} />
            <input type="hidden" name="confirm" value="yes" />
            <PendingButton className="danger">{t.removeConfirmButton}</PendingButton>
            <Link className="button secondary" href={`/teacher/classes/${cls.id}`}>
              {t.cancel}
            </Link>
          </form>
        </section>
      )}

      <section className="card" aria-labelledby="students-title">
        <div className="toolbar">
          <h2 id="students-title">{t.studentsTitle}</h2>
          {cls.students.length > 0 && (
            <Link className="button secondary" href={`/teacher/classes/${cls.id}/print`}>
              {t.printCodesLink}
            </Link>
          )}
        </div>
        {cls.students.length === 0 ? (
          <p className="muted">{t.noStudents}</p>
        ) : (
          <div className="table-scroll">
            <table data-testid="roster">
              <caption className="visually-hidden">{t.studentsCount(cls.students.length)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.studentNameHeader}</th>
                  <th scope="col">{t.studentCodeHeader}</th>
                  <th scope="col">{t.studentAttemptsHeader}</th>
                  <th scope="col">{t.studentActionsHeader}</th>
                </tr>
              </thead>
              <tbody>
                {cls.students.map((s) => (
                  <tr key={s.id} id={`student-${s.id}`}>
                    <th scope="row">{s.displayName}</th>
                    <td>
                      <span className="code">{formatStudentCode(s.code)}</span>
                    </td>
                    <td>{s.attemptCount}</td>
                    <td>
                      <div className="toolbar">
                        <form action={newCodeAction}>
                          <input type="hidden" name="classId" value={cls.id} />
                          <input type="hidden" name="studentId" value={s.id} />
                          <button type="submit" className="secondary" aria-label={t.newCodeLabel(s.displayName)}>
                            {t.newCodeButton}
                          </button>
                        </form>
                        <form action={removeStudentAction}>
                          <input type="hidden" name="classId" value={cls.id} />
                          <input type="hidden" name="studentId" value={s.id} />
                          <button type="submit" className="danger" aria-label={t.removeLabel(s.displayName)}>
                            {t.removeButton}
                          </button>
                        </form>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="roster-title">
        <h2 id="roster-title">{t.rosterTitle}</h2>
        <RosterForm action={addStudentsAction.bind(null, cls.id)} labels={{ roster: t.rosterLabel, help: t.rosterHelp(ROSTER_MAX_STUDENTS), submit: t.addStudentsButton }} />
      </section>

      <section className="card" aria-labelledby="class-quizzes-title">
        <h2 id="class-quizzes-title">{t.classQuizzesTitle}</h2>
        {cls.quizzes.length === 0 ? (
          <p className="muted">{t.noClassQuizzes}</p>
        ) : (
          <ul className="plain stack" data-testid="class-quizzes">
            {cls.quizzes.map((q) => (
              <li key={q.id}>
                <Link href={`/teacher/quizzes/${q.id}`}>{q.title}</Link> <span className="badge">{tt.statusLabels[q.status] ?? q.status}</span>
                {q.joinCode && (
                  <>
                    {" "}
                    <span className="code">{q.joinCode}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="delete-class-title">
        <h2 id="delete-class-title">{t.deleteClassTitle}</h2>
        {impact ? (
          <div className="alert warning">
            <h3 id="delete-confirm-title" tabIndex={-1}>
              {t.deleteClassConfirmTitle}
            </h3>
            {sp.error === "unconfirmed" && (
              <p className="alert error" role="alert">
                {t.deleteClassUnconfirmed}
              </p>
            )}
            <form action={deleteClassAction}>
              <input type="hidden" name="classId" value={cls.id} />
              <input type="hidden" name="confirm" value="yes" />
              <p data-testid="delete-impact">{t.deleteClassImpact(impact.students, impact.attempts)}</p>
              {impact.attempts > 0 && (
                <p>
                  <label className="inline-choice">
                    <input type="checkbox" name="confirmAttempts" value={impact.attempts} required /> {t.deleteClassCheck(impact.attempts)}
                  </label>
                </p>
              )}
              <div className="toolbar">
                <PendingButton className="danger">{t.deleteConfirmButton}</PendingButton>
                <Link className="button secondary" href={`/teacher/classes/${cls.id}`}>
                  {t.cancel}
                </Link>
              </div>
            </form>
          </div>
        ) : (
          <form action={deleteClassAction}>
            <input type="hidden" name="classId" value={cls.id} />
            <button type="submit" className="danger">
              {t.deleteClassButton}
            </button>
          </form>
        )}
      </section>
    </>
  );
}
