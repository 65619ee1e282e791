// Causes found by blind reading 164 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { surnameOf as gradingSurname } from "../grading/person-name";
import { pointsBack } from "./anaphora";
import { surnameOf } from "./clauses";
import { generateQuiz } from "./generate";
import { numberOptions } from "./test-analysis";

describe("reading 164", () => {
  it("takes a Chinese or Korean family name from the front of the name", () => {
    expect(surnameOf("Wen Jiabao")).toBe("Wen");
    expect(surnameOf("Hu Jintao")).toBe("Hu");
    expect(surnameOf("Kim Jong-un")).toBe("Kim");
    expect(surnameOf("Chen Dong")).toBe("Chen");
    expect(gradingSurname("Wen Jiabao")).toBe("Wen");
    // Western names keep their last word.
    expect(surnameOf("Wang Smith")).toBe("Smith");
    expect(surnameOf("Nambaryn Enkhbayar")).toBe("Enkhbayar");
    expect(surnameOf("Hillary Clinton")).toBe("Clinton");
  });

  it("offers Chinese leaders by their family names beside a speaker named by his surname", () => {
    const text = `Leaders sign border deal

Mongolian President Nambaryn Enkhbayar met Chinese President Hu Jintao and Premier Wen Jiabao in Beijing on Monday, with Foreign Minister Tsend Munh-Orgil. The two countries agreed on the exact line of their border after years of talks. "Now our border is clearly defined and signed officially after many years of work," Enkhbayar said at a press conference. The line runs for more than four thousand kilometres.`;
    const q = generateQuiz({ text, title: "Leaders sign border deal", count: 20 }).questions.find((x) => x.prompt.includes("clearly defined"));
    expect(q).toBeDefined();
    expect(q!.choices ?? []).not.toContain("Jiabao");
    expect(q!.choices ?? []).not.toContain("Jintao");
  });

  it("reads « Si cela se confirmait » and \"If so\" as pointing back", () => {
    expect(pointsBack("Si cela se confirmait, la tragédie serait l'une des pires en Méditerranée.", "fr")).toBe(true);
    expect(pointsBack("If so, the ship would be the largest ever found.", "en")).toBe(true);
    expect(pointsBack("If the vote passes, taxes will rise next year.", "en")).toBe(false);
  });

  it("keeps a school year's options within the years a school has", () => {
    const text = "The comet was found on Monday. A group of year 11 pupils at the academy were given the co-ordinates by an astronomer. They confirmed it within a week.";
    for (const o of numberOptions(text, "en", "11")) expect(Number(o)).toBeLessThanOrEqual(13);
    const us = "The science fair opened on Friday. A grade 11 student from Ohio won the first prize for a robot. Judges praised the design.";
    for (const o of numberOptions(us, "en", "11")) expect(Number(o)).toBeLessThanOrEqual(12);
  });
});
