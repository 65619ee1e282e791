// Causes found by blind reading 46 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { numericDistractors } from "./distractors/numbers";
import { gistOf } from "./gist";
import { rngFor } from "./random";
import { unworthy } from "./select";
import { numberCloze } from "./test-analysis";

const num = numberCloze;

describe("reading 46: figures of the setting", () => {
  const fr = analyzeArticle("Les gendarmes ont évacué mardi le dernier camp d'opposants à l'autoroute A69 dans le Tarn.", { language: "fr", title: "A69" });
  const en = analyzeArticle("Rangers arrested a man after an armed standoff in the park on Monday night.", { language: "en", title: "Standoff" });

  it("treats how far a place lies from a named one as the setting, not a distance travelled", () => {
    expect(unworthy(fr, num(fr, "Le camp était installé à Verfeil, à 25 km de Toulouse, depuis l'hiver dernier.", "25"))).toBe("trivial figure");
    expect(unworthy(en, num(en, "The cabin is located 12 miles from Seward on the coast of the bay.", "12"))).toBe("trivial figure");
    expect(unworthy(fr, num(fr, "Le convoi a parcouru 500 km de Paris à Lyon en une seule nuit sans escorte.", "500"))).not.toBe("trivial figure");
  });

  it("treats a thing's weight as a specification, not a seizure's", () => {
    expect(unworthy(fr, num(fr, "Le satellite CSO-2, d'une masse de 3562 kg, a été placé sur son orbite.", "3562"))).toBe("trivial figure");
    expect(unworthy(fr, num(fr, "Ariane 5 a décollé avec deux satellites d'une masse totale au décollage de 9,8 tonnes à son bord.", "9,8"))).toBe("trivial figure");
    expect(unworthy(en, num(en, "The bison, weighing 2000 pounds, charged the visitor near the geyser.", "2000"))).toBe("trivial figure");
    expect(unworthy(fr, num(fr, "Les douaniers ont saisi 2 tonnes de cannabis dans un camion à Remoulins.", "2"))).not.toBe("trivial figure");
  });

  it("does not blank a rate of 100 %, nor a figure inside a story's title", () => {
    expect(unworthy(fr, num(fr, "Pour la deuxième année consécutive, le taux de réussite des lancements est de 100 % selon Roscosmos.", "100 %"))).toBe("trivial figure");
    expect(unworthy(fr, num(fr, "Pour la deuxième année consécutive, le taux de réussite des lancements est de 96 % selon Roscosmos.", "96 %"))).not.toBe("trivial figure");
    expect(unworthy(en, num(en, "The 10000th story was entitled Comedians could have been shot during prank, 11 charged by police.", "11"))).toBe("trivial figure");
    // Quotation marks and a semicolon inside the title.
    expect(unworthy(en, num(en, 'The story was entitled Comedians "could have been shot" during prank, a follow-up on the show; 11 charged.', "11"))).toBe("trivial figure");
  });
});

describe("reading 46: number options", () => {
  it("keeps a ten among close values, and no figure of the same scale the sentence prints", () => {
    const fr = analyzeArticle("Le club a décroché un 23e titre et poursuit sa série de 10 finales consécutives, un record.", { language: "fr", title: "Top 14" });
    const m = fr.numbers.find((x) => x.value === 10)!;
    const opts = numericDistractors(fr, m, rngFor(1, "t"), 3).map((o) => Number(o));
    expect(opts).toHaveLength(3);
    for (const o of opts) expect(o >= 6 && o <= 18).toBe(true);
    const en = analyzeArticle("The measure includes ten billion dollars for education and sixteen billion for Medicaid, the program for the poor.", { language: "en", title: "Jobs bill" });
    const k = en.numbers.find((x) => x.value === 10e9)!;
    const words = numericDistractors(en, k, rngFor(1, "t"), 3);
    expect(words.length).toBeGreaterThanOrEqual(2);
    expect(words.some((w) => /sixteen/.test(w))).toBe(false);
  });
});

describe("reading 46: a main-idea key without the region of a place it names", () => {
  it("cuts « , dans le nord-ouest de l'Inde, » and ', in central Italy,' and keeps the comma before a participle", () => {
    expect(gistOf("Les enquêteurs ont retrouvé une des boîtes noires du Boeing qui s'est écrasé sur un quartier d'Ahmedabad, dans le nord-ouest de l'Inde, tuant au moins 265 personnes.", "fr"))
      .toBe("Les enquêteurs ont retrouvé une des boîtes noires du Boeing qui s'est écrasé sur un quartier d'Ahmedabad, tuant au moins 265 personnes.");
    expect(gistOf("A strong earthquake struck the town of L'Aquila, in central Italy, on Monday, killing 150 people.", "en"))
      .toBe("A strong earthquake struck the town of L'Aquila, killing 150 people.");
    // No comma, no aside: « dans le nord de la France » completes the verb.
    expect(gistOf("Les pompiers ont maîtrisé un incendie dans le nord de la France mardi soir.", "fr")).toContain("dans le nord de la France");
  });
});
