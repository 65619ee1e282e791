// Causes found by blind reading 170 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { agreeParticiple } from "./french-inversion";
import { kitFor } from "./question-kit";
import { settingFigure } from "./setting-figures";
import { copiesSlip } from "./slips";
import { numberCloze } from "./test-analysis";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";

const cloze = (text: string, lang: "fr" | "en", key: string) => {
  const a = analyzeArticle(text, { language: lang });
  return settingFigure(numberCloze(a, text, key), lang);
};

describe("reading 170", () => {
  it("takes a window counted back from today (\"over the last 30 years\") for a time counted back", () => {
    expect(cloze("A footbridge over the river collapsed twice over the last 30 years, the mayor said.", "en", "30")).toBe("a time counted back");
    expect(cloze("Ces 15 dernières années, la station a perdu la moitié de ses skieurs.", "fr", "15")).toBe("a time counted back");
    // A span the news itself took is no window.
    expect(cloze("The dig lasted 30 years before the tomb was found.", "en", "30")).not.toBe("a time counted back");
  });

  it("takes a book's page count, the whole of a share and a new chamber's seats for figures of the setting", () => {
    expect(cloze("Le lauréat signe un roman graphique de 312 pages sur l'exil de sa famille.", "fr", "312")).toBe("a document's length");
    expect(cloze("Early results give the governing party at least 40 seats out of 60 in the regional vote.", "en", "60")).toBe("the whole of a share");
    expect(cloze("The coalition now holds a clear majority in the new 120-seat assembly.", "en", "120")).toBe("the seats of a chamber");
    // The share itself is the news.
    expect(cloze("Early results give the governing party at least 40 seats out of 60 in the regional vote.", "en", "40")).toBeNull();
  });

  it("takes « qui compte N habitants » for a place's population", () => {
    expect(cloze("Les orages ont frappé Lomé, qui compte environ 2 millions d'habitants, dans la nuit de lundi.", "fr", "2 millions")).toBe("a place's population");
  });

  it("takes « été » typed twice around an adverb for a slip of the article", () => {
    const a = analyzeArticle("Un bilan a été donné.", { language: "fr" });
    expect(copiesSlip(a, "Le bilan, qui a été ensuite été revu en hausse, fait état de 12 morts.")).toBe(true);
    expect(copiesSlip(a, "Le bilan a été ensuite revu en hausse à 12 morts.")).toBe(false);
  });

  it("agrees a participle after an adverb (« a-t-elle finalement remportées »)", () => {
    expect(agreeParticiple("combien de médailles l'équipe a-t-elle finalement remporté", "médailles")).toBe("combien de médailles l'équipe a-t-elle finalement remportées");
  });

  it("offers no figure of another sentence past the whole of the share asked", () => {
    const text = "The new 200-seat parliament meets in May. Early results show the ruling party will win at least 70 seats out of 100 on the party lists. Turnout was low.";
    const a = analyzeArticle(text, { language: "en" });
    const m = kitFor(a).full.numbers.find((x) => x.value === 70)!;
    const options = numericDistractors(kitFor(a).full, m, rngFor(1, "t"), 4);
    expect(options.every((o) => Number(o.replace(/[^\d.]/g, "")) < 100)).toBe(true);
  });
});
