// Small helpers every question template shares: evidence, explanation, difficulty, choices.
import type { FullAnalysis, Sentence } from "../analysis/types";
import type { ArticleAnalysis } from "../analysis/types";
import { analyzeArticle } from "../analysis/analyze";
import type { Evidence } from "./contract";
import { PHRASES } from "./phrases";
import { hashString, type Rng, shuffle } from "./random";
import { buildSlots, type Slot } from "./slots";
import { applyTypography, quoteExcerpt } from "./typography";

export function evidenceOf(a: ArticleAnalysis, s: { start: number; end: number }): Evidence {
  return { text: a.text.slice(s.start, s.end), start: s.start, end: s.end };
}

/** Words a cut excerpt must not end on: « … sur le département des … » reads as a slip. */
const DANGLING_END = /[\s\u00A0](?:de|des|du|d['’]|la|le|les|l['’]|à|au|aux|et|ou|en|sur|pour|par|dans|avec|un|une|of|the|a|an|and|or|in|on|at|to|for|by|with|from)$/iu;

/**
 * The text cut at a word boundary before `max`, never inside a name: « des Hautes … » cut from
 * « des Hautes Pyrénées » (reading 50) was read as a name cut in two. Capitalised words and the
 * small words before them are dropped from the end.
 */
export function cutBefore(text: string, max: number): string {
  let t = text.slice(0, max).replace(/\s\S*$/, "");
  // The first word left out starts with a capital: a name runs across the cut, so its words
  // before the cut go too (with the « de » or "of" inside it).
  const nameRunsOn = /^[\s\u00A0]*\p{Lu}/u.test(text.slice(t.length));
  for (let guard = 0; guard < 8; guard++) {
    let next = t.replace(DANGLING_END, "");
    if (nameRunsOn) next = next.replace(/[\s\u00A0]+\p{Lu}[\p{L}'’-]*$/u, "");
    if (next === t || next.length < max / 2) break;
    t = next;
  }
  return t.replace(/[\s\u00A0,;:]+$/u, "");
}

/**
 * A long sentence cut after the proof: at the last comma, semicolon or ellipsis between the proof
 * and `max` when there is one (a clause ends there), else at a word (« réunie hier au grand … »
 * read as broken off mid-phrase, reading 78).
 */
function cutAtClause(t: string, from: number, max: number): string {
  const head = t.slice(0, max);
  const at = Math.max(head.lastIndexOf(", "), head.lastIndexOf("; "), head.lastIndexOf("… "));
  return at > Math.max(from, max / 2) ? `${t.slice(0, at).replace(/[\s\u00A0,;]+$/u, "")} …` : `${cutBefore(t, max)} …`;
}

export function explanationFor(a: ArticleAnalysis, s: Sentence, focus?: { start: number; end: number }): string {
  let t = s.text;
  // A sentence a little over the limit is quoted whole: cutting its last words saves little.
  if (t.length > 320) {
    // A long sentence is cut, but never before the words that prove the answer.
    const end = focus ? focus.end - s.start : 0;
    if (end <= 250) t = cutAtClause(t, end, 257);
    else {
      const from = t.slice(0, Math.max(0, end - 190)).search(/\s\S*$/);
      const tail = t.slice(from < 0 ? 0 : from).trim();
      t = `… ${tail.length > 257 ? cutBefore(tail, 257) + " …" : tail}`;
    }
  }
  return applyTypography(PHRASES[a.language].explain(quoteExcerpt(t, a.language)), a.language);
}

/** §4.6 of the research notes, coarsely: later in the article and free recall are harder. */
export function difficultyFor(s: Sentence, base: 1 | 2 | 3, closeDistractors = false): 1 | 2 | 3 {
  let d: number = base;
  if (s.index > 4) d += 1;
  if (closeDistractors) d += 1;
  return Math.min(3, Math.max(1, d)) as 1 | 2 | 3;
}

/** Key plus up to `n` distractors, shuffled deterministically. */
export function choicesWith(key: string, distractors: string[], n: number, rng: Rng): string[] {
  return shuffle([key, ...distractors.slice(0, n)], rng);
}

// A possessive determiner followed by a noun only a person can own ("son prénom", "her husband").
const PERSONAL_POSSESSION: Record<"fr" | "en", RegExp> = {
  fr: /(?<![\p{L}'’])(?:son|sa|ses|leur|leurs)[\s\u00A0]+(?:(?:propres?|premier|première|jeune|fils|ancien|ancienne)[\s\u00A0]+)?(?:prénoms?|épouses?|époux|mari|femme|fils|filles?|pères?|mères?|frères?|sœurs?|soeurs?|successeurs?|successeure?s?|prédécesseurs?|biographie)(?![\p{L}'’])/iu,
  en: /(?<![\p{L}'’])(?:his|her|their)[\s\u00A0]+(?:(?:own|eldest|youngest|late|former)[\s\u00A0]+)?(?:first[\s\u00A0]+names?|wife|wives|husbands?|sons?|daughters?|fathers?|mothers?|brothers?|sisters?|successors?|predecessors?|biography)(?![\p{L}'’])/iu,
};

/**
 * A possessive that can only point to a person ("son prénom", "his wife") comes before any person
 * named in the sentence: « La capitale, qui porte alors son prénom, s'appelle _____ » — whose
 * first name? Such a sentence cannot be read on its own, so it is not used as a cloze.
 * (Pronoun-initial sentences are kept: the cloze is still answerable from the article, and dropping
 * them cost reference answers; the ranker already rates them lower.)
 */
export function danglingReference(a: FullAnalysis, s: Sentence): boolean {
  const m = PERSONAL_POSSESSION[a.language === "fr" ? "fr" : "en"].exec(s.text);
  if (!m) return false;
  const at = s.start + m.index;
  return !a.entityMentions.some((e) => e.sentenceIndex === s.index && e.start < at && e.type === "person");
}

/** Lede and short sentences read better; sentences opening on a bare pronoun are vaguer. */
export function sentenceQuality(s: Sentence): number {
  let q = 0;
  if (s.index <= 3) q += 0.1;
  if (/^(?:Il|Elle|Ils|Elles|Lui|Cela|Ce|He|She|They|It|This)\b/.test(s.text)) q -= 0.25;
  const words = s.text.split(/\s+/).length;
  if (words > 40) q -= 0.1;
  return q;
}

// The analysis passed to templates is the full one; slots and the text hash are computed once per analysis.
const CACHE = new WeakMap<ArticleAnalysis, { full: FullAnalysis; hash: number; slots: Slot[] }>();

export function kitFor(a: ArticleAnalysis): { full: FullAnalysis; hash: number; slots: Slot[] } {
  let c = CACHE.get(a);
  if (!c) {
    const full = (a.numbers && a.entities && a.quotes ? a : analyzeArticle(a.text, { title: a.title, language: a.language, date: a.referenceDate })) as FullAnalysis;
    const hash = hashString(a.text);
    c = { full, hash, slots: buildSlots(full, hash) };
    CACHE.set(a, c);
  }
  return c;
}
