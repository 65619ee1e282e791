import { requireTeacher } from "@/lib/server/auth";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { ArticleImportForm } from "@/components/teacher/article-import-form";
import { MAX_FILE_BYTES, MAX_TEXT_CHARS } from "@/lib/server/import/limits";
import { localizedMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = localizedMetadata("importArticle");

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  await requireTeacher("/teacher/articles/new");
  const t = teacherMessages[await getLocale()];
  const { error } = await searchParams;
  return (
    <section className="card" aria-labelledby="new-article-title">
      <h1 id="new-article-title">{t.newArticleTitle}</h1>
      <ArticleImportForm
        maxFileBytes={MAX_FILE_BYTES}
        maxTextChars={MAX_TEXT_CHARS}
        initialError={error ? (t.importErrors[error] ?? t.importErrors.failed) : undefined}
        labels={{
          modeLegend: t.importModeLegend,
          modes: { paste: t.modePaste, file: t.modeFile, url: t.modeUrl },
          text: t.articleTextLabel,
          textHelp: t.articleTextHelp,
          file: t.fileLabel,
          fileHelp: t.fileHelp,
          url: t.urlLabel,
          urlHelp: t.urlHelp,
          title: `${t.titleLabel} (${t.optional})`,
          titleHelp: t.titleHelp,
          source: `${t.sourceLabel} (${t.optional})`,
          date: `${t.dateLabel} (${t.optional})`,
          language: t.languageLabel,
          languageAuto: t.languageAuto,
          languageFr: t.languageFr,
          languageEn: t.languageEn,
          submit: t.importButton,
          submitting: t.importing,
          fileTooLarge: t.importErrors.file_too_large,
          failed: t.importErrors.failed,
        }}
      />
    </section>
  );
}
