// Causes found by blind reading 101 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { pointsBack } from "./anaphora";
import { kitFor } from "./question-kit";
import { entityAccepted } from "./slots";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";

const fr = analyzeArticle("Le verdict a été rendu mercredi.", { language: "fr", title: "Verdict" });
const en = analyzeArticle("Astronomers found new planets.", { language: "en", title: "New planets" });

describe("reading 101", () => {
  it("reads the size of a jury or a bench as the setting, not the news", () => {
    expect(settingFigure(numberCloze(fr, "Les neuf jurés et les trois magistrats ont rendu leur verdict mercredi soir.", "neuf"), "fr")).toBe("the size of a jury or a bench");
    expect(settingFigure(numberCloze(fr, "Le jury, présidé par un ancien lauréat, est composé de 10 membres.", "10"), "fr")).toBe("the size of a jury or a bench");
    expect(settingFigure(numberCloze(fr, "Les jurés ont condamné l'accusé à 12 ans de prison.", "12"), "fr")).toBeNull();
  });

  it("reads 'decades ago' as a time counted back", () => {
    expect(settingFigure(numberCloze(en, "Exoplanets have drawn astronomers since they were first found three decades ago.", "three"), "en")).toBe("a time counted back");
  });

  it("finds a time counted from the sentence before when it closes the sentence", () => {
    expect(pointsBack("The stream of rescued climbers started about two hours later.", "en")).toBe(true);
    expect(pointsBack("Les premiers blessés sont sortis deux heures plus tard.", "fr")).toBe(true);
    expect(pointsBack("The climbers were rescued two hours after the avalanche.", "en")).toBe(false);
  });
});

describe("reading 100: an office before a name is accepted whole or not at all", () => {
  it("takes the whole run of capitals before the office word", () => {
    const a = kitFor(analyzeArticle("Allegan County Circuit Judge Kevin Cronin sentenced her on Monday. \"You have been trusted,\" Cronin said.", { language: "en", title: "Sentence" })).full;
    const e = a.entities.find((x) => x.name === "Kevin Cronin")!;
    const accepted = entityAccepted(a, e.id, e.name);
    expect(accepted).toContain("Allegan County Circuit Judge Kevin Cronin");
    expect(accepted).not.toContain("County Circuit Judge Kevin Cronin");
  });
});
