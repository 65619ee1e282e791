// Causes found by blind reading 185 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";

describe("reading 185", () => {
  it("never leaves a quake's magnitude above or below every option", () => {
    const text = "A 7.2 magnitude earthquake struck off the coast of Peru, but did not trigger a tsunami, officials said on Monday. No damage was reported. There was a 6.3 magnitude aftershock shortly after.";
    const a = kitFor(analyzeArticle(text, { language: "en" })).full;
    const m = a.numbers.find((x) => x.value === 7.2)!;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const values = numericDistractors(a, m, rngFor(seed, "t"), 3).map(Number);
      expect(values).toHaveLength(3);
      expect(values.some((v) => v > 7.2)).toBe(true);
      expect(values.some((v) => v < 7.2)).toBe(true);
    }
  });
});
