// Causes of the edits and rejections of blind reading 37 (docs/generator-quality.md). Made-up
// texts in the shape of the ones read.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { footnoteMark } from "../analysis/lexicon/spelling";
import { whQuestionTemplate } from "./types/wh-question";
import { slotChoiceCandidates } from "./types/slot-choice";

describe("reading 37", () => {
  it("offers no « 1 » for a count of a plural noun", () => {
    const a = analyzeArticle("Le panier contenant 2 bouteilles d'ammoniac est sorti hors de l'atelier. Les pompiers arrosent la zone pendant une heure.", { language: "fr", title: "Fuite d'ammoniac" });
    const q = slotChoiceCandidates(a, ["number"], "numeric").find((c) => /_____ bouteilles/.test(c.prompt));
    expect(q).toBeDefined();
    expect(q!.choices).not.toContain("1");
  });

  it("asks no date of a clause cut before its verb", () => {
    const text = "Mardi 26 mars, les féminines (catégories senior et master) et les vétérans hommes ont pris le départ du cross. Mercredi 27 mars, les seniors hommes ont couru sur le même parcours de dix kilomètres. Jeudi 28 mars, la remise des prix a eu lieu au camp de Beynes.";
    const prompts = whQuestionTemplate.generate(analyzeArticle(text, { language: "fr", title: "Cross militaire", date: new Date("2019-03-30") })).map((c) => c.prompt);
    expect(prompts.filter((p) => /^À quelle date est-ce que les féminines/u.test(p) && !/ont pris/u.test(p))).toEqual([]);
  });

  it("asks no 'combien' of a count inside a relative clause or cut from its complement", () => {
    const text = "Une fuite d'ammoniac est détectée dans une usine chimique. L'installation qui contenait à l'origine 500 kg d'NH3, est vidangée et réparée. L'exploitant a prévenu la préfecture.";
    const prompts = whQuestionTemplate.generate(analyzeArticle(text, { language: "fr", title: "Fuite d'ammoniac" })).map((c) => c.prompt);
    expect(prompts.filter((p) => /combien de kg/u.test(p))).toEqual([]);
  });

  it("finds a footnote mark left on a word, not a name with a figure", () => {
    expect(footnoteMark("En 2020, les chercheurs ont décrit 601 taxons1, soit plus du double.", "fr")).toBe("taxons1");
    expect(footnoteMark("Le satellite Sentinel-1 et le gaz NH3 ; l'Airbus A320.", "fr")).toBeNull();
  });
});
