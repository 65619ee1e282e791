// Causes found by blind reading 172 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { copiesSlip } from "./slips";
import { numberCloze } from "./test-analysis";
import { restatesKeyClause } from "./types/main-idea";

const refusal = (s: string, lang: "fr" | "en", key: string) => {
  const a = analyzeArticle(`Le loup est revenu. ${s} Les éleveurs sont inquiets.`, { language: lang });
  return numberRefusal(kitFor(a).full, numberCloze(a, s, key));
};

describe("reading 172", () => {
  it("refuses a count of a body's limbs, known before reading", () => {
    expect(refusal("Le berger n'a retrouvé que la tête et quatre pattes de la brebis au petit matin.", "fr", "quatre")).toBe("a body's parts count themselves");
    // Not a count of animals.
    expect(refusal("Le berger a retrouvé quatre brebis mortes au petit matin près de la bergerie.", "fr", "quatre")).not.toBe("a body's parts count themselves");
  });

  it("refuses a hedged half (« plus de 50 % »), the phrase a student would guess", () => {
    expect(refusal("Plus de 50 % des éleveurs de la vallée ont signé la pétition adressée au préfet.", "fr", "50")).toBe("a hedged half is the common phrase");
    expect(refusal("Près de 60 % des éleveurs de la vallée ont signé la pétition adressée au préfet.", "fr", "60")).not.toBe("a hedged half is the common phrase");
  });

  it("takes a masculine participle after a feminine subject, and a base form in a passive, for slips", () => {
    const fr = analyzeArticle("Un incendie a eu lieu.", { language: "fr" });
    expect(copiesSlip(fr, "Aucune personne n'a été blessé dans l'incendie de l'entrepôt.")).toBe(true);
    expect(copiesSlip(fr, "Aucun pompier n'a été blessé dans l'incendie de l'entrepôt.")).toBe(false);
    const en = analyzeArticle("A fire broke out.", { language: "en" });
    expect(copiesSlip(en, "The plan was keep secret until the minister spoke on Monday.")).toBe(true);
    expect(copiesSlip(en, "The plan was kept secret until the minister spoke on Monday.")).toBe(false);
  });

  it("takes an option repeating five words in a row of the key for a rival answer", () => {
    const key = "The strike by bus drivers in the capital has come to an end.";
    expect(restatesKeyClause("The union told reporters that the strike has come to an end after talks.", key)).toBe(true);
    // Names in common are the news's actors, not its statement.
    expect(restatesKeyClause("The union said the International Bus Drivers Federation backed the talks.", "The International Bus Drivers Federation ended its strike.")).toBe(false);
    expect(restatesKeyClause("Some buses ran on Sunday with volunteer drivers at the wheel.", key)).toBe(false);
  });
});
