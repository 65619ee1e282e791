// Causes found by blind reading 167 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { settingFigure } from "./setting-figures";
import { copiesSlip } from "./slips";
import { numberCloze } from "./test-analysis";

describe("reading 167", () => {
  it("refuses a count of two when the article calls them a pair", () => {
    const text = "Rangers rescued two kayakers from the river on Sunday night. The pair had been stranded on an island for hours. Both were unhurt.";
    const a = analyzeArticle(text, { language: "en" });
    const c = numberCloze(a, "Rangers rescued two kayakers from the river on Sunday night.", "two");
    expect(numberRefusal(kitFor(a).full, c)).toBe("the article calls them a pair");
    const b = analyzeArticle(text.replace("The pair had", "They had"), { language: "en" });
    expect(numberRefusal(kitFor(b).full, numberCloze(b, "Rangers rescued two kayakers from the river on Sunday night.", "two"))).not.toBe("the article calls them a pair");
  });

  it("takes a mile marker for an address", () => {
    const a = analyzeArticle("A boulder fell onto the road just below the 15 mile marker on Monday morning.", { language: "en" });
    expect(settingFigure(numberCloze(a, "A boulder fell onto the road just below the 15 mile marker on Monday morning.", "15"), "en")).toBe("a street address");
  });

  it("takes « le » before a feminine noun and its complement for a slip, not « le » as a pronoun", () => {
    const a = kitFor(analyzeArticle("La ministre provoquera mercredi le tenue d'une élection générale. Il le porte de nouveau.", { language: "fr" })).full;
    expect(copiesSlip(a, "La ministre provoquera mercredi le tenue d'une élection générale.")).toBe(true);
    expect(copiesSlip(a, "Il le porte de nouveau.")).toBe(false);
  });
});
