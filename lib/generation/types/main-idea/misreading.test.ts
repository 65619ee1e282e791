import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../analysis/analyze";
import { misreadingOf } from "./misreading";

describe("misreadingOf", () => {
  it("turns a decision over, never a verb used as an adjective", () => {
    const a = analyzeArticle("Voters in the country have overwhelmingly approved a new constitution that curbs the powers of the president.", { language: "en" });
    expect(misreadingOf(a, a.sentences[0], a.sentences[0].text)).toBe("Voters in the country have overwhelmingly rejected a new constitution that curbs the powers of the president.");
    const b = analyzeArticle("He does not expect to send many troops this year, beyond the 68,000 already approved.", { language: "en" });
    expect(misreadingOf(b, b.sentences[0], b.sentences[0].text)).toBeNull();
  });

  it("makes no opposite the article itself states", () => {
    const a = analyzeArticle("Lawmakers approved the budget on Monday. They rejected an amendment on taxes.", { language: "en" });
    expect(misreadingOf(a, a.sentences[0], a.sentences[0].text)).toBeNull();
  });

  it("gives the key's subject to another person of the article who did not do the same", () => {
    const a = analyzeArticle("Jimmy Wales a dévoilé un nouveau projet nommé Wikitribune pour contrer les fausses nouvelles. " +
      "Le projet a été salué par le journaliste Jeff Jarvis sur son blog personnel.", { language: "fr" });
    expect(misreadingOf(a, a.sentences[0], a.sentences[0].text)).toBe("Jeff Jarvis a dévoilé un nouveau projet nommé Wikitribune pour contrer les fausses nouvelles.");
  });

  it("gives it to nobody who did the same, nor after a role apposition", () => {
    const a = analyzeArticle("Peter Sagan won the stage in a bunch sprint at Venray. Marcel Kittel also won a stage in a bunch sprint last year.", { language: "en" });
    expect(misreadingOf(a, a.sentences[0], a.sentences[0].text)).toBeNull();
    const b = analyzeArticle("Audrey Azoulay, ministre de la Culture, félicite les lauréats du festival de Cannes. L'actrice Jaclyn Jose a reçu le prix d'interprétation.", { language: "fr" });
    expect(misreadingOf(b, b.sentences[0], b.sentences[0].text)).toBeNull();
  });
});

describe("misreadingOf, reading 70", () => {
  it("swaps no name that is not the whole subject ('Stella Artois-maker AB InBev's takeover …')", () => {
    const a = analyzeArticle("Stella Artois-maker AB InBev’s £79 billion takeover of rival SABMiller cleared its final hurdle on Wednesday. " +
      "John Colley, a professor at Warwick Business School, said the bid price started high.", { language: "en" });
    expect(misreadingOf(a, a.sentences[0], a.sentences[0].text)).toBeNull();
  });
});
