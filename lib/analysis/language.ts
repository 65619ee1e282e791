// Two-way fr/en detection by stopword ratio; other languages are recognised only to be rejected.
import type { Language } from "../generation/contract";
import { FOREIGN_STOPWORDS, STOPWORDS } from "./lexicon/stopwords";

export interface LanguageGuess {
  language: Language | null;
  /** Best non-fr/en language when it beats French and English, e.g. "es". */
  other: string | null;
  scores: Record<string, number>;
}

const MAX_WORDS = 5000;

// Only words that belong to one language count: "de", "la", "que" are French and Spanish alike.
const ALL: Record<string, ReadonlySet<string>> = { fr: STOPWORDS.fr, en: STOPWORDS.en, ...FOREIGN_STOPWORDS };
const DISTINCTIVE: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(ALL).map(([lang, set]) => [
    lang,
    new Set([...set].filter((w) => !Object.entries(ALL).some(([other, o]) => other !== lang && o.has(w)))),
  ]),
); // the first few thousand words decide; keeps detection O(1) on huge inputs

export function detectLanguage(text: string): LanguageGuess {
  const words: string[] = [];
  const re = /[\p{L}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && words.length < MAX_WORDS) words.push(m[0].toLowerCase());
  const scores: Record<string, number> = {};
  for (const [lang, set] of Object.entries(DISTINCTIVE)) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    scores[lang] = words.length ? hits / words.length : 0;
  }
  const best = Object.entries(scores).sort((a, b) => b[1] - a[1])[0];
  const frEn = scores.fr >= scores.en ? "fr" : "en";
  // French/English stopword lists are longer than the foreign ones, so a foreign language must win
  // clearly; a real fr/en article scores 0.3–0.5 on its own list.
  if (best && best[0] !== "fr" && best[0] !== "en" && best[1] > scores[frEn] * 0.9) {
    return { language: null, other: best[0], scores };
  }
  if (scores[frEn] < 0.08) return { language: null, other: best && best[1] > 0.1 ? best[0] : null, scores };
  return { language: frEn, other: null, scores };
}
