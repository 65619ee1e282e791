// Causes found by blind reading 109 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { pointsBack } from "./anaphora";

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
});
