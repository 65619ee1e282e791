// POST /api/teacher/articles: imports an article (pasted text, uploaded file or web address)
// for the signed-in teacher. Answers JSON { id } or { error: { code, message } }; a plain
// form post (no JavaScript) is redirected to the article or back to the form instead.
import { NextResponse } from "next/server";
import { requireTeacherForApi } from "@/lib/server/auth";
import { env } from "@/lib/env";
import { isSameOriginRequest } from "@/lib/server/http/same-origin";
import { getLocale } from "@/lib/i18n/server";
import { teacherMessages } from "@/lib/i18n/messages/teacher";
import { ArticleMetaSchema } from "@/lib/server/articles/article-meta";
import { createArticle, UnknownLanguageError } from "@/lib/server/articles/articles";
import { ImportError } from "@/lib/server/import/import-error";
import { importFile, type ImportedText } from "@/lib/server/import/import-file";
import { importUrl } from "@/lib/server/import/from-url";
import { MAX_FILE_BYTES, MAX_TEXT_CHARS } from "@/lib/server/import/limits";
import { checkArticleText } from "@/lib/server/import/plain-text";
import { readCappedForm } from "@/lib/server/import/read-upload";

export const dynamic = "force-dynamic";

/** Statuses other than 422 (content refused). */
const IMPORT_STATUS: Partial<Record<ImportError["code"], number>> = { file_too_large: 413, invalid_form: 400, import_busy: 503 };

function wantsJson(req: Request): boolean {
  return (req.headers.get("accept") ?? "").includes("application/json");
}

export async function POST(req: Request): Promise<Response> {
  const t = teacherMessages[await getLocale()];
  const fail = (status: number, code: string) => {
    if (wantsJson(req)) return NextResponse.json({ error: { code, message: t.importErrors[code] ?? t.importErrors.failed } }, { status });
    return NextResponse.redirect(new URL(`/teacher/articles/new?error=${encodeURIComponent(code)}`, req.url), 303);
  };
  // A cross-site post is answered 403 even as a plain form post: never redirected as if it
  // were the teacher's own form.
  if (!isSameOriginRequest(req, env().APP_URL)) {
    return NextResponse.json({ error: { code: "forbidden", message: t.importErrors.forbidden } }, { status: 403 });
  }
  const teacher = await requireTeacherForApi();
  if (!teacher) return NextResponse.json({ error: { code: "unauthorized", message: "Sign in first." } }, { status: 401 });
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data") && !type.startsWith("application/x-www-form-urlencoded")) return fail(415, "failed");

  try {
    const form = await readCappedForm(req, MAX_FILE_BYTES);
    const meta = ArticleMetaSchema.safeParse({
      title: form.get("title") ?? undefined,
      source: form.get("source") ?? undefined,
      date: form.get("date") ?? undefined,
      language: form.get("language") ?? undefined,
    });
    if (!meta.success) return fail(422, "invalid_meta");
    const mode = String(form.get("mode") ?? "paste");
    let imported: ImportedText & { sourceUrl?: string };
    let via: "paste" | "file" | "url";
    if (mode === "file") {
      const file = form.get("file");
      if (!(file instanceof File) || (file.size === 0 && !file.name)) return fail(422, "no_file");
      if (file.size > MAX_FILE_BYTES) return fail(413, "file_too_large");
      imported = await importFile(file.name, new Uint8Array(await file.arrayBuffer()));
      via = "file";
    } else if (mode === "url") {
      const url = String(form.get("url") ?? "").trim();
      if (!url) return fail(422, "no_url");
      if (url.length > 2000) throw new ImportError("url_invalid");
      imported = { ...(await importUrl(url)), sourceUrl: url };
      via = "url";
    } else {
      const raw = String(form.get("text") ?? "");
      if (!raw.trim()) return fail(422, "no_text");
      if (raw.length > MAX_TEXT_CHARS * 2) throw new ImportError("text_too_long");
      imported = { text: checkArticleText(raw), title: null, format: "txt" };
      via = "paste";
    }
    const { id } = await createArticle(teacher.id, meta.data, imported, via);
    if (wantsJson(req)) return NextResponse.json({ id }, { status: 201 });
    return NextResponse.redirect(new URL(`/teacher/articles/${id}`, req.url), 303);
  } catch (e) {
    if (e instanceof ImportError) return fail(IMPORT_STATUS[e.code] ?? 422, e.code);
    if (e instanceof UnknownLanguageError) return fail(422, "unknown_language");
    console.error("article import failed:", e instanceof Error ? e.message : e);
    return fail(500, "failed");
  }
}
