// Date helpers for dated facts. Facts use ISO day strings compared lexically, and the
// half-open rule [from, to) everywhere, so "to" is the first day something stops being true.
import type { IsoDate, Period } from "./types";

/** The UTC calendar day of a Date, as "YYYY-MM-DD" (the article date has day precision). */
export function isoDay(date: Date | IsoDate): IsoDate {
  if (typeof date === "string") return date.slice(0, 10);
  return date.toISOString().slice(0, 10);
}

export function holdsAt(period: Period, date: Date | IsoDate): boolean {
  const d = isoDay(date);
  return (period.from === null || d >= period.from) && (period.to === null || d < period.to);
}

export function addDays(date: Date | IsoDate, days: number): IsoDate {
  const d = new Date(`${isoDay(date)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/**
 * True when a change of any of these periods happens within `days` of the date. Prompts say
 * "in January 2022" (month precision) and some of our dates are approximate, so a fact that
 * changed near the date is not asked about.
 */
export function nearChange(periods: Period[], date: Date | IsoDate, days: number): boolean {
  const lo = addDays(date, -days);
  const hi = addDays(date, days);
  return periods.some((p) => [p.from, p.to].some((b) => b !== null && b >= lo && b <= hi));
}

/** First and last day of the date's calendar month. */
export function monthBounds(date: Date | IsoDate): { first: IsoDate; last: IsoDate } {
  const d = isoDay(date);
  const first = `${d.slice(0, 7)}-01`;
  const next = new Date(`${first}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  next.setUTCDate(0);
  return { first, last: isoDay(next) };
}

// Intl formatters are costly to build; the same few are used for every fact.
const MONTH_YEAR = { fr: new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }), en: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }) };
const DAY = { fr: new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }), en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }) };
const DAY_MEMO = new Map<string, string>();

/** "janvier 2022" / "January 2022". */
export function formatMonthYear(date: Date | IsoDate, lang: "fr" | "en"): string {
  const d = new Date(`${isoDay(date)}T00:00:00Z`);
  return MONTH_YEAR[lang === "fr" ? "fr" : "en"].format(d);
}

/** "1er mars 2019" / "1 March 2019". French writes the first day of a month as an ordinal. */
export function formatDay(date: Date | IsoDate, lang: "fr" | "en"): string {
  const iso = isoDay(date);
  const key = `${lang}${iso}`;
  const hit = DAY_MEMO.get(key);
  if (hit !== undefined) return hit;
  const d = new Date(`${iso}T00:00:00Z`);
  const r = lang === "fr" && iso.endsWith("-01") ? `1er ${MONTH_YEAR.fr.format(d)}` : DAY[lang === "fr" ? "fr" : "en"].format(d);
  if (DAY_MEMO.size > 10_000) DAY_MEMO.clear();
  DAY_MEMO.set(key, r);
  return r;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
