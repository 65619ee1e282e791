// Causes found by blind reading 180 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";

describe("reading 180", () => {
  it("offers a winner over one rival no share of half or less", () => {
    const text = "The town held its mayoral election on Tuesday. Smith was victorious over Jones with 56% of the vote. Turnout was low.";
    const a = kitFor(analyzeArticle(text, { language: "en" })).full;
    const m = a.numbers.find((x) => x.isPercent && x.value === 56)!;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const o of numericDistractors(a, m, rngFor(seed, "t"), 3)) expect(Number(o.replace(/[^\d.]/gu, ""))).toBeGreaterThan(50);
    }
  });
});
