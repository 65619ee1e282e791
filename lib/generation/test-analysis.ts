// Test support: an article analysed as the generator sees it, and the number options it offers.
import { expect } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import type { FullAnalysis } from "../analysis/types";
import { numericDistractors } from "./distractors/numbers";
import { kitFor } from "./question-kit";
import { rngFor } from "./random";
import type { Candidate } from "./template";

export const fullAnalysis = (text: string, lang: "fr" | "en", title = "Titre"): FullAnalysis => kitFor(analyzeArticle(text, { language: lang, title })).full;

/** The three options offered for the figure written `numeral` in `text`. */
export function numberOptions(text: string, lang: "fr" | "en", numeral: string): string[] {
  const a = fullAnalysis(text, lang);
  const m = a.numbers.find((x) => a.text.slice(x.numStart, x.numEnd) === numeral)!;
  expect(m).toBeDefined();
  return numericDistractors(a, m, rngFor(3, "t"), 3);
}

/**
 * A number cloze on the first sentence's place, for the checks that read only its prompt and
 * evidence: `key` blanked at its own boundaries in `evidence`, with the language's prompt.
 */
export function numberCloze(a: { language: "fr" | "en"; sentences: Array<{ start: number }> }, evidence: string, key: string): Candidate {
  const start = a.sentences[0].start;
  const blanked = evidence.replace(new RegExp(`(?<![\\d])${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\d])`, "u"), "_____");
  const prompt = a.language === "fr" ? `Complétez avec le bon nombre : « ${blanked} »` : `Fill in the right number: “${blanked}”`;
  return {
    kind: "multiple_choice", category: "comprehension", source: "article", skill: "detail",
    prompt, choices: [key, "1", "2", "3"], answer: key,
    evidence: { text: evidence, start, end: start + evidence.length }, explanation: "", difficulty: 1, score: 0.95,
    sentenceIndex: 0, template: "numeric", meta: { slot: "number" },
  };
}
