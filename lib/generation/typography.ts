// Typography of generated text: French spacing (U+202F before ? ! : ; and inside « »),
// quoting an article sentence, and number rendering with Intl.NumberFormat.
import type { Language } from "./contract";

export const NNBSP = "\u202F";

const DOUBLED_HIGH_PUNCT = new RegExp(`${NNBSP}([?!;])${NNBSP}([?!;])`, "g");

/**
 * ''…'' (two apostrophes each side, a wiki or typewriter habit) is a pair of quotation marks:
 * copied as is, a prompt reads "''We will …''" (reading 115). Not after a digit: 1'53''17 is a time.
 */
const DOUBLED_APOSTROPHE_QUOTE = /(?<![\p{L}\p{N}'’])(?:''|’’)(?=\S)((?:(?!''|’’)[^\n])*?[^\s'’])(?:''|’’)(?![\p{L}\p{N}'’])/gu;
export function doubledApostropheQuotes(s: string): string {
  return s.includes("''") || s.includes("’’") ? s.replace(DOUBLED_APOSTROPHE_QUOTE, "\"$1\"") : s;
}

/** French high punctuation gets a narrow no-break space; English gets none. */
export function applyTypography(s: string, lang: Language): string {
  let t = doubledApostropheQuotes(s.replace(/[ \u00A0]{2,}/g, " "));
  // "the company`s failure", "days` notice" (reading 77): a backtick or an acute accent after a
  // letter is an apostrophe the article's keyboard lacked.
  if (/[`´]/.test(t)) t = t.replace(/(?<=\p{L})[`´](?=\p{L}|[\s\u00A0]|$)/gu, "’");
  t = tidyTypedSpaces(t, lang);
  if (lang === "fr") {
    // French typography uses the typographic apostrophe in everything the generator writes;
    // evidence.text stays the exact slice of the article and never passes through here.
    // Each rewrite only runs when its mark is present: the Unicode-aware patterns are the
    // costliest part of building prompts, and most strings have no colon or guillemet.
    t = t.replace(/'/g, "’");
    const high = /[?!;]/.test(t);
    if (high) t = t.replace(/[\s\u00A0\u202F]*([?!;])/g, `${NNBSP}$1`);
    if (t.includes(":")) t = t.replace(/[ \u00A0\u202F]+:(?!\d)/g, `${NNBSP}:`).replace(/(\p{L}|[»)])(:)(?=\s)/gu, `$1${NNBSP}$2`);
    if (t.includes("«")) t = t.replace(/«[\s\u00A0\u202F]*/g, `«${NNBSP}`);
    if (t.includes("»")) t = t.replace(/[\s\u00A0\u202F]*»/g, `${NNBSP}»`);
    if (high) t = t.replace(DOUBLED_HIGH_PUNCT, `${NNBSP}$1$2`);
  } else {
    t = t.replace(/[ \u00A0\u202F]+([?!;:])/g, "$1");
  }
  return t.trim();
}

/**
 * Spaces the article typed where none belongs, in text quoted from it: before a comma
 * ("Lease Finance Corp. , the world's …", reading 119) and before a possessive 's ("the Department
 * of Fish and Game ‘s Office", reading 121). evidence.text keeps them: it is the exact slice.
 */
export function tidyTypedSpaces(s: string, lang?: Language): string {
  let t = s;
  if (t.includes(" ,") || t.includes("\u00A0,")) t = t.replace(/(?<=[^\s\u00A0\u202F_])[ \u00A0\u202F]+,(?=[\s\u00A0]|$)/gu, ",");
  if (/[ \u00A0][‘’']s/u.test(t)) t = t.replace(/(?<=\p{L})[ \u00A0]+[‘’'](?=s(?![\p{L}’'‘]))/gu, "’");
  // « lesFrançaises », « del’Euro », "theFrench" (reading 125): a space the article lost after a
  // function word, seen where a capital follows it inside one word.
  if (/\p{Ll}\p{Lu}|del['’]\p{Lu}/u.test(t)) t = t.replace(GLUED_FUNCTION_WORD, "$1 ").replace(/(?<![\p{L}])([Dd]e)(l['’]\p{Lu})/gu, "$1 $2");
  // "hay- lined trailers" (reading 131): a space typed after a compound's hyphen; "pre- and
  // post-war", « pré- et postopératoire » share the hyphen's second half and keep the space.
  if (/\p{L}-[ \u00A0]/u.test(t)) t = t.replace(/(?<=\p{L}{2})-[ \u00A0]+(?!(?:and|or|nor|to|et|ou|à)(?![\p{L}]))(?=\p{Ll}{2,})/gu, "-");
  // « le ministère de l' Intérieur » (reading 125): a French elision takes no space after it.
  if (lang === "fr" && /['’][ \u00A0]/u.test(t)) t = t.replace(FRENCH_ELISION_SPACE, "$1");
  return t;
}

const GLUED_FUNCTION_WORD = /(?<![\p{L}])(les|des|aux|une|dans|pour|avec|sur|par|the|and|with|from)(?=\p{Lu}\p{Ll}{2,})/gu;
const FRENCH_ELISION_SPACE = /(?<![\p{L}])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’])[ \u00A0]+(?=\p{L})/giu;

/** Wraps an article excerpt in quotes; quotes inside become the second-level kind. */
export function quoteExcerpt(s: string, lang: Language): string {
  const inner = doubledApostropheQuotes(s.trim());
  if (lang === "fr") {
    const t = inner.replace(/«[\s\u00A0\u202F]*/g, "“").replace(/[\s\u00A0\u202F]*»/g, "”").replace(/"([^"]*)"/g, "“$1”");
    return `«${NNBSP}${t}${NNBSP}»`;
  }
  const t = inner.replace(/[“"]([^”"]*)[”"]/g, "‘$1’");
  return `“${t}”`;
}

const FORMATTERS = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, decimals: number, lang: Language): string {
  const key = `${lang}:${decimals}`;
  let f = FORMATTERS.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    FORMATTERS.set(key, f);
  }
  return f.format(value);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Collapse runs of ordinary whitespace; no-break spaces (inside numbers, before "%") are kept. */
export function tidySpaces(s: string): string {
  return s.replace(/[ \t\r\n]+/g, " ").trim();
}
