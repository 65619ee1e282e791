import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/server/auth";
import { getArticleForTeacher } from "@/lib/server/articles/articles";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { ArticleText } from "@/components/article-text";
import { GenerateForm } from "@/components/teacher/generate-form";
import { MAX_COUNT, QUESTION_KINDS, QUESTION_SKILLS } from "@/lib/generation/contract";
import { CATEGORIES } from "@/lib/server/quizzes/generate-options";
import { deleteArticleAction, editArticleAction, generateQuizAction } from "./actions";
import { ArticleEditForm } from "@/components/teacher/article-edit-form";
import { articleEditLock } from "@/lib/server/articles/edit-article";
import { MAX_TEXT_CHARS } from "@/lib/server/import/limits";
import { articleDeletionImpact } from "@/lib/server/articles/delete-article";
import { PendingButton } from "@/components/teacher/pending-button";
import "@/components/teacher/teacher.css";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("article");

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ delete?: string; error?: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teacher/articles/${encodeURIComponent(id)}`);
  const article = await getArticleForTeacher(teacher.id, id);
  if (!article) notFound();
  const locale = await getLocale();
  const t = teacherMessages[locale];
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const sp = await searchParams;
  const impact = sp.delete === "confirm" ? await articleDeletionImpact(teacher.id, article.id) : null;
  const lock = await articleEditLock(teacher.id, article.id);
  return (
    <>
      <h1>{article.title}</h1>
      <p className="muted">
        {t.articleMeta(t.viaLabels[article.importedVia] ?? article.importedVia, t.langLabels[article.language] ?? article.language)}
        {article.source && (
          <>
            {" · "}
            {t.sourcePrefix}{t.colon} {article.source}
          </>
        )}
        {article.publishedAt && (
          <>
            {" · "}
            {t.publishedPrefix} {dates.format(article.publishedAt)}
          </>
        )}
      </p>
      <section className="card" aria-labelledby="generate-title">
        <h2 id="generate-title">{t.generateTitle}</h2>
        <GenerateForm
          action={generateQuizAction}
          articleId={article.id}
          maxCount={MAX_COUNT}
          kinds={QUESTION_KINDS.map((k) => ({ value: k, label: t.kindLabels[k] }))}
          categories={CATEGORIES.map((c) => ({ value: c, label: t.categoryLabels[c] }))}
          skills={QUESTION_SKILLS.map((s) => ({ value: s, label: t.skillLabels[s] }))}
          labels={{ count: t.countLabel, kinds: t.kindsLegend, categories: t.categoriesLegend, skills: t.skillsLegend, skillsHint: t.skillsHint, submit: t.generateButton, submitting: t.generating }}
        />
      </section>
      {article.quizzes.length > 0 && (
        <section className="card" aria-labelledby="article-quizzes">
          <h2 id="article-quizzes">{t.quizzesFromArticle}</h2>
          <ul className="plain stack">
            {article.quizzes.map((q) => (
              <li key={q.id}>
                <Link href={`/teacher/quizzes/${q.id}`}>{q.title}</Link> <span className="badge">{t.statusLabels[q.status] ?? q.status}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="edit-article-title" data-testid="edit-article">
        <h2 id="edit-article-title">{t.editArticleTitle}</h2>
        {lock ? (
          <p className="alert warning" data-testid="edit-article-locked">
            {t.editArticleLocked[lock]}
          </p>
        ) : (
          <>
            <p className="muted small">{t.editArticleIntro}</p>
            <ArticleEditForm
              action={editArticleAction}
              articleId={article.id}
              title={article.title}
              text={article.text}
              maxChars={MAX_TEXT_CHARS}
              labels={{ title: t.editTitleLabel, text: t.editTextLabel, textHelp: t.editTextHelp, submit: t.editArticleButton, tooLong: t.importErrors.text_too_long }}
            />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="delete-article-title">
        <h2 id="delete-article-title">{t.deleteArticleButton}</h2>
        {impact ? (
          <div className="alert warning">
            <h3 id="delete-confirm-title" tabIndex={-1}>
              {t.deleteArticleConfirmTitle}
            </h3>
            {sp.error === "unconfirmed" && (
              <p className="alert error" role="alert">
                {t.deleteArticleUnconfirmed}
              </p>
            )}
            <form action={deleteArticleAction}>
              <input type="hidden" name="articleId" value={article.id} />
              <input type="hidden" name="confirm" value="yes" />
              <p data-testid="delete-impact">{impact.quizzes > 0 ? t.deleteArticleQuizzes(impact.quizzes, impact.attempts) : t.deleteArticleNoQuiz}</p>
              {impact.quizzes > 0 && (
                <p>
                  <label className="inline-choice">
                    <input type="checkbox" name="confirmQuizzes" value={impact.quizzes} required /> {t.deleteArticleCheck(impact.quizzes)}
                  </label>
                </p>
              )}
              <div className="toolbar">
                <PendingButton className="danger">{t.deleteConfirmButton}</PendingButton>
                <Link className="button secondary" href={`/teacher/articles/${article.id}`}>
                  {t.cancel}
                </Link>
              </div>
            </form>
          </div>
        ) : (
          <form action={deleteArticleAction}>
            <input type="hidden" name="articleId" value={article.id} />
            <button type="submit" className="danger">
              {t.deleteArticleButton}
            </button>
          </form>
        )}
      </section>
      <section className="card" aria-labelledby="article-text-title">
        <h2 id="article-text-title">{t.articleTextHeading}</h2>
        <ArticleText text={article.text} />
      </section>
    </>
  );
}
