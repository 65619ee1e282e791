// The first paragraphs of an imported article often repeat the title (Word files, pages whose
// <h1> is kept) or carry a date / byline line ("Publié le 3 janvier 2022 à 10h32", "Par Jeanne
// Martin"). They are not article text: questions and evidence would be drawn from them.
const MONTHS =
  "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep";
const DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
// (\b is ASCII-only in JS: "publié\b" never matches, so the end of the word is spelled out.)
const LEAD = /^(?:publié|publiée|mis à jour|mise à jour|modifié|modifiée|actualisé|actualisée|updated|published|posted|last updated)(?=[\s:,]|$)/iu;
// A byline names someone: "Par Jeanne Martin", not "By the end of 2021" (case matters here).
const BYLINE = /^(?:[Pp]ar|PAR|[Bb]y|BY)\s+\p{Lu}/u;
// What a date line is made of: dates, times, month and day names, small linking words.
const DATE_TOKENS = new RegExp(
  [
    `\\b(?:${MONTHS})\\b\\.?`,
    `\\b(?:${DAYS})\\b`,
    "\\b\\d{1,4}(?:[-/.]\\d{1,2}(?:[-/.]\\d{1,4})?)?\\b",
    "\\b\\d{1,2}\\s?(?:h|:)\\s?\\d{0,2}\\b",
    "\\b(?:le|à|a|at|on|the|of|er|am|pm|utc|gmt|cet|heure|heures)\\b",
  ].join("|"),
  "giu",
);

const MAX_META_CHARS = 160;

function comparable(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A short line that is only a date and time, or starts like a byline / "published" line. */
export function isDateOrBylineLine(line: string): boolean {
  const s = line.trim();
  if (!s || s.length > MAX_META_CHARS) return false;
  // A sentence of the article ends with a full stop and says something: not a byline.
  const words = s.split(/\s+/).length;
  if ((LEAD.test(s) || BYLINE.test(s)) && words <= 20 && !/[.!?]\s+\p{Lu}/u.test(s)) return true;
  const hasDate = new RegExp(`\\b(?:${MONTHS})\\b|\\b\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}\\b`, "iu").test(s);
  if (!hasDate) return false;
  const rest = s.replace(DATE_TOKENS, " ").replace(/[^\p{L}]+/gu, " ").trim();
  return rest === "" || rest.split(/\s+/).length <= 1;
}

/**
 * Drops, from the start of `text` (paragraphs separated by blank lines), a repeat of `title`
 * and date / byline lines — at most three paragraphs, and never the last one left.
 */
export function stripArticleStart(text: string, title: string | null): string {
  const paragraphs = text.split(/\n{2,}/);
  const titleKey = title ? comparable(title) : "";
  let drop = 0;
  while (drop < 3 && paragraphs.length - drop > 1) {
    const p = paragraphs[drop].trim();
    const isTitle = titleKey !== "" && comparable(p) === titleKey;
    if (!isTitle && !isDateOrBylineLine(p)) break;
    drop++;
  }
  return drop ? paragraphs.slice(drop).join("\n\n") : text;
}
