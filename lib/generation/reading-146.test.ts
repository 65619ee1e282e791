// Causes found by blind reading 146 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";
import { settingFigure } from "./setting-figures";
import { saysNothing } from "./types/wh-question";
import { onSecond } from "./reading-fixtures";

describe("reading 146", () => {
  it("keeps a runner-up's options below the leader's printed figure, and the leader's above the runner-up's", () => {
    const a = kitFor(analyzeArticle("The season ended on Sunday. Rangers finished second with 29 points in the eight-team league, with United finishing top with 32 points. The final was played in Mzuzu.", { language: "en", title: "United win the league" })).full;
    const second = a.numbers.find((x) => x.value === 29)!;
    for (let seed = 1; seed <= 5; seed++) {
      const options = numericDistractors(a, second, rngFor(seed, "n"), 3).map(Number);
      expect(options.length).toBeGreaterThan(0);
      for (const o of options) expect(o).toBeLessThan(32);
    }
    const top = a.numbers.find((x) => x.value === 32)!;
    for (let seed = 1; seed <= 5; seed++) for (const o of numericDistractors(a, top, rngFor(seed, "n"), 3).map(Number)) expect(o).toBeGreaterThan(29);
  });

  it("asks nothing whose verb of saying lost what was said", () => {
    expect(saysNothing("À quelle date est-ce que le ministère de la Santé a annoncé, dans un communiqué de presse ?")).toBe(true);
    expect(saysNothing("When did the ministry announce?")).toBe(true);
    expect(saysNothing("À quelle date le ministère a-t-il annoncé une baisse des cas de rougeole ?")).toBe(false);
  });

  it("takes a long-run average in the present tense for background", () => {
    const en = onSecond("Forecasters raised their outlook on Thursday. On average, the Atlantic hurricane season produces 12 named storms, of which six become hurricanes.", "Busier season expected", "en",
      "Fill in the right number: “On average, the Atlantic hurricane season produces _____ named storms, of which six become hurricanes.”", "12", ["12", "8", "15", "17"]);
    expect(settingFigure(en.c, "en")).toBe("a long-run average");
    const fr = onSecond("Les prévisionnistes ont relevé leur prévision jeudi. En moyenne, une saison cyclonique compte 12 tempêtes nommées.", "Saison chargée", "fr",
      "Complétez avec le bon nombre : « En moyenne, une saison cyclonique compte _____ tempêtes nommées. »", "12", ["12", "8", "15", "17"]);
    expect(settingFigure(fr.c, "fr")).toBe("a long-run average");
    // What a study measured is the news.
    const study = onSecond("The study was published on Monday. On average, each family donated 12 books during the drive.", "Book drive", "en",
      "Fill in the right number: “On average, each family donated _____ books during the drive.”", "12", ["12", "8", "15", "17"]);
    expect(settingFigure(study.c, "en")).toBeNull();
  });
});
