// RAKE-style key phrases: maximal runs of content words between stopwords and punctuation,
// scored by word degree / frequency. French "de/du/des" may sit inside a phrase ("coup d'État").
import type { Language } from "../generation/contract";
import { fold } from "./fold";
import { STOPWORDS } from "./lexicon/stopwords";
import type { KeyTerm, Sentence, Token } from "./types";

const INNER: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["de", "du", "des", "d"]),
  en: new Set(["of"]),
};

export function extractKeyTerms(text: string, sentences: Sentence[], tokens: Token[], lang: Language): KeyTerm[] {
  const phrases: Array<{ start: number; end: number; sentenceIndex: number; words: string[] }> = [];
  let cur: Token[] = [];
  const flush = () => {
    while (cur.length && INNER[lang].has(cur[cur.length - 1].text.toLowerCase())) cur.pop();
    if (cur.length && cur.length <= 6) {
      phrases.push({ start: cur[0].start, end: cur[cur.length - 1].end, sentenceIndex: cur[0].sentenceIndex,
        words: cur.filter((t) => !INNER[lang].has(t.text.toLowerCase())).map((t) => fold(t.text)) });
    }
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (sentences[t.sentenceIndex].isHeading) { flush(); continue; }
    if (cur.length && t.sentenceIndex !== cur[0].sentenceIndex) flush();
    const low = t.text.toLowerCase();
    const isInner = cur.length > 0 && (INNER[lang].has(low) || (t.elision && low === "d"));
    if (t.kind === "word" && !t.elision && !STOPWORDS[lang].has(low) && t.text.length > 2) cur.push(t);
    else if (isInner) cur.push(t);
    else if ((t.text === "'" || t.text === "’") && cur.length && cur[cur.length - 1].elision) continue;
    else flush();
  }
  flush();
  const freq = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const p of phrases) for (const w of p.words) {
    freq.set(w, (freq.get(w) ?? 0) + 1);
    degree.set(w, (degree.get(w) ?? 0) + p.words.length);
  }
  return phrases
    .filter((p) => p.words.length >= 1 && p.words.length <= 4)
    .map((p) => ({ start: p.start, end: p.end, sentenceIndex: p.sentenceIndex, text: text.slice(p.start, p.end),
      score: p.words.reduce((a, w) => a + (degree.get(w) ?? 0) / (freq.get(w) ?? 1), 0) }))
    .sort((a, b) => b.score - a.score || a.start - b.start);
}
