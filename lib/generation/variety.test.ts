// Range clozes are rejected: a blank next to the other bound of a range is guessed, not read.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { TEMPLATES } from "./registry";
import { blankInRange, validateCandidates } from "./validate";

describe("range clozes", () => {
  const FR = `L'Islande face aux volcans

L'Islande compte environ 30 systèmes volcaniques actifs et connaît en moyenne une éruption tous les quatre ou cinq ans. Noursoultan Nazarbaïev a dirigé le Kazakhstan de 1990 à 2019. Les salaires augmenteront de 4 % au 1er janvier 2025 dans toute la région.`;
  const EN = `Storm season

Forecasters expect between 3 and 5 major hurricanes this year along the Atlantic coast. The storm killed 12 people and left 4,000 homes without power in Florida.`;

  it("recognises a blank next to the other bound of a range or alternative", () => {
    expect(blankInRange("tous les quatre ou _____ ans", "cinq")).toBe(true);
    expect(blankInRange("tous les _____ ou cinq ans", "quatre")).toBe(true);
    expect(blankInRange("between 3 and _____ major hurricanes", "5")).toBe(true);
    expect(blankInRange("le Kazakhstan de 1990 à _____.", "2019")).toBe(true);
    expect(blankInRange("entre _____ et 5 ans", "3")).toBe(true);
    // Not ranges: a list, a lone number, a neighbour with another unit.
    expect(blankInRange("The storm killed 12 people and left _____ homes", "4,000")).toBe(false);
    expect(blankInRange("L'Islande compte _____ systèmes volcaniques actifs", "environ 30")).toBe(false);
    expect(blankInRange("Les salaires augmenteront de 4 % au _____ dans toute la région.", "1er janvier 2025")).toBe(false);
  });

  it("drops every cloze whose blank is one bound of a range (fr and en)", () => {
    for (const [text, lang, bounds] of [[FR, "fr", ["cinq", "quatre", "1990", "2019"]], [EN, "en", ["3", "5"]]] as const) {
      const a = analyzeArticle(text, { language: lang });
      const cands = TEMPLATES.flatMap((t) => t.generate(a)).filter((c) => c.kind !== "true_false" && c.prompt.includes("_____"));
      const { kept } = validateCandidates(cands, a);
      const asked = kept.map((c) => String(c.answer));
      for (const b of bounds) expect(asked.some((x) => x === b || x.endsWith(` ${b}`))).toBe(false);
      // The rest of those sentences stays usable.
      expect(kept.length).toBeGreaterThan(0);
    }
  });
});
