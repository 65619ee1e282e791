import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { classesMessages } from "@/lib/i18n/messages/classes";
import { getClassroom } from "@/lib/server/classes/classrooms";
import { formatStudentCode } from "@/lib/classes/student-code";
import { PrintButton } from "@/components/teacher/print-button";
import "@/components/teacher/print.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("classCodes", { robots: { index: false } });

export default async function ClassCodesPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${encodeURIComponent(id)}/print`);
  const cls = await getClassroom(teacher.id, id);
  if (!cls) notFound();
  const t = classesMessages[await getLocale()];
  return (
    <div className="print-sheet">
      <p className="no-print toolbar">
        <Link href={`/teacher/classes/${cls.id}`}>{t.backToClass}</Link>
        <PrintButton label={t.printButton} />
      </p>
      <h1>{t.printTitle(cls.name)}</h1>
      <ul className="code-cards" data-testid="code-cards">
        {cls.students.map((s) => (
          <li key={s.id}>
            <strong>{s.displayName}</strong> <span className="muted small">· {cls.name}</span>
            <span className="code">{formatStudentCode(s.code)}</span>
            <span className="small">{t.printInstructions}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
