// Causes found by blind reading 62 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { unworthy } from "./select";
import { numberCloze } from "./test-analysis";
import { stanceTemplate } from "./types/stance";

describe("reading 62: a round number in words in the headline", () => {
  it("gives away a key near it (« une centaine d'emplois » over 101)", () => {
    const a = analyzeArticle("L'usine ferme.", { language: "fr", title: "Fleury Michon supprime une centaine d'emplois en Bretagne" });
    expect(unworthy(a as never, numberCloze(a, "Au total, 101 salariés étaient en CDI sur le site breton, selon la direction du groupe.", "101"))).toBe("answer given by the title");
  });
});

describe("reading 62: one body offered twice", () => {
  it("never offers a body's initials beside its full name, nor a name with and without its legal form", () => {
    const text = "The Louisiana Department of Environmental Quality opened an inquiry on Monday. Temple-Inland Inc runs the paper mill. " +
      "Researchers at Tulane University studied the river. Temple-Inland said it was cooperating.\n\n" +
      "DEQ said that a slug of untreated wastewater got into the river and may have caused the fish kill.";
    const a = analyzeArticle(text, { language: "en", title: "Fish kill on the Pearl River" });
    for (const c of stanceTemplate.generate(kitFor(a).full)) {
      const choices = c.choices ?? [];
      expect(choices.includes("DEQ") && choices.includes("Louisiana Department of Environmental Quality")).toBe(false);
      expect(choices.includes("Temple-Inland") && choices.includes("Temple-Inland Inc")).toBe(false);
    }
  });
});
