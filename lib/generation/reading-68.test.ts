// Causes found by blind reading 68 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { compressStatement } from "./compress";
import { numberValue } from "./count-cues";
import { numericDistractors } from "./distractors/numbers";
import { generateQuiz } from "./generate";
import { rngFor } from "./random";
import { unworthy } from "./select";
import { settingFigure } from "./setting-figures";
import { doubledFrenchArticle } from "./slips";
import { numberCloze } from "./test-analysis";

describe("reading 68: a date inside an opening participle", () => {
  it("asks no « en quelle année » of the clause after « Condamné en 1986 pour deux meurtres, »", () => {
    const text = `Procès d'un détenu à Toulouse

Un détenu est jugé depuis lundi par la cour d'assises de Haute-Garonne pour le meurtre d'un codétenu.
Condamné en 1986 pour deux meurtres, l'accusé a déjà passé une quarantaine d'années de sa vie en prison.
Le verdict est attendu vendredi, selon son avocat.
L'accusé conteste avoir voulu tuer son codétenu lors d'une bagarre dans leur cellule.`;
    const r = generateQuiz({ text, title: "Procès d'un détenu à Toulouse", language: "fr", count: 20 });
    expect(r.questions.some((q) => /en quelle année l[’']accusé a-t-il déjà passé/u.test(q.prompt))).toBe(false);
  });
});

describe("reading 68: figures", () => {
  it("reads « 30 mille marins » as a distance of the setting", () => {
    const a = analyzeArticle("Un navire a été secouru.", { language: "fr" });
    expect(settingFigure(numberCloze(a, "Le navire de pêche était situé à plus de 30 mille marins de la Martinique.", "30"), "fr")).not.toBeNull();
  });

  it("reads a headline's '$150K' as the key '$150,000'", () => {
    expect(numberValue("$150,000", "en")).toBe(150000);
    const a = analyzeArticle("The company will pay a fine.", { language: "en", title: "EPA settles complaint with company for $150K" });
    expect(unworthy(a as never, numberCloze(a, "The EPA said that in addition to the $150,000 civil penalty, the company agreed to restore the stream.", "$150,000")))
      .toBe("answer given by the title");
  });

  it("offers no person's age as a duration", () => {
    const text = "Le président Adama Barrow, 56 ans, brigue un second mandat. Yahya Jammeh a dirigé le pays pendant 22 ans jusqu'en 2017.";
    const a = analyzeArticle(text, { language: "fr" });
    const m = a.numbers.find((x) => a.text.slice(x.numStart, x.numEnd) === "22")!;
    for (let seed = 1; seed <= 5; seed++) expect(numericDistractors(a as never, m, rngFor(seed, "t"), 3)).not.toContain("56");
  });
});

describe("reading 68: slips and dates in options", () => {
  it("reads « des Les César » as a slip", () => {
    expect(doubledFrenchArticle("La 33e édition des Les César du cinéma a récompensé cinq films.")).toBe(true);
    expect(doubledFrenchArticle("La ville de Le Mans et les habitants des Landes.")).toBe(false);
  });

  it("cuts 'on Friday, July 22' whole", () => {
    expect(compressStatement("Coast Guard crews rescued all occupants of a passenger ferry after a fire off Prince Edward Island on Friday, July 22.", "en"))
      .toBe("Coast Guard crews rescued all occupants of a passenger ferry after a fire off Prince Edward Island.");
  });
});

describe("reading 68: a category of one gender before the blank", () => {
  it("reads « meilleur espoir féminin (_____) » as asking for a woman", async () => {
    const { promptGender } = await import("../analysis/gender");
    const a = analyzeArticle("Le film a reçu quatre César.", { language: "fr" });
    expect(promptGender(a as never, "Complétez avec le bon nom : « … meilleur scénario et meilleur espoir féminin (_____). »", undefined)).toBe("f");
    expect(promptGender(a as never, "Complétez avec le bon nom : « Le prix du meilleur acteur revient à _____. »", undefined)).toBe("m");
    expect(promptGender(a as never, "Complétez avec le bon nom : « Le film de _____ a reçu le prix. »", undefined)).toBeUndefined();
  });
});
