// Causes found by blind reading 82 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { unworthy } from "./select";
import { settingFigure } from "./setting-figures";
import { entityAccepted } from "./slots";
import { fullAnalysis, numberCloze } from "./test-analysis";

describe("reading 82: number clozes on side figures", () => {
  const en = analyzeArticle("The airline reported a loss.", { language: "en" });
  it("reads what analysts expected as the yardstick, not the news", () => {
    expect(settingFigure(numberCloze(en, "The average estimate of seven analysts surveyed by the research firm was for a loss of $6.75 per share.", "6.75"), "en"))
      .toBe("an analysts' forecast");
    expect(settingFigure(numberCloze(en, "The average estimate of seven analysts surveyed by the research firm was for a loss of $6.75 per share.", "seven"), "en"))
      .toBe("an analysts' forecast");
    expect(settingFigure(numberCloze(en, "The airline lost $2.07 billion in the second quarter as travel collapsed.", "2.07"), "en")).not.toBe("an analysts' forecast");
  });

  it("refuses a figure of a side story ('In another courtroom Tuesday, …')", () => {
    const c = numberCloze(en, "In another courtroom Tuesday, a man was sentenced to 5 years in jail for smuggling birds.", "5");
    expect(unworthy(en as never, c)).toBe("a figure of a side story");
    const fr = analyzeArticle("Le tribunal a jugé l'affaire.", { language: "fr" });
    expect(unworthy(fr as never, numberCloze(fr, "Dans une autre affaire, un homme a été condamné à 3 ans de prison pour trafic.", "3"))).toBe("a figure of a side story");
  });
});

describe("reading 82: questions read alone", () => {
  it("drops 'ensuite' from a 'who' question and asks no consequence of a concession", () => {
    const text = [
      "L'équipe de France a remporté le titre mondial par équipes samedi à Doha face au Japon.",
      "Marie Durand a d'abord battu Aiko Sato en moins de 57 kg.",
      "Claire Moreau a ensuite remporté son combat face à Yuki Tanaka en moins de 70 kg.",
      "Lucie Bernard a perdu le sien face à Mei Ito en moins de 78 kg.",
      "Le public a salué la victoire des Françaises.",
    ].join(" ");
    const quiz = generateQuiz({ text, title: "Judo : la France championne du monde par équipes", count: 20 });
    for (const q of quiz.questions) expect(q.prompt).not.toMatch(/qui a ensuite/u);
    const en = [
      "Rangers rescued an injured climber from the canyon on Saturday.",
      "Although there are few landing zones within the canyon, one was found near the climbers' campsite, so the helicopter landed there.",
      "The climber was flown to the hospital in the valley.",
    ].join(" ");
    const r = generateQuiz({ text: en, title: "Rangers rescue climber", count: 20 });
    for (const q of r.questions) expect(q.prompt).not.toMatch(/because although/u);
  });

  it("accepts « ministre burkinabè des Affaires étrangères » and « adjoint au maire » for who said it", () => {
    const a = fullAnalysis("Le ministre burkinabè des Affaires étrangères, Alpha Barry, a signé l'accord. Selon Barry, la frontière sera ouverte.", "fr");
    const barry = a.entities.find((e) => e.name === "Alpha Barry")!;
    expect(entityAccepted(a, barry.id, barry.name)).toContain("ministre burkinabè des Affaires étrangères");
    const b = fullAnalysis("L'adjoint au maire, Pierre Durand, a décrit les lieux. Durand a parlé aux secours.", "fr");
    const durand = b.entities.find((e) => e.name === "Pierre Durand")!;
    expect(entityAccepted(b, durand.id, durand.name)).toContain("adjoint au maire");
  });
});
