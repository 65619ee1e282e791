// Two-part items: after a question (part A), part B asks which sentence of the article proves
// its answer. The options are the evidence sentence and sentences that talk about the same
// things (shared words with part A) but do not contain its answer, so they cannot prove it.
import type { FullAnalysis, Sentence } from "../analysis/types";
import { containsWords, fold } from "../analysis/fold";
import { overlap, wordCount } from "./clauses";
import { rngFor, shuffle } from "./random";
import type { Candidate } from "./template";
import { applyTypography, quoteExcerpt } from "./typography";

const MAX_WORDS = 40;

function usable(s: Sentence): boolean {
  const n = wordCount(s.text);
  return !s.isHeading && !!s.quotesBalanced && n >= 6 && n <= MAX_WORDS && !/\?$/.test(s.text);
}

/** The words a student needs to find in the proving sentence. */
function answerTexts(c: Candidate): string[] {
  const p = c.meta?.proof;
  if (p?.type === "relation") return [p.content];
  if (typeof c.answer === "string") return [c.answer, ...(c.accepted ?? [])];
  return c.answer;
}

export function evidencePartB(a: FullAnalysis, partA: Candidate, hash: number): Candidate | null {
  const s = a.sentences[partA.sentenceIndex];
  if (!s || s.start !== partA.evidence.start || s.end !== partA.evidence.end || !usable(s)) return null;
  const answers = answerTexts(partA).filter((x) => x.trim().length >= 2);
  const others = a.sentences.filter((o) => o.index !== s.index && usable(o) &&
    !answers.some((x) => containsWords(o.text, x)) && overlap(o.text, s.text) < 0.6);
  // Plausible: sentences that share the most words with the question being justified.
  const ranked = others.map((o) => ({ o, v: overlap(o.text, partA.prompt) + 0.5 * overlap(o.text, s.text) }))
    .sort((x, y) => y.v - x.v || x.o.index - y.o.index);
  // Word matching alone must not find the key: the options share as many words with the question.
  const keyMatch = overlap(s.text, partA.prompt);
  const picked: Sentence[] = [];
  for (const { o } of ranked) {
    if (overlap(o.text, partA.prompt) < 0.6 * keyMatch) continue;
    if (picked.length >= 3) break;
    if (picked.every((p) => fold(p.text) !== fold(o.text))) picked.push(o);
  }
  if (picked.length < 3) return null;
  const lang = a.language;
  const key = s.text.trim();
  const choices = shuffle([key, ...picked.map((p) => p.text.trim())], rngFor(hash, `partB:${s.index}`));
  const question = partA.prompt.replace(/\s*[?？]\s*$/u, "").replace(/[\s\u202F]+$/u, "");
  const prompt = lang === "fr"
    ? `Quelle phrase de l'article permet de répondre à la question ${quoteExcerpt(question + " ?", lang)} ?`
    : `Which sentence of the article answers the question ${quoteExcerpt(question + "?", lang)}?`;
  const explanation = lang === "fr"
    ? `Cette phrase contient la réponse ; les autres parlent du même sujet mais ne la donnent pas.`
    : `This sentence holds the answer; the others are about the same subject but do not give it.`;
  return {
    kind: "multiple_choice",
    category: "comprehension",
    source: "article",
    prompt: applyTypography(prompt, lang),
    choices,
    answer: key,
    evidence: { ...partA.evidence },
    explanation: applyTypography(explanation, lang),
    difficulty: 2,
    skill: "evidence",
    template: "evidence-pair",
    score: partA.score,
    sentenceIndex: s.index,
    meta: { slot: "evidence", fact: `evidence:${s.index}` },
  };
}
