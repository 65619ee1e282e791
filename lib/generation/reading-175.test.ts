// Causes found by blind reading 175 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";
import { mainIdeaCandidate } from "./types/main-idea";

const TEXT = `La séance consacrée au vote du budget est ouverte par le doyen du conseil, Paul Martin, à dix heures.

Avant de débuter, les élus vérifient que le quorum est atteint, c'est-à-dire que la moitié des membres sont présents.

Le rapporteur présente ensuite les grandes lignes du budget, qui prévoit la rénovation de trois écoles et d'une piscine.

Les conseillers de l'opposition demandent une suspension de séance pour étudier les derniers amendements.

Le budget est finalement adopté par 21 voix contre 8, après quatre heures de débat.

La rénovation des écoles commencera à l'été et durera deux ans, selon le calendrier présenté.

Le maire a remercié les agents des services techniques pour la préparation du document.`;

describe("reading 175", () => {
  it("asks no main idea of an explainer (« Comment … »), whose opening is not the news", () => {
    const explainer = analyzeArticle(TEXT, { language: "fr", title: "Comment s'est déroulé le vote du budget" });
    expect(mainIdeaCandidate(kitFor(explainer).full, 1)).toBeNull();
    const news = analyzeArticle(TEXT, { language: "fr", title: "Le conseil ouvre la séance du vote du budget" });
    expect(mainIdeaCandidate(kitFor(news).full, 1)).not.toBeNull();
  });

  it("takes a height in floors for a figure of the setting", () => {
    const s = "Le feu a ravagé une maison de trois étages du boulevard dans la nuit de samedi.";
    const a = analyzeArticle(s, { language: "fr" });
    expect(settingFigure(numberCloze(a, s, "trois"), "fr")).toBe("a height in floors");
  });
});
