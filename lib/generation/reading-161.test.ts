// Causes found by blind reading 161 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { pointsBack } from "./anaphora";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";

describe("reading 161", () => {
  it("takes « Là encore » opening an option for a reference to the sentence before", () => {
    expect(pointsBack("Là encore, des toitures ont été arrachées sous l'effet des vents.", "fr")).toBe(true);
    expect(pointsBack("Ici aussi, les dégâts sont importants.", "fr")).toBe(true);
    expect(pointsBack("Là, des toitures ont été arrachées.", "fr")).toBe(false);
  });

  it("refuses a relay's leg: a fact of the sport", () => {
    const a = analyzeArticle("Felix set a record on Sunday. She won her twelfth gold medal in the mixed 4×400 meter relay at the championships.", { language: "en" });
    const c = { ...numberCloze(a, "She won her twelfth gold medal in the mixed 4×400 meter relay at the championships.", "400"), choices: ["100", "200", "400", "1,500"] };
    expect(numberRefusal(kitFor(a).full, c)).toBe("a relay's leg is known");
  });
});
