// Causes found by blind reading 152 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { runTogether } from "../analysis/lexicon/spelling";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";

describe("reading 152", () => {
  it("finds a word glued to the auxiliary after it, not a verb's own ending", () => {
    expect(runTogether("les données de 64 glaciersont été traitées", "fr")).toBe("glaciersont");
    expect(runTogether("ils parleront demain et seront là", "fr")).toBeNull();
    expect(runTogether("the eventsthe were held", "en")).toBe("eventsthe");
  });

  it("offers no figure past a thousand with its scale word", () => {
    const a = kitFor(analyzeArticle("Ford announced the plan on Tuesday. About $750 million will go to the assembly plant in Wayne, Michigan. The rest goes to Dearborn.", { language: "en", title: "Ford to add jobs" })).full;
    const m = a.numbers.find((x) => x.value === 750e6)!;
    for (let seed = 1; seed <= 8; seed++) for (const o of numericDistractors(a, m, rngFor(seed, "n"), 3)) expect(o).not.toMatch(/\$\d,\d{3} million/u);
  });

  it("offers youth age groups beside an age group", () => {
    const a = kitFor(analyzeArticle("The cup was held on Sunday. The under 16 final between Frankfurt and the Buccaneers was a spiteful affair.", { language: "en", title: "Junior cup" })).full;
    const m = a.numbers.find((x) => x.value === 16)!;
    for (let seed = 1; seed <= 8; seed++) for (const o of numericDistractors(a, m, rngFor(seed, "n"), 3)) expect(Number(o)).toBeLessThanOrEqual(21);
  });
});
