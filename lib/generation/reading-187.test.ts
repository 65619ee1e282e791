// Causes found by blind reading 187 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";
import { mainIdeaCandidate } from "./types/main-idea";

describe("reading 187", () => {
  it("offers no main-idea option whose figure the key rounds", () => {
    const text = "Les douaniers du Havre ont saisi 312 kilos de cocaïne dans un conteneur d'ananas en provenance du Costa Rica. Le conteneur avait été débarqué d'un navire arrivé dans la nuit. Le chien de la brigade a marqué l'arrêt devant une palette. L'ouverture de toutes les palettes a révélé 280 pains de cocaïne pour un poids total de 312,5 kg. Le parquet de Rouen a ouvert une enquête. La marchandise aurait été revendue plus de 20 millions d'euros au détail. En 2021, la douane française avait intercepté 10 tonnes de cocaïne. Les enquêteurs cherchent le destinataire du conteneur.";
    const a = kitFor(analyzeArticle(text, { title: "Le Havre : les douaniers saisissent 312 kilos de cocaïne", language: "fr" })).full;
    const c = mainIdeaCandidate(a, 3);
    expect(c?.answer).toMatch(/^Les douaniers du Havre ont saisi 312 kilos/u);
    expect((c?.choices ?? []).some((x) => /312,5/u.test(x))).toBe(false);
  });

  it("treats all the rounds of a competition as its format", () => {
    const en = analyzeArticle("Uzbekistan won the team title. Unbeaten over the nine rounds, the team edged out Norway on tiebreak. The players were greeted at the airport.", { language: "en" });
    expect(settingFigure(numberCloze(en, "Unbeaten over the nine rounds, the team edged out Norway on tiebreak.", "nine"), "en")).toBe("the length of a scheduled event");
    const ko = analyzeArticle("The champion kept his belt. He stopped the challenger in three rounds on Saturday night. The crowd cheered.", { language: "en" });
    expect(settingFigure(numberCloze(ko, "He stopped the challenger in three rounds on Saturday night.", "three"), "en")).toBeNull();
  });
});
