import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { requireTeacher } from "@/lib/server/auth";
import { listArticlesForTeacher } from "@/lib/server/articles/articles";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import "@/components/teacher/teacher.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("articles");

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const teacher = await requireTeacher("/teacher/articles");
  const locale = await getLocale();
  const t = teacherMessages[locale];
  const articles = await listArticlesForTeacher(teacher.id);
  const { done } = await searchParams;
  return (
    <>
      <h1>{t.articlesTitle}</h1>
      <div role="status">{done === "article_deleted" && <p className="alert success">{t.doneArticleDeleted}</p>}</div>
      <p>
        <Link className="button" href="/teacher/articles/new">
          {t.newArticleLink}
        </Link>
      </p>
      {articles.length === 0 ? (
        <p className="muted">{t.noArticles}</p>
      ) : (
        <ul className="card plain stack" data-testid="article-list">
          {articles.map((a) => (
            <li key={a.id}>
              <Link href={`/teacher/articles/${a.id}`}>{a.title}</Link> <span className="muted small">· <LocalTime iso={a.createdAt.toISOString()} locale={locale} variant="date" /> · {t.langLabels[a.language] ?? a.language}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
