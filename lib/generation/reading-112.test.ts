// Causes found by blind reading 112 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";
import { whQuestionTemplate } from "./types/wh-question";

describe("reading 112", () => {
  it("refuses a bound only the key keeps on the headline's side ('more than _____' under '38,000-year-old')", () => {
    const title = "38,000-year-old engravings confirm ancient origins of pointillist technique";
    const text = "Archaeologists found engraved limestone blocks at the Abri Cellier rock shelter in France. The pointillist technique was long thought to be a modern invention of painters such as Seurat. " +
      "However, archaeologists have now found evidence of this technique thousands of years earlier, dating back more than 35,000 years. The team studied the blocks with new imaging tools. " +
      "The results appear in a scientific journal this week. The blocks are kept in a museum in the region.";
    const a = analyzeArticle(text, { language: "en", title });
    const c = { ...numberCloze(a, "However, archaeologists have now found evidence of this technique thousands of years earlier, dating back more than 35,000 years.", "35,000"), sentenceIndex: 2 };
    expect(numberRefusal(a, { ...c, choices: ["40,000", "35,000", "48,000", "43,000"] })).toBe("the headline's figure leaves only the key");
    expect(numberRefusal(a, { ...c, choices: ["30,000", "35,000", "48,000", "25,000"] })).not.toBe("the headline's figure leaves only the key");
  });

  it("refuses a part whose whole and other parts are printed (« Cinq personnes, _____ hommes et une femme »)", () => {
    const text = "Cinq personnes, quatre hommes et une femme, ont été mises en examen vendredi pour escroquerie en bande organisée. Elles avaient acheté des montres de luxe avec de faux billets. Le préjudice dépasse 300 000 euros.";
    const a = analyzeArticle(text, { language: "fr", title: "Escroquerie aux montres de luxe" });
    const ev = "Cinq personnes, quatre hommes et une femme, ont été mises en examen vendredi pour escroquerie en bande organisée.";
    expect(numberRefusal(a, { ...numberCloze(a, ev, "quatre"), sentenceIndex: 0 })).toBe("the whole and the other parts are printed");
    expect(numberRefusal(a, { ...numberCloze(a, "Le préjudice dépasse 300 000 euros.", "300 000"), sentenceIndex: 2 })).not.toBe("the whole and the other parts are printed");
  });

  it("asks no 'how many' on the object of a second verb joined by « et »", () => {
    const text = `Escroquerie aux montres de luxe

Un vendeur de montres de luxe a publié une annonce sur un site spécialisé au mois d'octobre. Un duo d'acheteurs se présente et remet 120 000 euros en espèces au vendeur. Les billets se révèlent faux quelques heures plus tard à la banque. Les enquêteurs remontent la piste jusqu'à un réseau installé à Marseille. Cinq suspects ont été interpellés mardi dans les Bouches-du-Rhône.`;
    const a = analyzeArticle(text, { language: "fr", title: "Escroquerie aux montres de luxe" });
    for (const c of whQuestionTemplate.generate(a)) expect(c.prompt).not.toMatch(/se présente-t-il et remet/u);
  });
});
