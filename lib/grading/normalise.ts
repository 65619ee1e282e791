// Answer normalisation: the canonical form two answers are compared in.
// Case, accents, ligatures, apostrophe and quote styles, hyphens, spacing and leading articles
// must not decide whether a student is right.
import type { Language } from "../generation/contract";

/** Longest answer we look at; longer input is cut, so every step stays linear and cheap. */
export const MAX_ANSWER_CHARS = 500;

// Letters that NFD does not decompose into base + mark.
const EXTRA_FOLDS: Record<string, string> = {
  œ: "oe",
  æ: "ae",
  ß: "ss",
  ø: "o",
  ł: "l",
  đ: "d",
  ı: "i",
};

const LEADING_ARTICLE: Record<Language, RegExp> = {
  // A lone "l"/"d" is an elision whose apostrophe was typed as a space ("l OTSC").
  fr: /^(?:(?:le|la|les|un|une|des|du|de|au|aux|l|d) +|[ld]')/,
  en: /^(?:the|a|an) +/,
};

/**
 * Canonical comparison form of a free-text answer.
 * "L’OTSC" → "otsc", "le Kazakhstan" → "kazakhstan", "Nur-Sultan" → "nur sultan",
 * "cœur" → "coeur", "O.N.U." → "onu". Apostrophes inside words are kept as "'".
 */
export function normaliseAnswer(s: string, lang: Language): string {
  let t = s.slice(0, MAX_ANSWER_CHARS).normalize("NFKC").toLowerCase();
  t = t
    .replace(/[’ʼ‘`´′]/g, "'")
    .replace(/[«»“”„‟"‹›]/g, " ")
    .replace(/[\u00A0\u202F\u2009\u2007\t\r\n]/g, " ")
    .replace(/[œæßøłđı]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\p{Pd}\u2212/_]/gu, " ");
  // Acronyms with dots ("o.n.u.", "u.s.") become one word before other dots turn into spaces.
  t = t.replace(/(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, "") + " ");
  t = t.replace(/[^\p{L}\p{N}' ]/gu, " ");
  // An apostrophe not between two word characters is a quote mark, not an elision.
  t = t.replace(/'(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])'/gu, " ");
  t = t.replace(/ +/g, " ").trim();
  return dropLeadingArticles(t, lang);
}

/** Drops leading articles, repeatedly ("de l'OTSC" → "otsc"), but never down to nothing. */
function dropLeadingArticles(t: string, lang: Language): string {
  const re = LEADING_ARTICLE[lang];
  for (let i = 0; i < 3; i++) {
    const m = re.exec(t);
    if (!m || m[0].length >= t.length) break;
    t = t.slice(m[0].length);
  }
  return t;
}

/** Normalised form without spaces or apostrophes: "Nur Sultan" = "Nursultan", "d'Ivoire" = "divoire". */
export function compactAnswer(normalised: string): string {
  return normalised.replace(/[ ']/g, "");
}
