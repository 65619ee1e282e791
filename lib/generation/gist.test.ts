import { describe, expect, it } from "vitest";
import { gistOf } from "./gist";

// Blind readers edited main-idea keys that were copied ledes "full of details (13h15, 3 700 m²)"
// and "the longest option" (readings 26–29): the gist keeps the event, not its clock and sizes.
describe("gistOf", () => {
  it("cuts clock times, dates and sizes that a summary does not need", () => {
    expect(gistOf("Un feu se déclare vers 13h15 dans un dépôt de munitions de 3 700 m².", "fr")).toBe("Un feu se déclare dans un dépôt de munitions.");
    expect(gistOf("A 9h45, une explosion se produit dans une entreprise de stockage d’artifices.", "fr")).toBe("Une explosion se produit dans une entreprise de stockage d’artifices.");
    expect(gistOf("Le mercredi 15 juillet, Ariane 5 a parfaitement réussi sa mission.", "fr")).toBe("Ariane 5 a parfaitement réussi sa mission.");
    expect(gistOf("An arson fire on the evening of August 14th caused damage at the historic pattern storage building.", "en"))
      .toBe("An arson fire caused damage at the historic pattern storage building.");
    expect(gistOf("An explosion at the University of Missouri on Monday afternoon left four people injured.", "en"))
      .toBe("An explosion at the University of Missouri left four people injured.");
    expect(gistOf("L’OCLAESP conduit de nombreuses investigations, jusqu’au déclenchement d’une opération judiciaire le 3 octobre dernier.", "fr"))
      .toBe("L’OCLAESP conduit de nombreuses investigations, jusqu’au déclenchement d’une opération judiciaire.");
  });

  it("cuts a closing participle and its object, not an adjective in -ant nor a participle that is the clause's predicate", () => {
    expect(gistOf("Peu avant 17 h, un feu se déclare dans un entrepôt d’une entreprise de transport contenant 3 150 palettes.", "fr"))
      .toBe("Un feu se déclare dans un entrepôt d’une entreprise de transport.");
    expect(gistOf("Wikitribune sera indépendant de la fondation et encadré par des journalistes.", "fr")).toBe("Wikitribune sera indépendant de la fondation et encadré par des journalistes.");
    expect(gistOf("Les femelles se reproduisent jeunes, le taux de gémellité pouvant atteindre 10 à 20 %.", "fr")).toBe("Les femelles se reproduisent jeunes, le taux de gémellité pouvant atteindre 10 à 20 %.");
    // The participle inside the subject: the verb comes after it.
    const af447 = "Le rapport conclut que l’accident du vol AF447 reliant Rio de Janeiro à Paris a été provoqué par une panne.";
    expect(gistOf(af447, "fr")).toBe(af447);
  });

  it("keeps a date or a time its verb needs, a range, a size that is the point, and a bare clock time", () => {
    const opening = "Jimmy Wales a dévoilé un projet dont l'ouverture se fera le 22 mai et qui vise les fausses nouvelles.";
    expect(gistOf(opening, "fr")).toBe(opening);
    const held = "Semi-finals had been held on May 19, 2005 in the Ukrainian capital.";
    expect(gistOf(held, "en")).toBe(held);
    const range = "Les salariés sont maintenus hors du bâtiment entre 4 h et 6 h du matin.";
    expect(gistOf(range, "fr")).toBe(range);
    const weight = "D’un poids total au lancement de 970 kg, le satellite sera placé sur orbite.";
    expect(gistOf(weight, "fr")).toBe(weight);
    const launch = "Discovery lit up the sky with a 6:21 a.m. EDT launch from the Kennedy Space Center.";
    expect(gistOf(launch, "en")).toBe(launch);
  });

  it("leaves a statement that a cut would make too short", () => {
    expect(gistOf("Le feu est éteint vers 17 h.", "fr")).toBe("Le feu est éteint vers 17 h.");
  });
});
