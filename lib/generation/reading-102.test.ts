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

describe("reading 101: a subject that stands for either of two named things", () => {
  it("refuses \"The fire was _____ contained\" in an article on two named fires", () => {
    const text = "The Dixie Fire grew on Sunday in California. The Bootleg Fire in Oregon was 84% contained. The fire was 35% contained Sunday evening, officials said.";
    const a = analyzeArticle(text, { language: "en", title: "Fires in the West" });
    const c = numberCloze(a, "The fire was 35% contained Sunday evening, officials said.", "35%");
    expect(numberRefusal(a, c)).toBe("the excerpt's subject may be either of two named things");
    const one = analyzeArticle("The Dixie Fire grew on Sunday in California. The fire was 35% contained Sunday evening, officials said.", { language: "en", title: "Dixie Fire" });
    expect(numberRefusal(one, numberCloze(one, "The fire was 35% contained Sunday evening, officials said.", "35%"))).not.toBe("the excerpt's subject may be either of two named things");
  });
});
