// What the article is about: a weight in [0, 1] per sentence, so questions go to the event,
// its actors and its causes rather than to whatever span is easiest to blank. A sentence matters
// when it shares words with the title, opens the article (news puts the essentials first),
// shares vocabulary with the rest of the article (centrality) and names its recurring actors.
import type { FullAnalysis } from "../analysis/types";
import { fold, foldWords } from "../analysis/fold";
import { HUMAN_UNITS, MONEY_UNITS } from "../analysis/lexicon/counted";
import { STOPWORDS } from "../analysis/lexicon/stopwords";

export interface Importance {
  /** Per sentence index; headings get 0. */
  sentence: number[];
  /** Content words of the title (folded), for title-leak checks. */
  titleWords: Set<string>;
  /** Entity ids named at least twice or in the title: the article's actors. */
  actors: Set<number>;
}

const CACHE = new WeakMap<FullAnalysis, Importance>();

export function contentWordsOf(s: string, lang: "fr" | "en"): string[] {
  const stop = STOPWORDS[lang];
  return foldWords(s).split(" ").filter((w) => w.length > 2 && !stop.has(w) && !/^\d+$/.test(w));
}

/** A crude stem so "dégrade" meets "dégradation" and "pilgrims" meets "pilgrim". */
export function stem(w: string): string {
  return w.length > 6 ? w.slice(0, 6) : w.replace(/s$/, "");
}

export function importanceOf(a: FullAnalysis): Importance {
  const cached = CACHE.get(a);
  if (cached) return cached;
  const lang = a.language;
  const titleWords = new Set(contentWordsOf(a.title, lang));
  const titleStems = new Set([...titleWords].map(stem));
  const bags = a.sentences.map((s) => (s.isHeading ? [] : [...new Set(contentWordsOf(s.text, lang).map(stem))]));
  const df = new Map<string, number>();
  for (const b of bags) for (const w of b) df.set(w, (df.get(w) ?? 0) + 1);
  const body = a.sentences.filter((s) => !s.isHeading);
  const n = Math.max(1, body.length);
  const actors = new Set<number>();
  for (const e of a.entities) {
    const inTitle = e.forms.some((f) => foldWords(f).length > 2 && ` ${foldWords(a.title)} `.includes(` ${foldWords(f)} `));
    if (e.mentions >= 2 || inTitle) actors.add(e.id);
  }
  const actorSentences = new Map<number, number>();
  for (const m of a.entityMentions) if (actors.has(m.entityId)) actorSentences.set(m.sentenceIndex, (actorSentences.get(m.sentenceIndex) ?? 0) + 1);
  // Impact: a toll, people affected, damages. What a news reader is told to retain carries a count
  // of people or an amount of money (readings 17–18: « plus de 10.000 morts et disparus », « un
  // préjudice estimé à plus de 400 000 euros » were ranked as minor details).
  const impact = new Set(a.numbers.filter((m) => HUMAN_UNITS.test(fold(m.unit)) || MONEY_UNITS.test(fold(m.unit)) ||
    /[$€£]/u.test(m.prefix)).map((m) => m.sentenceIndex));
  let bodyRank = 0;
  const sentence = a.sentences.map((s, i) => {
    if (s.isHeading) return 0;
    const bag = bags[i];
    const rank = bodyRank++;
    const title = titleStems.size ? bag.filter((w) => titleStems.has(w)).length / Math.min(titleStems.size, 6) : 0;
    // Centrality: the share of this sentence's words that recur elsewhere in the article.
    const shared = bag.length ? bag.filter((w) => (df.get(w) ?? 0) >= 2).length / bag.length : 0;
    const position = rank === 0 ? 1 : rank === 1 ? 0.8 : rank <= 3 ? 0.55 : Math.max(0.1, 0.45 - (0.35 * rank) / n);
    const actorsHere = Math.min(1, (actorSentences.get(i) ?? 0) / 2);
    const w = 0.35 * Math.min(1, title) + 0.25 * position + 0.25 * shared + 0.15 * actorsHere + (impact.has(i) ? 0.12 : 0);
    return Math.round(w * 1000) / 1000;
  });
  // Rescale so the best sentence of any article is 1: thresholds then mean the same everywhere.
  const max = Math.max(0.001, ...sentence);
  const r: Importance = { sentence: sentence.map((x) => Math.round((x / max) * 1000) / 1000), titleWords, actors };
  CACHE.set(a, r);
  return r;
}

/** The answer's content words are mostly in the title: the title gives it away. */
export function givenByTitle(imp: Importance, answer: string, lang: "fr" | "en"): boolean {
  const w = contentWordsOf(answer, lang);
  if (!w.length) return false;
  return w.filter((x) => imp.titleWords.has(x)).length / w.length >= 0.5;
}
