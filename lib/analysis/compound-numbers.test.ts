import { describe, expect, it } from "vitest";
import { compoundStyle, compoundValue, compoundWords } from "./lexicon/compound-numbers";
import { analyzeArticle } from "./analyze";
import { kitFor } from "../generation/question-kit";
import { numericDistractors } from "../generation/distractors/numbers";
import { rngFor } from "../generation/random";

describe("numbers written in several words", () => {
  it("reads French and English compounds, in either spelling", () => {
    expect(compoundValue("vingt-trois", "fr")).toBe(23);
    expect(compoundValue("Deux-cents", "fr")).toBe(200);
    expect(compoundValue("vingt et un", "fr")).toBe(21);
    expect(compoundValue("vingt-et-un", "fr")).toBe(21);
    expect(compoundValue("quatre-vingt-douze", "fr")).toBe(92);
    expect(compoundValue("soixante et onze", "fr")).toBe(71);
    expect(compoundValue("deux mille trois cent cinquante", "fr")).toBe(2350);
    expect(compoundValue("Forty-six", "en")).toBe(46);
    expect(compoundValue("two hundred and fifty", "en")).toBe(250);
    expect(compoundValue("one thousand three hundred", "en")).toBe(1300);
  });

  it("reads no year and no run of separate numbers as one figure", () => {
    expect(compoundValue("nineteen ninety-five", "en")).toBeNull();
    expect(compoundValue("deux trois", "fr")).toBeNull();
    expect(compoundValue("trente", "fr")).toBeNull();
  });

  it("writes a value in the style of the article's figure", () => {
    expect(compoundWords(23, "fr")).toBe("vingt-trois");
    expect(compoundWords(200, "fr")).toBe("deux cents");
    expect(compoundWords(280, "fr", compoundStyle("Deux-cents", "fr"))).toBe("deux-cent-quatre-vingts");
    expect(compoundWords(200000, "fr")).toBe("deux cent mille");
    expect(compoundWords(46, "en")).toBe("forty-six");
    expect(compoundWords(250, "en", compoundStyle("one hundred and twenty", "en"))).toBe("two hundred and fifty");
  });

  it("finds the figure in a sentence and offers options written like it", () => {
    const a = kitFor(analyzeArticle("Vingt-trois terroristes ont été tués lors d'une opération de l'armée dans le sud du pays. Deux soldats ont été blessés.", { language: "fr", title: "Opération militaire" })).full;
    const m = a.numbers.find((x) => x.value === 23)!;
    expect(m).toBeDefined();
    expect(m.unit).toBe("terroristes");
    const options = numericDistractors(a, m, rngFor(3, "n"), 4);
    expect(options.length).toBeGreaterThanOrEqual(3);
    for (const o of options) expect(o).toMatch(/^[a-zé]+(?:(?:-| et )[a-zé]+)*$/u);
  });
});
