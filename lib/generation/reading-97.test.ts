// Causes found by blind reading 97 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { numberRefusal } from "./number-refusals";
import { settingFigure } from "./setting-figures";
import { attributionWindow } from "./types/quote";
import { numberCloze } from "./test-analysis";

describe("reading 97: the explanation of 'who said it?'", () => {
  it("shows an evidence just past the limit whole, on one line", () => {
    const ev = "Harbour master Ana Lopes, who has run the port of Saint-Malo for the past twenty years, coordinated the rescue crews and the volunteers from the town on Sunday.\n\n" +
      "She said their work through the night, in the cold and the wind, had been \"remarkable\".\n\n\"The crews never stopped – we owe the sailors' lives to them,\" she said.";
    expect(ev.length).toBeGreaterThan(300);
    const w = attributionWindow(ev, "Ana Lopes");
    expect(w).not.toMatch(/\n/u);
    expect(w).toContain("we owe the sailors' lives to them");
    expect(w).not.toContain("…");
  });

  it("cuts a long quotation after a whole sentence, and closes it", () => {
    const ev = "The chair of the jury Maria Keller said: \"Her novel stood out from the shortlist because it tells a story nobody had told before. " +
      "It reads like a thriller, with a language that is precise, vivid and patient, and it never lets the reader go, from the first page to the last one, " +
      "which is rare in a first book and rarer still in a historical one set in a port town of the eighteenth century that few readers know.\"";
    const w = attributionWindow(ev, "Maria Keller");
    expect(w).toBe("The chair of the jury Maria Keller said: \"Her novel stood out from the shortlist because it tells a story nobody had told before. […]\"");
  });
});

describe("reading 97: who is talked about did not say it", () => {
  it("offers no one the quotation names as its speaker", () => {
    const text = [
      "The novelist Clara Dunmore won the Harbour Prize for a first novel on Thursday in Leeds.",
      "The chair of the judges Joanne Pike said: \"Dunmore's novel stood out because it is a story that engages every sense.\"",
      "The other writers on the shortlist were Peter Allwood, Simon Grey and Martin Hale.",
      "\"I did not expect to win,\" Peter Allwood said after the ceremony, adding that he would write again.",
      "\"It is a wonderful evening for first novels,\" said Martin Hale, who was shortlisted last year too.",
      "Simon Grey said the prize had already helped the sales of all six books on the list.",
    ].join("\n\n");
    const quiz = generateQuiz({ text, title: "Clara Dunmore wins Harbour Prize", count: 20 });
    const asked = quiz.questions.filter((q) => /Dunmore's novel/u.test(q.prompt));
    expect(asked).toHaveLength(1);
    expect(asked[0].choices ?? []).not.toContain("Clara Dunmore");
  });
});

describe("reading 97: sizes of the setting", () => {
  const en = analyzeArticle("The boat sank on Sunday.", { language: "en", title: "Boat sinks" });
  const fr = analyzeArticle("Le cachalot s'est échoué jeudi.", { language: "fr", title: "Un cachalot échoué" });

  it("reads a boat's length written as one compound as the setting", () => {
    expect(settingFigure(numberCloze(en, "A swell came over the bow of the 25-foot vessel Sea Star, which capsized.", "25"), "en")).toBe("the size of a thing, in one compound");
    expect(settingFigure(numberCloze(en, "The river rose 25 feet above its banks on Sunday.", "25"), "en")).not.toBe("the size of a thing, in one compound");
  });

  it("reads an animal's weight in tonnes as the setting, not a cargo's", () => {
    expect(settingFigure(numberCloze(fr, "L'animal de 15 tonnes, qui mesure 12 mètres, s'est échoué jeudi soir.", "15"), "fr")).toBe("a thing's weight");
    expect(settingFigure(numberCloze(fr, "Les douaniers ont saisi 15 tonnes de cocaïne dans le port.", "15"), "fr")).toBeNull();
  });
});

describe("reading 97: the closing sentence is background", () => {
  const text = [
    "Dallas Seavey won the sled dog race on Tuesday in Nome, Alaska.",
    "He crossed the finish line two minutes ahead of Aliy Zirkle.",
    "Seavey finished in eight days and 13 hours, a record for the race.",
    "Zirkle was second for the third year in a row.",
    "Jeff King, who led the race on Monday, withdrew after a crash.",
    "The race started in Willow with 69 teams.",
  ].join(" ");
  const a = analyzeArticle(text, { language: "en", title: "Dallas Seavey wins sled dog race" });
  it("does not blank a figure of the article's last sentence", () => {
    const at = (ev: string, key: string, i: number) => ({ ...numberCloze(a, ev, key), sentenceIndex: i });
    expect(numberRefusal(a, at("The race started in Willow with 69 teams.", "69", 5))).toBe("a figure of the article's closing sentence");
    expect(numberRefusal(a, at("Seavey finished in eight days and 13 hours, a record for the race.", "13", 2))).not.toBe("a figure of the article's closing sentence");
  });
  it("keeps it in a short article, where the last sentence may be the news", () => {
    const short = analyzeArticle("Dallas Seavey won the race on Tuesday. The race started in Willow on March 2 with 69 teams.", { language: "en", title: "Seavey wins" });
    expect(numberRefusal(short, { ...numberCloze(short, "The race started in Willow with 69 teams.", "69"), sentenceIndex: 1 })).not.toBe("a figure of the article's closing sentence");
  });
});
