import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";

describe("settingFigure", () => {
  const fr = analyzeArticle("Le préfet a annoncé lundi de nouvelles mesures.", { language: "fr", title: "Mesures" });
  const en = analyzeArticle("The governor announced new measures on Monday.", { language: "en", title: "Measures" });

  it("names the rule that reads the figure as the setting", () => {
    expect(settingFigure(numberCloze(fr, "Le navire de 71 mètres de long a été remorqué jusqu'au port.", "71"), "fr")).toBe("the size of a thing");
    expect(settingFigure(numberCloze(en, "The plane crashed 11 miles north of Denver on Sunday.", "11"), "en")).toBe("where a place lies");
    expect(settingFigure(numberCloze(en, "The vote passed with 20743128 ballots cast in favour.", "20743128"), "en")).toBe("seven significant digits");
    expect(settingFigure(numberCloze(fr, "Les secours sont arrivés vers 14 heures sur les lieux.", "14"), "fr")).toBe("a clock or elapsed time");
  });

  it("leaves the news's own figures alone", () => {
    expect(settingFigure(numberCloze(fr, "Un incendie de 500 hectares a ravagé la forêt des Landes.", "500"), "fr")).toBeNull();
    expect(settingFigure(numberCloze(en, "The storm destroyed 300 homes in the county on Friday.", "300"), "en")).toBeNull();
  });
});
