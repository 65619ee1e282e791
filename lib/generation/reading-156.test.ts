// Causes found by blind reading 156 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { pointsBack } from "./anaphora";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";

describe("reading 156", () => {
  it("ends a sentence at a period glued to an opening quotation mark", () => {
    const en = analyzeArticle('The ministers signed the pact in Managua. It was signed by Honduras and Nicaragua."We are giving back hope to millions," said the minister.', { language: "en" });
    expect(en.sentences.map((s) => s.text)).toEqual(["The ministers signed the pact in Managua.", "It was signed by Honduras and Nicaragua.", '"We are giving back hope to millions," said the minister.']);
    const fr = analyzeArticle("« Nous restons », a-t-il dit.«Nous partirons demain », a ajouté le maire.", { language: "fr" });
    expect(fr.sentences[1].text.startsWith("«Nous")).toBe(true);
    const closing = analyzeArticle('He said "we will stay."Then he left the room.', { language: "en" });
    expect(closing.sentences.map((s) => s.text)).toEqual(['He said "we will stay."', "Then he left the room."]);
  });

  it("takes « 6 de ses … » for a reference to someone named before", () => {
    expect(pointsBack("6 de ses 72 succès en Coupe du monde ont eu lieu à Courchevel.", "fr")).toBe(true);
    expect(pointsBack("6 of his 72 wins came at Courchevel.", "en")).toBe(true);
    expect(pointsBack("6 personnes ont été blessées.", "fr")).toBe(false);
  });

  it("refuses a number cloze whose excerpt opens on a possessive, not one that names the owner after it", () => {
    const fr = analyzeArticle("La skieuse a gagné dimanche. 6 de ses 72 succès en Coupe du monde ont eu lieu à Courchevel.", { language: "fr" });
    expect(numberRefusal(kitFor(fr).full, { ...numberCloze(fr, "6 de ses 72 succès en Coupe du monde ont eu lieu à Courchevel.", "72"), choices: ["72", "56", "82", "64"] }))
      .toBe("the excerpt opens on a possessive");
    const en = analyzeArticle("The skater fell twice. Her teammate Kamila Valieva fell three times in her program.", { language: "en" });
    expect(numberRefusal(kitFor(en).full, { ...numberCloze(en, "Her teammate Kamila Valieva fell three times in her program.", "three"), choices: ["two", "three", "four", "five"] }))
      .not.toBe("the excerpt opens on a possessive");
  });
});
