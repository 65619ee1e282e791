// Causes found by blind reading 56 (held-out texts; not copied here): each test states the rule
// on a text of its own. The wrong key (a pronoun's quotation given to a person named as a
// complement) is tested in analysis/quote-speakers.test.ts.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { surnameOf } from "./clauses";
import { unworthy } from "./select";
import { numberCloze } from "./test-analysis";
import { statementOf } from "./types/main-idea";

describe("reading 56: names glued to the words before them", () => {
  const a = analyzeArticle("Le ministre de l'Agriculture Stéphane Travert cède son portefeuille au sénateur de la Drôme Didier Guillaume. " +
    "Le député LaRem Gabriel Attal devient secrétaire d'Etat. La ministre des Sports Laura Flessel reste en poste.", { language: "fr" });
  it("leaves the portfolio, the département and the party label out of the person's name", () => {
    const people = a.entityMentions.filter((m) => m.type === "person").map((m) => m.text);
    expect(people).toEqual(expect.arrayContaining(["Stéphane Travert", "Didier Guillaume", "Gabriel Attal", "Laura Flessel"]));
    expect(people.some((p) => /Agriculture|Drôme|LaRem|Sports/u.test(p))).toBe(false);
  });
  it("shows a surname with its particle", () => {
    expect(surnameOf("Greg Van Avermaet")).toBe("Van Avermaet");
    expect(surnameOf("Jean-Marie Le Pen")).toBe("Le Pen");
    expect(surnameOf("Peter Sagan")).toBe("Sagan");
  });
});

describe("reading 56: a pair the prompt tells apart", () => {
  const a = analyzeArticle("Les pompiers luttent contre deux incendies.", { language: "fr", title: "Incendies" });
  it("does not ask the count of « l'un … l'autre »", () => {
    const ev = "La Gironde est en proie à deux incendies, l'un près de Landiras, et l'autre à proximité de la dune.";
    expect(unworthy(a as never, numberCloze(a, ev, "deux"))).toBe("'one … the other' counts a pair");
  });
});

describe("reading 56: a dateline with a colon", () => {
  // Cut by the sentence splitter since reading 71, for every question.
  it("drops \"New Delhi:\" opening a paragraph, not a label before lower case", () => {
    expect(analyzeArticle("New Delhi: In a bid to boost markets, producers agreed to cut output.\n\nMore.", { language: "en" }).sentences[0].text)
      .toBe("In a bid to boost markets, producers agreed to cut output.");
    expect(statementOf("Bilan : trois morts et deux blessés graves.", "fr")).toBe("Bilan : trois morts et deux blessés graves.");
  });
});

describe("reading 56: an accident's toll beside a main-idea key on the accident", () => {
  it("is not offered as a secondary statement", async () => {
    const { mainIdeaCandidate } = await import("./types/main-idea");
    const { fullAnalysis } = await import("./test-analysis");
    const title = "Un hélicoptère de la gendarmerie s'écrase dans les Pyrénées";
    const text = `${title}\n\nUn hélicoptère de la gendarmerie s'est écrasé mardi matin près de Cauterets, dans les Hautes-Pyrénées. ` +
      "L'appareil effectuait un vol d'entraînement au-dessus de la vallée. Les quatre gendarmes à bord sont décédés selon le dernier bilan. " +
      "Le Premier ministre a exprimé son immense tristesse sur les réseaux sociaux. Une enquête a été ouverte par le parquet de Tarbes pour déterminer les causes. " +
      "La météo était bonne au moment de l'accident selon les premiers témoins. Les secours de montagne sont intervenus en moins d'une heure. " +
      "Le ministre de l'Intérieur se rendra sur place dans la journée. La gendarmerie compte une trentaine d'hélicoptères de ce type en France.";
    const c = mainIdeaCandidate(fullAnalysis(text, "fr", title), 3);
    expect(c).not.toBeNull();
    for (const o of c?.choices ?? []) expect(o).not.toMatch(/décédés/u);
  });
});
