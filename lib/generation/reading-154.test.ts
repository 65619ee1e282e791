// Causes found by blind reading 154 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { numberRefusal } from "./number-refusals";
import { rngFor } from "./random";
import { pluralParticipleSlip } from "./slips";
import { numberCloze } from "./test-analysis";

describe("reading 154", () => {
  it("takes a plural « être » before a singular adjective or participle for a slip", () => {
    expect(pluralParticipleSlip("Dix agents seront présent pour assurer l'accueil.")).toBe(true);
    expect(pluralParticipleSlip("Les maisons ont été détruit par le feu.")).toBe(true);
    expect(pluralParticipleSlip("Dix agents seront présents pour assurer l'accueil.")).toBe(false);
    expect(pluralParticipleSlip("Les documents sont mis à disposition.")).toBe(false);
  });

  it("counts the years since a year the headline prints, with a hedge's slack", () => {
    const text = "The probe flew past the moon on Thursday. It came closer to the moon than any craft in more than 20 years, scientists said.";
    const a = analyzeArticle(text, { language: "en", title: "Closest pass to the moon since 2000", date: new Date("2022-09-30") });
    expect(numberRefusal(kitFor(a).full, numberCloze(a, "It came closer to the moon than any craft in more than 20 years, scientists said.", "20"))).not.toBeNull();
    const other = analyzeArticle(text, { language: "en", title: "Closest pass to the moon", date: new Date("2022-09-30") });
    expect(numberRefusal(kitFor(other).full, numberCloze(other, "It came closer to the moon than any craft in more than 20 years, scientists said.", "20"))).toBeNull();
  });

  it("takes a figure beside « l'an dernier » and an earlier year for background in an undated article", () => {
    const text = "Le président a été réélu mercredi. Il devrait poursuivre sa politique, à l'origine d'une croissance de 17,5 % en 2011 et de 12,3 % l'an dernier.";
    const a = analyzeArticle(text, { language: "fr", title: "Le président réélu" });
    const c = { ...numberCloze(a, "Il devrait poursuivre sa politique, à l'origine d'une croissance de 17,5 % en 2011 et de 12,3 % l'an dernier.", "17,5"), choices: ["17,5", "14,5", "19,5", "21,5"] };
    expect(numberRefusal(kitFor(a).full, c)).toBe("a figure of an earlier year");
  });

  it("offers no vote share as the option of a growth rate", () => {
    const text = "Le président sortant a été réélu. Il a remporté 50,2 % des suffrages au premier tour. Sa politique est à l'origine d'un taux de croissance de 17,5 % cette année.";
    const a = kitFor(analyzeArticle(text, { language: "fr", title: "Le président réélu" })).full;
    const m = a.numbers.find((x) => x.value === 17.5)!;
    for (let seed = 1; seed <= 12; seed++) expect(numericDistractors(a, m, rngFor(seed, "n"), 3)).not.toContain("50,2\u00A0%");
  });
});
