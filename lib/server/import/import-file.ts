// One uploaded file to article text (+ a suggested title), whatever its format.
import { detectFormat, type FileFormat } from "./detect-format";
import { textFromHtmlFile } from "./from-html";
import { textFromMarkdown } from "./from-markdown";
import { textFromTxt } from "./from-text";
import { ImportError } from "./import-error";
import { MAX_FILE_BYTES } from "./limits";
import { parseInWorker } from "./parse-in-worker";
import { checkArticleText } from "./plain-text";
import { stripArticleStart } from "./article-start";

export interface ImportedText {
  text: string;
  title: string | null;
  format: FileFormat | "url";
  source?: string | null;
  publishedAt?: string | null;
  lang?: string | null;
}

function firstLineTitle(text: string): string | null {
  const line = text.split("\n", 1)[0]?.trim() ?? "";
  return line && line.length <= 200 ? line : null;
}

export async function importFile(fileName: string, bytes: Uint8Array): Promise<ImportedText> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new ImportError("file_too_large");
  const format = detectFormat(fileName, bytes);
  switch (format) {
    case "txt":
    case "md": {
      const text = checkArticleText(format === "txt" ? textFromTxt(bytes) : textFromMarkdown(bytes));
      return { text, title: firstLineTitle(text), format };
    }
    case "html": {
      const page = textFromHtmlFile(bytes);
      const text = checkArticleText(page.text);
      return { text, title: page.title, format, source: page.siteName, publishedAt: page.publishedTime, lang: page.lang };
    }
    case "docx": {
      // A Word file's first line is its title: kept as the title, not repeated as the first
      // paragraph, nor a date / byline line under it.
      const raw = checkArticleText(await parseInWorker(format, bytes));
      const title = firstLineTitle(raw);
      return { text: checkArticleText(stripArticleStart(raw, title)), title, format };
    }
    case "pdf": {
      const text = checkArticleText(await parseInWorker(format, bytes));
      return { text, title: firstLineTitle(text), format };
    }
  }
}
