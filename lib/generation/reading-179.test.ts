// Causes found by blind reading 179 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";
import { tellsAChance } from "./types/main-idea";

describe("reading 179", () => {
  it("offers no share that makes the key's whole with it", () => {
    const text = "The mayor won the runoff on Sunday. She received 4,210 votes, or 61.30% of the total votes cast. Her rival, who got 38.70% of the votes, conceded on Monday.";
    const a = kitFor(analyzeArticle(text, { language: "en" })).full;
    const m = a.numbers.find((x) => x.isPercent && Math.abs(x.value - 61.3) < 1e-9)!;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      for (const o of numericDistractors(a, m, rngFor(seed, "t"), 3)) expect(Math.abs(Number(o.replace(/[^\d.]/gu, "")) + 61.3 - 100)).toBeGreaterThanOrEqual(0.6);
    }
  });

  it("takes a chance (« avait l'occasion de … », \"had the chance to …\") for the set-up of the news, not its main idea", () => {
    expect(tellsAChance("En tête de son groupe, l'équipe de France avait l'occasion de se qualifier pour la finale.", "fr")).toBe(true);
    expect(tellsAChance("The team had the chance to clinch the title with a win in Cardiff.", "en")).toBe(true);
    expect(tellsAChance("L'équipe de France s'est qualifiée pour la finale en battant la Belgique.", "fr")).toBe(false);
  });

});
