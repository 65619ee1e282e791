// Causes found by blind reading 70 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { unworthy } from "./select";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";

describe("reading 70: figures given away or of the setting", () => {
  const en = analyzeArticle("The wrestlers won their finals.", { language: "en" });
  it("refuses '55-kilogram/_____-pound'", () => {
    expect(unworthy(en as never, numberCloze(en, "He won both matches in the Greco-Roman 55-kilogram/121-pound division on Sunday.", "121")))
      .toBe("the prompt gives the figure in another unit");
  });

  it("reads 'a 1 year _____ months old child' as an age", () => {
    expect(settingFigure(numberCloze(en, "The latest cases are a baby from Wailali and a 1 year 5 months old child from Lami.", "5"), "en")).toBe("a person's age");
  });
});

describe("reading 70: one toll asked twice", () => {
  it("asks « _____ blessés graves » once when another prompt prints « dont 12 grièvement »", () => {
    const text = `Accident d'autocar dans le Var

Un autocar s'est renversé dimanche sur l'autoroute près de Vidauban, dans le Var.
Selon un bilan provisoire, plus de 40 personnes ont été blessées dont 12 grièvement.
Douze blessés graves (dont le chauffeur) sont à déplorer, et 30 personnes ont été blessées plus légèrement, selon la préfecture.
Les passagers rentraient d'un pèlerinage en Italie, a indiqué la préfecture.
Une enquête a été ouverte pour déterminer les causes de l'accident.`;
    const r = generateQuiz({ text, title: "Accident d'autocar dans le Var", language: "fr", count: 20 });
    const twelve = r.questions.filter((q) => q.answer === "Douze" || q.answer === "12");
    const printed = r.questions.some((q) => /dont 12 grièvement/u.test(q.prompt));
    expect(twelve.length && printed).toBeFalsy();
  });
});
