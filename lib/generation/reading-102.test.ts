// Causes found by blind reading 102 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";

describe("reading 102: a part of a whole the prompt prints", () => {
  const a = analyzeArticle("Les otages ont été libérés jeudi.", { language: "fr", title: "Otages libérés" });
  const ev = "Paris a annoncé la libération de cinq otages, dont quatre employés d'une ONG locale, capturés en février.";
  it("refuses options as large as the whole printed before « dont _____ »", () => {
    expect(numberRefusal(a, { ...numberCloze(a, ev, "quatre"), choices: ["trois", "sept", "deux", "quatre"] })).toBe("an option is as large as the whole the prompt shows");
  });
  it("keeps options all below the whole", () => {
    expect(numberRefusal(a, { ...numberCloze(a, ev, "quatre"), choices: ["trois", "un", "deux", "quatre"] })).not.toBe("an option is as large as the whole the prompt shows");
  });
});

describe("reading 102: an archive's dateline", () => {
  it("cuts \"PLACE, Country (AP) _ \" before the lede", () => {
    const a = analyzeArticle("LIMA, Peru (AP) _ Two ministers resigned on Monday after the vote, officials said.\n\nThe vote was close.", { language: "en" });
    expect(a.sentences[0].text).toMatch(/^Two ministers resigned/u);
  });
});
