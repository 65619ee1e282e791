// Test support: an article analysed as the generator sees it, and the number options it offers.
import { expect } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import type { FullAnalysis } from "../analysis/types";
import { numericDistractors } from "./distractors/numbers";
import { kitFor } from "./question-kit";
import { rngFor } from "./random";

export const fullAnalysis = (text: string, lang: "fr" | "en", title = "Titre"): FullAnalysis => kitFor(analyzeArticle(text, { language: lang, title })).full;

/** The three options offered for the figure written `numeral` in `text`. */
export function numberOptions(text: string, lang: "fr" | "en", numeral: string): string[] {
  const a = fullAnalysis(text, lang);
  const m = a.numbers.find((x) => a.text.slice(x.numStart, x.numEnd) === numeral)!;
  expect(m).toBeDefined();
  return numericDistractors(a, m, rngFor(3, "t"), 3);
}
