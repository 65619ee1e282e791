// Dates written in the article ("lundi 10 janvier", "le 6 janvier", "2 janvier 2022",
// "January 5", "in 2008", "mardi"), resolved to calendar days against a reference date.
// Years missing from "lundi 10 janvier" are inferred from the weekday when one is written.
import type { Language } from "../generation/contract";
import { monthIndex, MONTHS, WEEKDAYS, weekdayIndex, EN_MONTH_ABBR } from "./lexicon/calendar";
import type { DateMention, Sentence } from "./types";

const SP = "[\\s\\u00A0\\u202F]+";
const DAY_MS = 86_400_000;

function alt(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join("|");
}

interface RawDate {
  start: number;
  end: number;
  sentenceIndex: number;
  day: number;
  month: number;
  year: number; // 0 = unknown
  weekday: number; // -1 = none
  granularity: "day" | "month" | "year";
  relative: boolean;
}

function buildPatterns(lang: Language) {
  const months = alt(lang === "fr" ? [...MONTHS.fr, "fevrier", "aout", "decembre"] : [...MONTHS.en.map(cap), ...Object.keys(EN_MONTH_ABBR).map((a) => cap(a) + "\\.?")]);
  const days = alt(lang === "fr" ? WEEKDAYS.fr : WEEKDAYS.en.map(cap));
  const flags = lang === "fr" ? "giu" : "gu";
  if (lang === "fr") {
    return {
      dayDate: new RegExp(`(?<![\\p{L}\\p{N}])(?:(${days})${SP})?(1er|\\d{1,2})${SP}(${months})(?:${SP}(\\d{4}))?(?![\\p{L}\\p{N}])`, flags),
      monthYear: new RegExp(`(?<![\\p{L}\\p{N}])(${months})${SP}(\\d{4})(?![\\p{N}])`, flags),
      monthAlone: new RegExp(`(?<=(?:^|[\\s\\u00A0])(?:en|depuis|fin|début|mi-|d'ici|d’ici)[\\s\\u00A0]?)(${months})(?![\\p{L}\\p{N}])`, "gu"),
      weekday: new RegExp(`(?<![\\p{L}])(${days})(?![\\p{L}])`, "gu"),
    };
  }
  return {
    dayDate: new RegExp(`(?<![\\p{L}\\p{N}])(?:(${days}),?${SP})?(${months})${SP}(\\d{1,2})(?:st|nd|rd|th)?(?:,?${SP}(\\d{4}))?(?![\\p{L}\\p{N}])`, flags),
    dayDate2: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?${SP}(${months})(?:,?${SP}(\\d{4}))?(?![\\p{L}\\p{N}])`, flags),
    monthYear: new RegExp(`(?<![\\p{L}\\p{N}])(${months})${SP}(\\d{4})(?![\\p{N}])`, flags),
    monthAlone: new RegExp(`(?<=(?:in|since|by|until|from|early|late|mid-|last|next|of)[\\s\\u00A0])(${months})(?![\\p{L}\\p{N}'’])`, "gu"),
    weekday: new RegExp(`(?<![\\p{L}])(${days})(?![\\p{L}'’])`, "gu"),
  };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const YEAR_RE = /(?<![\p{N},.])(1[5-9]\d\d|20\d\d)(?![\p{N}])/gu;
const YEAR_CUE: Record<Language, RegExp> = {
  fr: /(?:^|[\s\u00A0(])(?:en|depuis|de|d'|d’|dès|avant|après|jusqu'en|jusqu’en|à partir de|fin|début|mi-|d'ici|d’ici|année|l'an|l’an|entre|et|au|à|vers|printemps|été|automne|hiver)[\s\u00A0]*$/i,
  en: /(?:^|[\s\u00A0(])(?:in|since|by|of|from|to|until|before|after|year|early|late|mid-|between|and|the|spring|summer|autumn|fall|winter)[\s\u00A0]*$/i,
};

function overlaps(list: RawDate[], s: number, e: number): boolean {
  return list.some((d) => s < d.end && e > d.start);
}

function collect(text: string, sentences: Sentence[], lang: Language): RawDate[] {
  const p = buildPatterns(lang);
  const out: RawDate[] = [];
  for (const s of sentences) {
    const body = s.text;
    const add = (d: Omit<RawDate, "sentenceIndex">) => {
      if (!overlaps(out, d.start, d.end)) out.push({ ...d, sentenceIndex: s.index });
    };
    let m: RegExpExecArray | null;
    p.dayDate.lastIndex = 0;
    while ((m = p.dayDate.exec(body))) {
      const [, wd, a, b, y] = m;
      const day = lang === "fr" ? (a.toLowerCase() === "1er" ? 1 : Number(a)) : Number(b);
      const month = monthIndex(lang === "fr" ? b : a, lang);
      if (day < 1 || day > 31 || !month) continue;
      add({ start: s.start + m.index, end: s.start + m.index + m[0].length, day, month, year: y ? Number(y) : 0,
        weekday: wd ? weekdayIndex(wd, lang) : -1, granularity: "day", relative: false });
    }
    if ("dayDate2" in p && p.dayDate2) {
      p.dayDate2.lastIndex = 0;
      while ((m = p.dayDate2.exec(body))) {
        const day = Number(m[1]);
        const month = monthIndex(m[2], lang);
        if (day < 1 || day > 31 || !month) continue;
        add({ start: s.start + m.index, end: s.start + m.index + m[0].length, day, month, year: m[3] ? Number(m[3]) : 0,
          weekday: -1, granularity: "day", relative: false });
      }
    }
    p.monthYear.lastIndex = 0;
    while ((m = p.monthYear.exec(body))) {
      const month = monthIndex(m[1], lang);
      if (!month) continue;
      // French writes months in lower case: « Mars 2020 » inside a sentence is the mission, not March.
      if (lang === "fr" && m.index > 0 && /^\p{Lu}\p{Ll}/u.test(m[1])) continue;
      add({ start: s.start + m.index, end: s.start + m.index + m[0].length, day: 0, month, year: Number(m[2]),
        weekday: -1, granularity: "month", relative: false });
    }
    p.monthAlone.lastIndex = 0;
    while ((m = p.monthAlone.exec(body))) {
      const month = monthIndex(m[1], lang);
      if (!month) continue;
      add({ start: s.start + m.index, end: s.start + m.index + m[0].length, day: 0, month, year: 0,
        weekday: -1, granularity: "month", relative: false });
    }
    YEAR_RE.lastIndex = 0;
    while ((m = YEAR_RE.exec(body))) {
      const before = body.slice(Math.max(0, m.index - 20), m.index);
      if (!YEAR_CUE[lang].test(before) && !/^[\s\u00A0]*[,.;:)]/.test(body.slice(m.index + 4, m.index + 6))) continue;
      if (/\d[\s\u00A0\u202F]$/.test(before)) continue; // "2 030" style grouping, not a year
      add({ start: s.start + m.index, end: s.start + m.index + 4, day: 0, month: 0, year: Number(m[1]),
        weekday: -1, granularity: "year", relative: false });
    }
    p.weekday.lastIndex = 0;
    while ((m = p.weekday.exec(body))) {
      add({ start: s.start + m.index, end: s.start + m.index + m[0].length, day: 0, month: 0, year: 0,
        weekday: weekdayIndex(m[1], lang), granularity: "day", relative: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function inferYear(d: RawDate, ref: Date): number {
  const ry = ref.getUTCFullYear();
  if (d.weekday >= 0 && d.day) {
    // The year whose calendar puts this weekday on this day, closest to the reference (past first).
    for (let k = 0; k <= 7; k++) {
      if (weekdayOf(ry - k, d.month, d.day) === d.weekday) return ry - k;
      if (k <= 1 && weekdayOf(ry + k, d.month, d.day) === d.weekday) return ry + k;
    }
  }
  const t = Date.UTC(ry, d.month - 1, d.day || 1);
  if (t - ref.getTime() > 250 * DAY_MS) return ry - 1;
  if (ref.getTime() - t > 300 * DAY_MS) return ry + 1;
  return ry;
}

/** First explicit, fully dated day in the text: used as publication date when none is given. */
function inferAnchor(raw: RawDate[], now: Date): Date {
  const full = raw.find((d) => d.granularity === "day" && !d.relative && d.year);
  if (full) return new Date(Date.UTC(full.year, full.month - 1, full.day));
  const withWeekday = raw.find((d) => d.granularity === "day" && !d.relative && d.weekday >= 0);
  if (withWeekday) {
    const y = inferYear(withWeekday, now);
    return new Date(Date.UTC(y, withWeekday.month - 1, withWeekday.day));
  }
  return now;
}

export interface DateExtraction {
  dates: DateMention[];
  referenceDate: Date;
}

export function extractDates(text: string, sentences: Sentence[], lang: Language, given: Date | null, now: Date): DateExtraction {
  const raw = collect(text, sentences, lang);
  const ref = given ?? inferAnchor(raw, now);
  const dates: DateMention[] = [];
  let local = ref; // the story moves forward: a bare weekday is read against the last full date
  for (const d of raw) {
    let { year, month, day } = d;
    if (d.relative) {
      // A weekday alone: the occurrence nearest to the last full date, within -3..+3 days.
      const rw = local.getUTCDay();
      let delta = (d.weekday - rw + 7) % 7;
      if (delta > 3) delta -= 7;
      const t = new Date(local.getTime() + delta * DAY_MS);
      year = t.getUTCFullYear();
      month = t.getUTCMonth() + 1;
      day = t.getUTCDate();
    } else if (!year) year = inferYear(d, ref);
    if (!d.relative && d.granularity === "day" && d.weekday >= 0) local = new Date(Date.UTC(year, month - 1, day));
    dates.push({
      start: d.start, end: d.end, sentenceIndex: d.sentenceIndex, text: text.slice(d.start, d.end),
      granularity: d.granularity, year, month, day, hasWeekday: d.weekday >= 0, hasYear: d.year > 0,
      relative: d.relative, sortKey: Math.floor(Date.UTC(year, Math.max(0, month - 1), day || 1) / DAY_MS),
    });
  }
  return { dates, referenceDate: ref };
}
