// Causes found by blind reading 173 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { withoutDeicticTime } from "./compress";
import { gistOf } from "./gist";
import { settingFigure } from "./setting-figures";
import { copiesSlip } from "./slips";
import { numberCloze } from "./test-analysis";

describe("reading 173", () => {
  it("keeps a list of days whole and never leaves its placeholder behind", () => {
    const s = "The union said its members would picket the plant again on Monday, Tuesday, Wednesday and every day after until a deal is signed.";
    const shown = gistOf(withoutDeicticTime(s, "en"), "en");
    expect(shown).toMatch(/on Monday, Tuesday, Wednesday and every day after/u);
    expect(shown).not.toMatch(/\u0000/u);
    // A single day is still cut.
    expect(gistOf(withoutDeicticTime("The union said its members would picket the plant again on Monday until a deal is signed.", "en"), "en")).not.toMatch(/Monday/u);
  });

  it("takes « au dessus » for a slip of the article", () => {
    const a = analyzeArticle("Le seuil est franchi.", { language: "fr" });
    expect(copiesSlip(a, "Le taux est passé au dessus du seuil fixé par les autorités sanitaires.")).toBe(true);
    expect(copiesSlip(a, "Le taux est passé au-dessus du seuil fixé par les autorités sanitaires.")).toBe(false);
  });

  it("takes a small team of field scientists for a figure of the setting", () => {
    const s = "Trois naturalistes du parc ont observé pour la première fois une libellule rare dans la vallée.";
    const a = analyzeArticle(s, { language: "fr" });
    expect(settingFigure(numberCloze(a, s, "Trois"), "fr")).toBe("the size of a research team");
  });
});
