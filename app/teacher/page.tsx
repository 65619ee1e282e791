import Link from "next/link";
import { accountMessages } from "@/lib/i18n/messages/account";
import "@/components/results/results.css";
import { DashboardTable } from "@/components/results/dashboard-table";
import { getLocale } from "@/lib/i18n/server";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { classesMessages } from "@/lib/i18n/messages/classes";
import { requireTeacher } from "@/lib/server/auth";
import { getDashboard } from "@/lib/server/results/queries";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("myQuizzes");

export default async function TeacherDashboardPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const teacher = await requireTeacher("/teacher");
  const locale = await getLocale();
  const t = resultsMessages[locale];
  const quizzes = await getDashboard(teacher.id);
  const { done } = await searchParams;
  return (
    <section className="card" aria-labelledby="dashboard-title">
      <div className="results-head">
        <h1 id="dashboard-title">{t.dashboardTitle}</h1>
        <div className="row">
          <Link href="/teacher/classes" className="button secondary">
            {classesMessages[locale].classesLink}
          </Link>
          <Link href="/teacher/articles" className="button secondary">
            {teacherMessages[locale].articlesTitle}
          </Link>
          <Link href="/teacher/articles/new" className="button">
            {t.newArticle}
          </Link>
          <Link href="/teacher/account" className="button secondary">
            {accountMessages[locale].accountLink}
          </Link>
        </div>
      </div>
      <div role="status">{done === "quiz_deleted" && <p className="alert success">{teacherMessages[locale].doneQuizDeleted}</p>}</div>
      {quizzes.length === 0 ? <p>{t.noQuizzes}</p> : <DashboardTable quizzes={quizzes} locale={locale} t={t} />}
    </section>
  );
}
