import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { classesMessages } from "@/lib/i18n/messages/classes";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { progressMessages } from "@/lib/i18n/messages/progress";
import { loadGradebook } from "@/lib/server/learning/gradebook";
import { SkillMasteryList, SkillMasterySection } from "@/components/results/skill-mastery";
import "@/components/teacher/teacher.css";
import "@/components/results/results.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("gradebook");

export default async function GradebookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${encodeURIComponent(id)}/gradebook`);
  const gb = await loadGradebook(teacher.id, id);
  if (!gb) notFound();
  const locale = await getLocale();
  const t = classesMessages[locale];
  const skillLabels = teacherMessages[locale].skillLabels;
  const tp = progressMessages[locale];
  const skillsShown = gb.classSkills.map((s) => s.skill);
  return (
    <>
      <p>
        <Link href={`/teacher/classes/${gb.classroom.id}`}>{t.backToClass}</Link>
      </p>
      <h1>{t.gradebookTitle(gb.classroom.name)}</h1>
      {gb.quizzes.length === 0 ? (
        <p className="muted">{t.gradebookEmpty}</p>
      ) : gb.students.length === 0 ? (
        <p className="muted">{t.noStudentsYet}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="grades-title">
            <div className="toolbar">
              <h2 id="grades-title">{t.gradebookLink}</h2>
              <a className="button secondary" href={`/api/teacher/classes/${gb.classroom.id}/gradebook/csv`} download>
                {t.exportCsv}
              </a>
            </div>
            <p className="muted small">{t.gradebookHelp}</p>
            <div className="table-scroll">
              <table data-testid="gradebook">
                <thead>
                  <tr>
                    <th scope="col">{t.studentNameHeader}</th>
                    {gb.quizzes.map((q) => (
                      <th scope="col" key={q.id}>
                        <Link href={`/teacher/quizzes/${q.id}/results`}>{q.title}</Link>
                      </th>
                    ))}
                    <th scope="col">{t.meanHeader}</th>
                  </tr>
                </thead>
                <tbody>
                  {gb.students.map((s) => (
                    <tr key={s.id} data-student={s.displayName}>
                      <th scope="row">
                        <Link href={`/teacher/classes/${gb.classroom.id}/students/${s.id}`} aria-label={tp.progressLink(s.displayName)}>
                          {s.displayName}
                        </Link>
                      </th>
                      {s.cells.map((c, i) => (
                        <td key={gb.quizzes[i].id}>
                          {c ? (
                            <Link href={`/teacher/quizzes/${gb.quizzes[i].id}/results/${c.attemptId}`}>{t.cell(c.percent, c.over20)}</Link>
                          ) : (
                            <span aria-label={t.notDone}>—</span>
                          )}
                        </td>
                      ))}
                      <td>{s.meanPercent === null ? "—" : `${s.meanPercent} %`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section className="card" aria-labelledby="missing-title">
            <h2 id="missing-title">{t.missingTitle}</h2>
            <ul className="plain stack" data-testid="missing">
              {gb.quizzes.map((q, i) => {
                const names = gb.missing[i].students;
                return (
                  <li key={q.id} data-quiz={q.id}>
                    <strong>{q.title}</strong> — {names.length ? `${t.missingCount(names.length)} : ${names.join(", ")}` : t.missingNone}
                  </li>
                );
              })}
            </ul>
          </section>

          <SkillMasterySection headingId="class-skills-title" title={t.classSkillsTitle} empty={t.noSkillData} help={t.classSkillsHelp} isEmpty={gb.classSkills.length === 0}>
            <SkillMasteryList
              testId="class-skills"
              skills={gb.classSkills}
              label={(k) => skillLabels[k] ?? k}
              questionsBehind={t.questionsBehind}
              questionKey={(q) => q.questionId}
              question={(q) => (
                <>
                  {q.prompt} <span className="muted small">({q.quizTitle} · {q.right}/{q.total})</span>
                </>
              )}
            />
          </SkillMasterySection>

          {skillsShown.length > 0 && (
            <section className="card" aria-labelledby="student-skills-title">
              <h2 id="student-skills-title">{t.studentSkillsTitle}</h2>
              <div className="table-scroll">
                <table data-testid="student-skills">
                  <thead>
                    <tr>
                      <th scope="col">{t.studentNameHeader}</th>
                      {skillsShown.map((k) => (
                        <th scope="col" key={k}>
                          {skillLabels[k] ?? k}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {gb.students.map((s) => (
                      <tr key={s.id} data-student={s.displayName}>
                        <th scope="row">{s.displayName}</th>
                        {skillsShown.map((k) => {
                          const m = s.skills.find((x) => x.skill === k);
                          return (
                            <td key={k} data-skill={k}>
                              {m ? `${m.percent} % (${m.right}/${m.total})` : "—"}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </>
      )}
    </>
  );
}
