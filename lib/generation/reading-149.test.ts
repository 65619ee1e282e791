// Causes found by blind reading 149 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { pointsBack } from "./anaphora";
import { numberRefusal } from "./number-refusals";
import { actorsOf } from "./types/quote";
import { unworthy } from "./select";
import { onSecond } from "./reading-fixtures";

describe("reading 149", () => {
  it("refuses a count a word of the prompt holds (tétrapode, tripod)", () => {
    const text = "Des paléontologues ont présenté le fossile mardi. Le fossile est un tétrapode, c'est-à-dire un animal à quatre pattes, ancêtre possible des reptiles.";
    const { a, c } = onSecond(text, "Un fossile inconnu", "fr", "Complétez avec le bon nombre : « Le fossile est un tétrapode, c'est-à-dire un animal à _____ pattes, ancêtre possible des reptiles. »", "quatre", ["deux", "trois", "quatre", "six"]);
    expect(numberRefusal(a, c)).toBe("a word of the prompt holds the number");
    const legs = onSecond(text.replace("un tétrapode, c'est-à-dire ", ""), "Un fossile inconnu", "fr", "Complétez avec le bon nombre : « Le fossile est un animal à _____ pattes, ancêtre possible des reptiles. »", "quatre", ["deux", "trois", "quatre", "six"]);
    expect(numberRefusal(legs.a, legs.c)).toBeNull();
  });

  it("refuses the months of a term given in years and months", () => {
    const { a, c } = onSecond("The judge sentenced the thief on Friday. But the judge ordered a five-year, 11-month term.", "Thief gets nearly 6-year term", "en",
      "Fill in the right number: “But the judge ordered a five-year, _____-month term.”", "11", ["15", "11", "12", "10"]);
    expect(numberRefusal(a, c)).toBe("blank is the months of a term in years and months");
  });

  it("asks no 'where' whose country the title gives by its capital", () => {
    const text = "The United Kingdom re-opened its embassy in Iran on Sunday. The embassy was closed in 2011 after protesters stormed the compound.";
    const where = (title: string) => {
      const { a, c } = onSecond(text, title, "en", "According to the article, where was the British Embassy re-opened?", "Iran", ["Iran", "Pakistan", "Azerbaijan", "Turkey"]);
      return unworthy(a, { ...c, template: "wh-question", meta: { slot: "place" } });
    };
    expect(where("British Embassy re-opens in Tehran")).toBe("answer given by the title");
    expect(where("British Embassy re-opens after four years")).not.toBe("answer given by the title");
  });

  it("reads « ainsi » after a verb and 'thereby' as a link to the sentence before", () => {
    expect(pointsBack("La Belgique évite ainsi une nouvelle crise politique.", "fr")).toBe(true);
    expect(pointsBack("Le ministre ainsi que ses conseillers ont quitté la salle.", "fr")).toBe(false);
    expect(pointsBack("The country thereby avoids a new political crisis.", "en")).toBe(true);
  });

  it("takes no one a text only mentions for an actor", () => {
    const a = analyzeArticle("Rosenberg said Blumberg did not sell any of the books. The books included a chronicle that did not mention Christopher Columbus. Judge Harold Vietor ordered the sentence.", { language: "en", title: "Book thief sentenced" });
    const names = [...actorsOf(a)].map((id) => a.entities[id]?.name ?? "");
    expect(names.some((n) => /Columbus/u.test(n))).toBe(false);
  });
});
