// Shared text rules for every import path: decode bytes, refuse binary content, normalise
// line breaks and blank lines, refuse script code, enforce the length cap.
import { unwrapLines } from "../../analysis/line-wraps";
import { ImportError } from "./import-error";
import { MAX_TEXT_CHARS } from "./limits";

/** True for bytes that are not text: NUL bytes or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

/** UTF-8 (with or without BOM), falling back to Windows-1252 for old French files. */
export function decodeText(bytes: Uint8Array): string {
  if (looksBinary(bytes)) throw new ImportError("binary");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * Paragraphs separated by one blank line, spaces collapsed inside lines, no control characters,
 * and the line breaks of a hard-wrapped paragraph (a PDF, a fixed-width text file) joined.
 */
export function normaliseText(text: string): string {
  return unwrapLines(text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff\u200b]/g, "")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim());
}

const SCRIPT_PATTERNS = [/<\s*\/?\s*script\b/i, /\bjavascript\s*:/i, /<[^>]{0,200}[\s/"']on[a-z]{3,20}\s*=/i];

/** Text and Markdown files are articles, not pages: script code in their source means the wrong file. */
export function refuseScripts(source: string): string {
  if (SCRIPT_PATTERNS.some((re) => re.test(source))) throw new ImportError("script_content");
  return source;
}

/** Final gate for any article text, whatever its origin. Returns the normalised text. */
export function checkArticleText(raw: string): string {
  const text = normaliseText(raw);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new ImportError("empty");
  // Stored text is only ever rendered as text, but code in an "article" means the wrong file.
  if (SCRIPT_PATTERNS.some((re) => re.test(text))) throw new ImportError("script_content");
  if (text.length > MAX_TEXT_CHARS) throw new ImportError("text_too_long");
  return text;
}
