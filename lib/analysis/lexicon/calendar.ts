// Month and weekday names, lower-cased. Index 0 = January / Sunday (like Date.getUTCDay()).
import type { Language } from "../../generation/contract";

export const MONTHS: Record<Language, readonly string[]> = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
};

/** English abbreviations accepted in dates ("Jan. 5", "Sept 3"). */
export const EN_MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const WEEKDAYS: Record<Language, readonly string[]> = {
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  en: ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
};

export function monthIndex(word: string, lang: Language): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS[lang].indexOf(w);
  if (i >= 0) return i + 1;
  if (lang === "fr" && w === "fevrier") return 2;
  if (lang === "fr" && w === "aout") return 8;
  if (lang === "fr" && w === "decembre") return 12;
  if (lang === "en") return EN_MONTH_ABBR[w] ?? 0;
  return 0;
}

export function weekdayIndex(word: string, lang: Language): number {
  return WEEKDAYS[lang].indexOf(word.toLowerCase());
}
