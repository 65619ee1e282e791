// Causes found by blind reading 85 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { settingFigure } from "./setting-figures";
import { fullAnalysis, numberCloze } from "./test-analysis";
import { headlineSubject, mainIdeaCandidate } from "./types/main-idea";

describe("reading 85: a lede that shows a picture, or another subject than the headline's", () => {
  const text = (lede: string) => [
    lede,
    "Un automobiliste a filmé toute la scène depuis le parking voisin du supermarché.",
    "Le conducteur s'arrête aussitôt et fait descendre les vingt lycéens qui se trouvaient à bord.",
    "Aucun blessé n'est à déplorer selon les pompiers du département du Gard.",
    "Une quinzaine de pompiers ont maîtrisé l'incendie du véhicule en une demi-heure.",
    "Les lycéens ont été conduits à leur établissement par un autre car de la compagnie.",
    "Une enquête a été ouverte par la gendarmerie pour connaître l'origine du feu.",
    "La compagnie de transport a annoncé le contrôle de tous ses véhicules dans la semaine.",
  ].join("\n\n");
  const plain = "Un car scolaire prend feu au bord de la route nationale près de Nîmes.";
  it("keys no lede whose subject is « ce car scolaire »", () => {
    expect(mainIdeaCandidate(fullAnalysis(text(plain), "fr", "Un car scolaire prend feu près de Nîmes"), 3)).not.toBeNull();
    expect(mainIdeaCandidate(fullAnalysis(text("Envahi par la fumée, ce car scolaire prend feu au bord de la route nationale près de Nîmes."), "fr", "Un car scolaire prend feu près de Nîmes"), 3)).toBeNull();
  });

  it("reads the headline's subject, which a key must carry when a later sentence does", () => {
    expect(headlineSubject("des collégiens échappent aux flammes", "fr")).toEqual(["colleg"]);
    expect(headlineSubject("Rangers rescue two hikers", "en")).toEqual([]);
  });
});

describe("reading 85: a country's population", () => {
  it("reads « pays … peuplé de plus de 25 millions d'habitants » as the setting", () => {
    const fr = analyzeArticle("Le choléra réapparaît.", { language: "fr" });
    expect(settingFigure(numberCloze(fr, "Le choléra réapparaît au Cameroun, pays d'Afrique centrale peuplé de plus de 25 millions d'habitants.", "25 millions"), "fr"))
      .toBe("a place's population");
  });
});
