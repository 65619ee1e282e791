// Causes found by blind reading 109 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { pointsBack } from "./anaphora";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";

describe("reading 109", () => {
  it("reads a French nationality as the subject, with no name after it, as someone named before", () => {
    for (const t of ["L'Américaine s'est imposée devant la Française.", "L'Italienne a terminé deuxième de la course.", "Le Norvégien, 24 ans, a pris la troisième place."]) {
      expect(pointsBack(t, "fr"), t).toBe(true);
    }
    for (const t of ["La Française Tessa Worley a remporté le géant.", "Les Suisses ont accepté l'initiative de justesse.", "L'Ukraine a annoncé un cessez-le-feu.", "La Lorraine a connu un été très sec."]) {
      expect(pointsBack(t, "fr"), t).toBe(false);
    }
  });

  it("reads « La dernière s'est produite … » as standing for a noun of the sentence before", () => {
    expect(pointsBack("La dernière s'est produite le 26 octobre 2013.", "fr")).toBe(true);
    expect(pointsBack("La dernière attaque s'est produite le 26 octobre 2013.", "fr")).toBe(false);
  });

  it("blanks no figure of the article's last sixth, as of its closing sentence (readings 40–109)", () => {
    const text = [
      "Flu cases rose sharply in Minnesota this week, health officials said on Friday.",
      "The state recorded 1,200 hospital admissions for flu since October, twice last year's figure.",
      "Officials urged residents who have not been vaccinated to get a shot as soon as possible.",
      "Clinics in Minneapolis and St. Paul reported long waits for patients with fever and cough.",
      "Schools in three districts reported that a fifth of their pupils were absent on Thursday.",
      "The Mayo Clinic's hospital in Mankato now has 15 patients with the flu, a spokesman said.",
      "Flu peaks in February.",
    ].join(" ");
    const a = analyzeArticle(text, { language: "en", title: "Flu cases rise sharply in Minnesota" });
    const at = (ev: string, key: string, i: number) => ({ ...numberCloze(a, ev, key), sentenceIndex: i });
    expect(numberRefusal(a, at("The Mayo Clinic's hospital in Mankato now has 15 patients with the flu, a spokesman said.", "15", 5))).toBe("a figure of the article's last sixth");
    expect(numberRefusal(a, at("The state recorded 1,200 hospital admissions for flu since October, twice last year's figure.", "1,200", 1))).not.toBe("a figure of the article's last sixth");
  });
});
