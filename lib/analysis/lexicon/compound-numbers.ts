// Numbers written as several words: « vingt-trois », « deux-cents », « quatre-vingt-douze »,
// "forty-six", "two hundred fifty", "one thousand three hundred". The single words of
// number-words.ts cover one to twenty and round tens; a lede such as « Vingt-trois terroristes … »
// or "Forty-six sailors were killed" held no figure at all before.
import type { Language } from "../../generation/contract";
import { NUMBER_PART_WORDS, numberToWord } from "./number-words";

const FR_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"];
const FR_TENS: Record<number, string> = { 20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante" };
const EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_TENS: Record<number, string> = { 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety" };

const VALUE: Record<Language, Record<string, number>> = {
  fr: {
    ...Object.fromEntries(FR_UNITS.slice(1).map((w, i) => [w, i + 1])), une: 1,
    ...Object.fromEntries(Object.entries(FR_TENS).map(([v, w]) => [w, Number(v)])), vingts: 20,
  },
  en: { ...Object.fromEntries(EN_UNITS.slice(1).map((w, i) => [w, i + 1])), ...Object.fromEntries(Object.entries(EN_TENS).map(([v, w]) => [w, Number(v)])) },
};

const JOIN: Record<Language, string> = { fr: "et", en: "and" };

/** Two or more number words in a row, joined by spaces, hyphens or « et » / "and". */
export const COMPOUND_NUMBER: Record<Language, RegExp> = {
  fr: compoundRe("fr"),
  en: compoundRe("en"),
};

function compoundRe(lang: Language): RegExp {
  const sep = `(?:[\\s\\u00A0]+|-)(?:${JOIN[lang]}(?:[\\s\\u00A0]+|-))?`;
  const part = NUMBER_PART_WORDS[lang];
  return new RegExp(`(?<![\\p{L}-])(?:${part})(?:${sep}(?:${part}))+(?![\\p{L}-])`, "giu");
}

/** How a compound is written, so options are written the same way: hyphens everywhere (« deux-cent-dix »), "and" after hundred. */
export interface CompoundStyle {
  hyphens: boolean;
  and: boolean;
}

export function compoundStyle(text: string, lang: Language): CompoundStyle {
  const t = text.toLowerCase();
  return lang === "fr"
    ? { hyphens: /-(?:cents?|mille|et)(?![\p{L}])|(?:cents?|mille)-/u.test(t), and: false }
    : { hyphens: /-(?:hundred|thousand)|(?:hundred|thousand)-/u.test(t), and: /[\s-]and[\s-]/u.test(t) };
}

function frBelow100(n: number): string {
  if (n <= 16) return FR_UNITS[n];
  if (n < 20) return `dix-${FR_UNITS[n - 10]}`;
  if (n < 70) {
    const tens = Math.floor(n / 10) * 10;
    const u = n % 10;
    return u === 0 ? FR_TENS[tens] : u === 1 ? `${FR_TENS[tens]} et un` : `${FR_TENS[tens]}-${FR_UNITS[u]}`;
  }
  if (n < 80) return n === 71 ? "soixante et onze" : `soixante-${frBelow100(n - 60)}`;
  return n === 80 ? "quatre-vingts" : `quatre-vingt-${frBelow100(n - 80)}`;
}

function frBelow1000(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (!h) return frBelow100(r);
  const head = h === 1 ? "cent" : `${FR_UNITS[h]} cent${r ? "" : "s"}`;
  return r ? `${head} ${frBelow100(r)}` : head;
}

function enBelow100(n: number): string {
  if (n < 20) return EN_UNITS[n];
  const u = n % 10;
  return u ? `${EN_TENS[n - u]}-${EN_UNITS[u]}` : EN_TENS[n];
}

function enBelow1000(n: number, and: boolean): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (!h) return enBelow100(r);
  return r ? `${EN_UNITS[h]} hundred ${and ? "and " : ""}${enBelow100(r)}` : `${EN_UNITS[h]} hundred`;
}

/** A whole number from 1 to 999 999 in words, in the given style; null outside that range. */
export function compoundWords(n: number, lang: Language, style: CompoundStyle = { hyphens: false, and: false }): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 999_999) return null;
  const t = Math.floor(n / 1000);
  const r = n % 1000;
  let out: string;
  if (lang === "fr") {
    // « deux cent mille », « quatre-vingt mille »: no plural before « mille ».
    const thousands = t === 0 ? "" : t === 1 ? "mille" : `${frBelow1000(t).replace(/(cent|vingt)s$/u, "$1")} mille`;
    out = [thousands, r ? frBelow1000(r) : ""].filter(Boolean).join(" ");
  } else {
    const thousands = t ? `${enBelow1000(t, style.and)} thousand` : "";
    out = [thousands, r ? enBelow1000(r, style.and) : ""].filter(Boolean).join(" ");
  }
  // The 1990 spelling joins every part with hyphens (« deux-cent-vingt-et-un »), as some English does.
  return style.hyphens ? out.replace(/ /gu, "-") : out;
}

/** The value of a compound as written, or null when it is no well-formed number ("nineteen ninety-five" is a year). */
export function compoundValue(text: string, lang: Language): number | null {
  const words = text.toLowerCase().split(/[\s\u00A0-]+/u).filter((w) => w && w !== JOIN[lang]);
  if (words.length < 2) return null;
  let total = 0;
  let current = 0;
  for (const [i, w] of words.entries()) {
    if (w === "cent" || w === "cents" || w === "hundred") current = (current || 1) * 100;
    else if (w === "mille" || w === "thousand") {
      total += (current || 1) * 1000;
      current = 0;
    } else if (lang === "fr" && (w === "vingt" || w === "vingts") && words[i - 1] === "quatre") current += 80 - 4;
    else if (VALUE[lang][w] !== undefined) current += VALUE[lang][w];
    else return null;
  }
  const value = total + current;
  // Read back: a value whose words are not the text's (a year, "un deux trois") is no compound.
  const again = compoundWords(value, lang, compoundStyle(text, lang));
  const plain = (s: string) => s.toLowerCase().replace(/[\s\u00A0-]+/gu, " ").replace(/ (?:et|and) /gu, " ").replace(/\b(cent|vingt)s\b/gu, "$1").trim();
  return again && plain(again) === plain(text) ? value : null;
}

/**
 * A value in words as a mention writes it: a compound mention (« vingt-trois ») takes any value in
 * its own style, a single word only the exact entries (« trente », never « trente-deux »).
 */
export function wordsLike(n: number, lang: Language, compound?: string): string | null {
  return compound ? compoundWords(n, lang, compoundStyle(compound, lang)) : numberToWord(n, lang);
}
