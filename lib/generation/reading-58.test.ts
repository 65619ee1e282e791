// Causes found by blind reading 58 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { segmentSentences } from "../analysis/sentences";
import { pointsBack } from "./anaphora";
import { unworthy } from "./select";
import { numberCloze } from "./test-analysis";

describe("reading 58: a quotation of a document its signatories are named after", () => {
  it("gives no person the words of \"a joint declaration issued by\" them", () => {
    const text = "The leaders met in Paris on Monday.\n\n\"The parties commit to fully implementing the ceasefire before the end of the year,\" said a joint declaration issued by French President Emmanuel Macron and German Chancellor Angela Merkel.";
    const a = analyzeArticle(text, { language: "en" });
    expect(a.quotes.find((q) => q.text.startsWith("The parties"))?.speakerId).toBeUndefined();
    const said = analyzeArticle("The leaders met.\n\n\"We will meet again in four months,\" said French President Emmanuel Macron after the talks.", { language: "en" });
    expect(said.entities[said.quotes[0].speakerId!]?.name).toBe("Emmanuel Macron");
  });
});

describe("reading 58: datelines and wire credits", () => {
  it("cuts \"Paris, Dec 10 (SocialNews.XYZ)\" and a \"(AP) —\" left after a state's abbreviation", () => {
    expect(segmentSentences("Paris, Dec 10 (SocialNews.XYZ) Ukraine and Russia have agreed on a full ceasefire in the east before the end of the year.", "en")[0].text)
      .toMatch(/^Ukraine and Russia/u);
    expect(segmentSentences("SANTA BARBARA, Calif. (AP) — Cleanup teams have determined that 44 percent of the coastline is clear of oil.", "en")[0].text)
      .toMatch(/^Cleanup teams/u);
    expect(segmentSentences("Jean Dupont (PS) a déclaré que la loi serait votée avant la fin du mois de juin prochain.", "fr")[0].text).toMatch(/^Jean Dupont/u);
  });
});

describe("reading 58: options that lean on the sentence before", () => {
  it("reads \"Shortly before, …\", \"The two leaders …\", « Le lendemain, … » as pointing back", () => {
    expect(pointsBack("Shortly before, Kamala Harris was sworn in as vice president.", "en")).toBe(true);
    expect(pointsBack("Shortly before noon, the storm reached the coast.", "en")).toBe(false);
    expect(pointsBack("The two leaders had a separate one-on-one meeting.", "en")).toBe(true);
    expect(pointsBack("Le lendemain, la police a arrêté deux hommes.", "fr")).toBe(true);
    expect(pointsBack("Les deux tiers des votants ont dit oui.", "fr")).toBe(false);
  });
});

describe("reading 58: a baby's age", () => {
  const a = analyzeArticle("Un accident a fait un mort.", { language: "fr", title: "Accident" });
  it("is no figure to ask, in months as in years; a sentence of twelve months is", () => {
    expect(unworthy(a as never, numberCloze(a, "À son bord, un homme de 43 ans et son bébé âgé de 12 mois.", "12"))).toBe("trivial figure");
    expect(unworthy(a as never, numberCloze(a, "Le conducteur a été condamné à une peine de 12 mois de prison avec sursis.", "12"))).not.toBe("trivial figure");
  });
});
