import Link from "next/link";
import { requireTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { classesMessages } from "@/lib/i18n/messages/classes";
import { listClassrooms } from "@/lib/server/classes/classrooms";
import { ClassForm } from "@/components/teacher/class-form";
import { createClassAction } from "./actions";
import "@/components/teacher/teacher.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("classes");

export default async function ClassesPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const teacher = await requireTeacher("/teacher/classes");
  const locale = await getLocale();
  const t = classesMessages[locale];
  const classes = await listClassrooms(teacher.id);
  const { done } = await searchParams;
  return (
    <>
      <h1>{t.classesTitle}</h1>
      <div role="status">{done === "class_deleted" && <p className="alert success">{t.doneClassDeleted}</p>}</div>
      {classes.length === 0 ? (
        <p className="muted">{t.noClasses}</p>
      ) : (
        <ul className="card plain stack" data-testid="class-list">
          {classes.map((c) => (
            <li key={c.id}>
              <Link href={`/teacher/classes/${c.id}`}>{c.name}</Link>{" "}
              <span className="muted small">
                {c.level && <>· {c.level} </>}· {t.studentsCount(c.studentCount)} · {t.quizzesCount(c.quizCount)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby="new-class-title">
        <h2 id="new-class-title">{t.newClassTitle}</h2>
        <ClassForm
          action={createClassAction}
          labels={{ name: t.classNameLabel, nameHelp: t.classNameHelp, level: t.classLevelLabel, levelHelp: t.classLevelHelp, submit: t.createClassButton }}
        />
      </section>
    </>
  );
}
