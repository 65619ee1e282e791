// Causes found by blind reading 81 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { settingFigure } from "./setting-figures";
import { buildSlots } from "./slots";
import { fullAnalysis, numberCloze } from "./test-analysis";

describe("reading 81: sizes and units", () => {
  it("reads 'eight 14-centimeter telescopes' as a measure of the setting", () => {
    const en = analyzeArticle("A comet was found.", { language: "en" });
    expect(settingFigure(numberCloze(en, "The survey uses a group of eight 14-centimeter telescopes placed around the world.", "14"), "en")).toBe("a measure of the setting");
  });

  it("accepts no figure with the adverb after it ('37 freshly dug roots')", () => {
    const a = fullAnalysis("Rangers found 37 freshly dug ginseng roots near the man's car in the park.", "en");
    const slot = buildSlots(a, 1).find((x) => x.type === "number" && x.display === "37");
    expect(slot).toBeDefined();
    expect(slot!.accepted.some((x) => /freshly/u.test(x))).toBe(false);
  });
});

describe("the skill of 'who said «…»?'", () => {
  it("is a detail: attribution recalled from one sentence (readers called 'stance' wrong)", async () => {
    const { generateQuiz } = await import("./generate");
    const text = [
      "The city council approved a new tram line on Monday after a long debate.",
      "“This line will change the daily life of thousands of commuters,” said Mayor Laura Bianchi.",
      "“The cost is far too high for a city of this size,” said councillor Marco Rossi.",
      "“We will watch every euro spent on the works,” said councillor Anna Ferri.",
      "Works will start next spring and last three years.",
    ].join("\n\n");
    const quiz = generateQuiz({ text, title: "City approves tram line", count: 20 });
    const quotes = quiz.questions.filter((q) => q.template === "quote");
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.skill).toBe("detail");
  });
});
