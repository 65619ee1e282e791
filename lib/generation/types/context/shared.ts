// Shared context of one generation run and helpers that turn facts into candidates.
import type { ArticleAnalysis } from "../../../analysis/types";
import type { Candidate } from "../../template";
import { foldKey, formatMonthYear, getCountry, isoDay, KB_AS_OF, type IsoDate, type Period } from "../../knowledge";
import { hash } from "./choices";
import type { Topic } from "./salience";

export type Lang = "fr" | "en";

export interface Ctx {
  analysis: ArticleAnalysis;
  lang: Lang;
  /** Article day (ISO). */
  date: IsoDate;
  /** False when the article is newer than the knowledge base: dated facts are unknown then. */
  dateKnown: boolean;
  /** "janvier 2022" / "January 2022". */
  month: string;
  /** Countries named in the article (cca2), to prefer them as answers. */
  mentioned: Set<string>;
  seed: number;
}

export function makeCtx(analysis: ArticleAnalysis, mentioned: Set<string>): Ctx {
  const date = isoDay(analysis.referenceDate);
  return {
    analysis,
    lang: analysis.language,
    date,
    // A dated fact needs the article's own date: an undated text read "today" would ask about a
    // year it never mentions (reading 15: « En juin 2022, … membre de l'UE ? » under a 2005 release).
    dateKnown: date <= KB_AS_OF && (analysis.referenceDateGiven !== false || !!analysis.dates?.some((d) => d.hasYear)),
    month: formatMonthYear(date, analysis.language),
    mentioned,
    seed: hash(`${analysis.title}\n${analysis.text}`),
  };
}

/** Days around a change in which dated facts are not asked (prompts have month precision). */
export const CHANGE_MARGIN_DAYS = 45;

export const NNBSP = "\u202F";

/** French typography: narrow no-break space before ? ! : ; (replacing a plain or no-break space). */
export function frTypo(s: string): string {
  return s.replace(/[ \u00A0\u202F]?([?!:;])(?=\s|$)/g, `${NNBSP}$1`);
}

export function finish(ctx: Ctx, s: string): string {
  return ctx.lang === "fr" ? frTypo(s) : s;
}

export const TRUE_FALSE: Record<Lang, [string, string]> = { fr: ["Vrai", "Faux"], en: ["True", "False"] };

/** Name of any country code: curated name, else the runtime's CLDR name (explanations only). */
export function nameOf(cca2: string, lang: Lang): string {
  const c = getCountry(cca2);
  if (c) return c.name[lang];
  try {
    return new Intl.DisplayNames([lang], { type: "region" }).of(cca2) ?? cca2;
  } catch {
    return cca2;
  }
}

export function listOf(items: string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { style: "long", type: "conjunction" }).format(items);
}

export function sortedNames(codes: string[], lang: Lang): string[] {
  return codes.map((c) => nameOf(c, lang)).sort((a, b) => a.localeCompare(b, lang));
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** Too close to tell apart or to grade fairly ("som"/"sum", "rial"/"riyal", "Tunis"/"Tunisie"). */
export function confusable(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  let r = CONFUSABLE_MEMO.get(key);
  if (r === undefined) {
    r = confusableUncached(a, b);
    // Distractor filters compare the same capital and currency names on every run.
    if (CONFUSABLE_MEMO.size > 50_000) CONFUSABLE_MEMO.clear();
    CONFUSABLE_MEMO.set(key, r);
  }
  return r;
}

const CONFUSABLE_MEMO = new Map<string, boolean>();

function confusableUncached(a: string, b: string): boolean {
  const x = foldKey(a);
  const y = foldKey(b);
  if (x.includes(y) || y.includes(x)) return true;
  const limit = Math.min(x.length, y.length) <= 5 ? 1 : 2;
  // The distance is at least the length difference: skip the quadratic table when that decides.
  if (Math.abs(x.length - y.length) > limit) return false;
  return editDistance(x, y) <= limit;
}

export function validity(p: Period): { from: string | null; to: string | null } {
  return { from: p.from, to: p.to };
}

/** Base of every candidate of this template: category, source, evidence and score. */
export function candidate(
  ctx: Ctx,
  topic: Topic,
  fields: Pick<Candidate, "kind" | "prompt" | "answer" | "explanation" | "difficulty" | "template" | "validity"> & {
    choices: string[];
    weight: number;
    /** Stable key of the fact: items sharing it ask the same thing (MC and T/F twins). */
    fact: string;
  },
): Candidate {
  const { weight, fact, ...rest } = fields;
  const s = topic.sentence;
  return {
    ...rest,
    prompt: finish(ctx, rest.prompt),
    explanation: finish(ctx, rest.explanation),
    category: "current_affairs",
    source: "knowledge",
    evidence: { text: ctx.analysis.text.slice(s.start, s.end), start: s.start, end: s.end },
    // Only facts that help understand the article (which alliance a central country belongs to)
    // are worth a question by default; capitals, currencies and borders are trivia unless asked for.
    score: Math.max(0, Math.min(1, weight * topic.salience * (/^kb\.membership/.test(rest.template ?? "") && topic.salience >= 0.8 ? 1 : 0.55))),
    skill: "context",
    sentenceIndex: s.index,
    meta: { slot: `knowledge.${topic.kind}`, fact: `kb:${fact}` },
  };
}
