// A web page to article text: safe fetch, then Readability for HTML; plain text and PDF too.
import { env } from "@/lib/env";
import { articleFromHtml } from "./from-html";
import { ImportError } from "./import-error";
import type { ImportedText } from "./import-file";
import { parseInWorker } from "./parse-in-worker";
import { checkArticleText, decodeText } from "./plain-text";
import { safeFetch, type FetchOptions } from "./safe-fetch";

function charsetOf(contentType: string, body: Buffer): string | null {
  const header = contentType.match(/charset=["']?([\w-]+)/i)?.[1];
  if (header) return header;
  const meta = body.subarray(0, 4096).toString("latin1").match(/<meta[^>]{0,200}charset=["']?([\w-]+)/i)?.[1];
  return meta ?? null;
}

function decodeBody(contentType: string, body: Buffer): string {
  const charset = charsetOf(contentType, body);
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(body);
    } catch {
      // Unknown label: fall through to UTF-8 / Windows-1252 detection.
    }
  }
  return decodeText(body);
}

export async function importUrl(raw: string, options: FetchOptions = {}): Promise<ImportedText> {
  const page = await safeFetch(raw, { allowPrivate: env().ALLOW_PRIVATE_URL_IMPORT, ...options });
  const type = page.contentType.split(";")[0].trim().toLowerCase();
  const host = new URL(page.url).hostname;
  if (type === "application/pdf") {
    const text = checkArticleText(await parseInWorker("pdf", page.body));
    return { text, title: null, format: "url", source: host };
  }
  if (type === "text/plain") {
    const text = checkArticleText(decodeBody(page.contentType, page.body));
    return { text, title: null, format: "url", source: host };
  }
  if (type !== "text/html" && type !== "application/xhtml+xml" && type !== "") throw new ImportError("url_unsupported_type");
  const article = articleFromHtml(decodeBody(page.contentType, page.body));
  const text = checkArticleText(article.text);
  return { text, title: article.title, format: "url", source: article.siteName || host, publishedAt: article.publishedTime, lang: article.lang };
}
