// Causes of the edits and rejections of blind reading 35 (docs/generator-quality.md). Made-up
// texts in the shape of the ones read.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { slotChoiceCandidates } from "./types/slot-choice";

const numberClozes = (text: string, language: "fr" | "en") =>
  slotChoiceCandidates(analyzeArticle(text, { language, title: "Aid for farmers" }), ["number"], "numeric");

describe("reading 35", () => {
  it("never blanks one word of a figure written in words", () => {
    const text = "The agriculture secretary said the total amount of aid is about seven hundred eighty million dollars. " +
      "Fewer than one thousand three hundred new cases of the disease were reported last year. " +
      "Indonesia reported its first new cases of polio since nineteen ninety-five.";
    const a = analyzeArticle(text, { language: "en", title: "Aid for farmers" });
    expect(a.numbers.map((n) => n.text)).toEqual([]);
    expect(numberClozes(text, "en")).toEqual([]);
    const fr = analyzeArticle("Trois cents personnes ont été évacuées samedi. Deux mille soldats sont déployés dans la région.", { language: "fr", title: "Évacuation" });
    expect(fr.numbers.map((n) => n.text)).toEqual([]);
  });

  it("writes every option of a figure in words in words", () => {
    const text = "The Department of Agriculture will provide fifty million dollars in aid for ranchers hurt by the drought. The grants do not have to be repaid.";
    const q = numberClozes(text, "en").find((c) => c.answer === "fifty million");
    expect(q).toBeDefined();
    for (const o of q!.choices!) expect(o).toMatch(/^[a-z-]+ million$/);
  });

  it("gives a power of ten options as round as itself", () => {
    const text = "Le vol de fret a acheminé des médicaments permettant la prise en charge de plus de 1 000 blessés à Beyrouth. " +
      "Le défi consiste à atteindre une précision 100 fois meilleure que toutes les expériences menées jusqu'à présent.";
    const qs = numberClozes(text, "fr");
    for (const key of [1000, 100]) {
      const q = qs.find((c) => Number(String(c.answer).replace(/\D/g, "")) === key);
      expect(q, String(key)).toBeDefined();
      for (const o of q!.choices!) {
        const ratio = Number(o.replace(/\D/g, "")) / key;
        expect([0.2, 0.3, 0.5, 1, 1.5, 2, 3, 5]).toContain(ratio);
      }
    }
  });
});
