// Causes found by blind reading 148 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { segmentSentences } from "../analysis/sentences";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { numberRefusal } from "./number-refusals";
import { rngFor } from "./random";
import { onSecond } from "./reading-fixtures";

describe("reading 148", () => {
  it("cuts a dateline whose agency in brackets lost its dash", () => {
    const [first] = segmentSentences("LYON, France (AP) Marie Dupont won her first title on Saturday by beating her rival in two sets.\n\nShe will play in Paris next week.", "en");
    expect(first.text).toBe("Marie Dupont won her first title on Saturday by beating her rival in two sets.");
  });

  it("keeps a winner's options above the votes of the rival set against them", () => {
    const a = kitFor(analyzeArticle("Le Sénat a désigné son président samedi. Il a été élu dès le premier tour par 179 voix, contre 134 voix pour le président sortant. La séance a duré deux heures.", { language: "fr", title: "Un nouveau président au Sénat" })).full;
    const won = a.numbers.find((x) => x.value === 179)!;
    for (let seed = 1; seed <= 6; seed++) for (const o of numericDistractors(a, won, rngFor(seed, "n"), 3)) expect(Number(o.replace(/\s/gu, ""))).toBeGreaterThan(134);
  });

  it("offers no option a printed part away from the key", () => {
    const a = kitFor(analyzeArticle("Le festival s'est achevé dimanche. Les organisateurs annoncent 134 260 entrées dont 29 000 gratuites. Ceci correspond à 105 260 entrées payantes, contre 106 700 en 2019.", { language: "fr", title: "Le festival attire du monde" })).full;
    const total = a.numbers.find((x) => x.value === 134260)!;
    for (let seed = 1; seed <= 6; seed++) expect(numericDistractors(a, total, rngFor(seed, "n"), 3)).not.toContain("105 260");
  });

  it("refuses a part that is half of the whole printed beside it", () => {
    const text = "Le tribunal a rendu son jugement mardi. Un cuisinier a été condamné à 36 mois de prison dont 18 mois avec sursis.";
    const { a, c } = onSecond(text, "Trafic d'ivoire", "fr", "Complétez avec le bon nombre : « Un cuisinier a été condamné à 36 mois de prison dont _____ mois avec sursis. »", "18", ["18", "16", "17", "19"]);
    expect(numberRefusal(a, c)).toBe("the key is half of the whole the prompt prints");
    const third = onSecond(text.replace("18 mois", "12 mois"), "Trafic d'ivoire", "fr", "Complétez avec le bon nombre : « Un cuisinier a été condamné à 36 mois de prison dont _____ mois avec sursis. »", "12", ["12", "10", "14", "16"]);
    expect(numberRefusal(third.a, third.c)).not.toBe("the key is half of the whole the prompt prints");
  });
});
