// Date distractors of the same granularity and written form ("mardi 11 janvier" keeps a
// weekday that matches its day), shifted by small plausible amounts.
import type { Language } from "../contract";
import type { DateMention, FullAnalysis } from "../../analysis/types";
import { MONTHS, WEEKDAYS } from "../../analysis/lexicon/calendar";
import type { Rng } from "../random";
import { capitalise } from "../typography";
import { shuffle } from "../random";

const DAY_MS = 86_400_000;

interface Parts {
  year: number;
  month: number;
  day: number;
}

export function renderDate(d: DateMention, p: Parts, lang: Language): string {
  if (d.granularity === "year") return String(p.year);
  const month = MONTHS[lang][p.month - 1];
  if (d.granularity === "month") {
    const m = lang === "fr" ? month : capitalise(month);
    return d.hasYear ? `${m} ${p.year}` : m;
  }
  const wd = WEEKDAYS[lang][new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  if (lang === "fr") {
    const day = p.day === 1 ? "1er" : String(p.day);
    return `${d.hasWeekday ? wd + " " : ""}${day} ${month}${d.hasYear ? " " + p.year : ""}`;
  }
  return `${d.hasWeekday ? capitalise(wd) + ", " : ""}${capitalise(month)} ${p.day}${d.hasYear ? ", " + p.year : ""}`;
}

export function renderDateKey(d: DateMention, lang: Language): string {
  return renderDate(d, d, lang);
}

export function dateDistractors(a: FullAnalysis, d: DateMention, rng: Rng, n: number): string[] {
  const lang = a.language;
  const key = renderDateKey(d, lang);
  const inSentence = new Set(a.dates.filter((x) => x.sentenceIndex === d.sentenceIndex).map((x) => renderDateKey(x, lang)));
  const cands: Parts[] = [];
  if (d.granularity === "day") {
    const t = Date.UTC(d.year, d.month - 1, d.day);
    for (const k of [-4, -3, -2, -1, 1, 2, 3, 5, 7]) {
      const u = new Date(t + k * DAY_MS);
      // Stay in the same month when the key has no year, so the implied year never changes.
      if (!d.hasYear && u.getUTCMonth() + 1 !== d.month) continue;
      cands.push({ year: u.getUTCFullYear(), month: u.getUTCMonth() + 1, day: u.getUTCDate() });
    }
  } else if (d.granularity === "month") {
    for (const k of [-3, -2, -1, 1, 2, 3, 4]) {
      const mi = d.month - 1 + k;
      const y = d.year + Math.floor(mi / 12);
      if (!d.hasYear && y !== d.year) continue;
      cands.push({ year: y, month: ((mi % 12) + 12) % 12 + 1, day: 0 });
    }
  } else {
    for (const k of [-6, -4, -3, -2, -1, 1, 2, 3, 5]) cands.push({ year: d.year + k, month: 0, day: 0 });
  }
  // A past event cannot have happened after the article was written ("handled … in 2026" in a
  // 2024 article gives itself away), so later dates are no distractors for it. Only with a given
  // publication date: one inferred from the text may be earlier than the real one.
  const ref = a.referenceDate;
  const startOf = (p: Parts) => Date.UTC(p.year, Math.max(0, p.month - 1), Math.max(1, p.day));
  const refStart = Date.UTC(ref.getUTCFullYear(), d.granularity === "year" ? 0 : ref.getUTCMonth(), d.granularity === "day" ? ref.getUTCDate() : 1);
  const past = a.referenceDateGiven === true && startOf(d) <= refStart;
  // Other dates of the article first (the meals of the 12th and 13th beside the alert of the 14th,
  // reading 21): telling them apart takes reading, where a shifted date does not.
  const others = new Map<string, Parts>();
  for (const x of a.dates) {
    if (x.granularity !== d.granularity || x.sentenceIndex === d.sentenceIndex) continue;
    const p = { year: x.year, month: d.granularity === "year" ? 0 : x.month, day: d.granularity === "day" ? x.day : 0 };
    if (Math.abs(startOf(p) - startOf(d)) <= 62 * DAY_MS * (d.granularity === "day" ? 1 : 12)) others.set(renderDate(d, p, lang), p);
  }
  others.delete(key);
  const out: string[] = [];
  for (const c of [...shuffle([...others.values()], rng).slice(0, 2), ...shuffle(cands, rng)]) {
    if (past && startOf(c) > refStart) continue;
    const r = renderDate(d, c, lang);
    if (r !== key && !inSentence.has(r) && !out.includes(r)) out.push(r);
    if (out.length >= n) break;
  }
  return out;
}
