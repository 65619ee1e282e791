// Causes found by blind reading 104 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { numberRefusal } from "./number-refusals";
import { settingFigure } from "./setting-figures";
import { copiesSlip } from "./slips";
import { numberCloze } from "./test-analysis";
import { optionOf } from "./types/main-idea";

describe("reading 104", () => {
  it("keeps a speed whole in a main-idea option (« de 90 km/h », never « à partir /h »)", () => {
    expect(optionOf("Sur les routes du département, les vitesses à partir de 110 km/h seront abaissées de 20km/h dès jeudi.", "fr", 2022)).not.toMatch(/[\s\u00A0]\/h/u);
  });

  it("finds a day run into its date (« Vendredi17 avril »)", () => {
    const a = analyzeArticle("La Bourse de Paris a reculé lundi.", { language: "fr", title: "Bourse" });
    expect(copiesSlip(a, "Vendredi17 avril, il avait progressé de 1,77 %.")).toBe(true);
    expect(copiesSlip(a, "Vendredi 17 avril, il avait progressé de 1,77 %.")).toBe(false);
  });
});

describe("reading 104: a cause with no clause of its own", () => {
  it("is no main-idea option (« Parce que les Bretonnes ont connu … »)", () => {
    const text = ["Le club de Metz a remporté samedi la Coupe de France de handball féminin en battant Brest 34 à 24 à Paris.",
      "Les joueuses messines ont pris rapidement une avance de cinq buts dans la première demi-heure du match.",
      "Parce que les Bretonnes ont connu un sérieux trou d'air en fin de match.",
      "L'entraîneur de Metz a salué le travail de son équipe pendant toute la saison.",
      "La capitaine de Metz a soulevé le trophée devant plusieurs milliers de supporters venus de Lorraine.",
      "Brest avait remporté la compétition l'an dernier face au même adversaire.",
      "Le prochain objectif du club lorrain sera la Ligue des champions au printemps."].join("\n\n");
    const r = generateQuiz({ text, title: "Metz remporte la Coupe de France de handball féminin face à Brest", language: "fr", count: 20 });
    const main = r.questions.find((q) => q.skill === "main_idea");
    expect(main).toBeDefined();
    expect(main!.choices!.some((c) => /^Parce que/u.test(c))).toBe(false);
  });
});

describe("reading 105: names given as examples are no speakers", () => {
  it("does not offer the painters of 'paintings by masters like …' for 'who said'", () => {
    const text = ["The national museum in Jerusalem is hosting two new exhibits of paintings with a tragic history.",
      "The exhibits include paintings by masters like Henri Matisse, Claude Monet and Georges Seurat.",
      "\"Our job is to hold them in custody as a kind of memorial to their owners,\" museum director James Snyder said.",
      "Curator Ruth Levine said the museum had searched for the heirs for decades.",
      "The paintings were looted from Jewish families during the Second World War."].join("\n\n");
    const r = generateQuiz({ text, title: "Museum shows looted paintings", language: "en", count: 20 });
    for (const q of r.questions) for (const c of q.choices ?? []) expect(c).not.toMatch(/Matisse|Monet|Seurat/u);
    expect(r.questions.some((q) => /Who said|name of the person who said/u.test(q.prompt))).toBe(true);
  });
});

describe("reading 106: the prompt gives the count", () => {
  const fr = analyzeArticle("Le match a eu lieu vendredi.", { language: "fr", title: "Handball" });
  it("refuses « entre _____ outsiders » keyed deux", () => {
    const c = numberCloze(fr, "La France affronte la Suède dans cette demi-finale entre deux outsiders.", "deux");
    expect(numberRefusal(fr, c)).toBe("'between' says the number");
    expect(numberRefusal(fr, numberCloze(fr, "Le score est resté entre deux et cinq buts d'écart pendant tout le match.", "deux"))).not.toBe("'between' says the number");
  });
  it("refuses a count the next ordinal of the prompt gives (« deux blessés … le troisième survivant »)", () => {
    const c = numberCloze(fr, "Deux blessés ont été héliportés à Sion, avant que ne soit secouru le troisième survivant.", "Deux");
    expect(numberRefusal(fr, c)).toBe("an ordinal in the prompt counts past the key");
  });
  it("reads « au cours des _____ derniers jours » as a reporting window", () => {
    expect(settingFigure(numberCloze(fr, "Le nombre de nouveaux cas diagnostiqués au cours des 7 derniers jours a été de 20 pour 100 000 habitants.", "7"), "fr")).toBe("a reporting window");
  });
});
