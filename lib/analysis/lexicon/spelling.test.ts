import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { doubledPhrase, knownWord, misspellings, runTogether } from "./spelling";

const counts = (t: string) => {
  const m = new Map<string, number>();
  for (const w of t.normalize("NFC").toLowerCase().match(/\p{L}+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};
const slips = (sentence: string, lang: "fr" | "en", article: string) => misspellings(sentence, lang, counts(article)).map((x) => `${x.word}>${x.meant}`);

describe("word lists", () => {
  it("finds every form of both lists and no made-up word", () => {
    const req = createRequire(import.meta.url);
    const [fr, en] = ["an-array-of-french-words", "an-array-of-english-words"].map((p) => JSON.parse(readFileSync(req.resolve(p), "utf8")) as string[]);
    // Every 97th entry, the first and the last: the byte search must reach the ends of the list.
    for (const list of [fr, en]) {
      const lang = list === fr ? "fr" : "en";
      expect(list.length).toBeGreaterThan(200_000);
      for (const w of [list[0], list[list.length - 1], ...list.filter((_, i) => i % 97 === 0)]) expect(knownWord(w, lang), w).toBe(true);
    }
    for (const w of ["zzzzq", "bioététhanol", "strecth", "abaiss", "aaaaaa"]) expect(knownWord(w, "fr"), w).toBe(false);
    expect(knownWord("œuvre", "fr")).toBe(true);
  });
});

describe("misspellings", () => {
  it("finds a word one slip away from the article's own spelling", () => {
    const article = "Un train de bioéthanol déraille. Deux wagons de bioététhanol se couchent.";
    expect(slips("Deux wagons de bioététhanol se couchent.", "fr", article)).toEqual(["bioététhanol>bioéthanol"]);
    expect(slips("The hastag spread online.", "en", "Students used the hashtag #IStandWithAhmed. The hastag spread online.")).toEqual(["hastag>hashtag"]);
    expect(slips("La balance du commerce extétieur.", "fr", "Le commerce extérieur progresse. La balance du commerce extétieur.")).toEqual(["extétieur>extérieur"]);
  });

  it("leaves alone words the lists know, the article's repeated terms, names and reformed spellings", () => {
    // Both real words: "formed" beside "former".
    expect(slips("The group formed a new party.", "en", "The former minister spoke. The group formed a new party.")).toEqual([]);
    // Written twice the same way: the article's own term.
    expect(slips("Le bioétanol coule.", "fr", "Le bioétanol coule. Le bioétanol brûle. Le bioéthanol aussi.")).toEqual([]);
    // A capital is a name: "Hyabusa" beside "Hayabusa" is not judged.
    expect(slips("Hyabusa landed.", "en", "Hayabusa landed. Hyabusa landed.")).toEqual([]);
    // 1990 spelling without the circumflex.
    expect(slips("La maitrise du feu.", "fr", "La maîtrise du feu est rapide. La maitrise du feu.")).toEqual([]);
    // A word the lists lack with no neighbour in the article is a rare word, not a slip.
    expect(slips("Le désenfumage est lancé.", "fr", "Les pompiers arrivent. Le désenfumage est lancé.")).toEqual([]);
  });

  it("finds a phrase typed twice, not a repeat grammar asks for", () => {
    expect(doubledPhrase("ce seront plus de plus de 4 000 personnes")).toBe("plus de plus de");
    expect(doubledPhrase("Russia rejected it and and called for a meeting")).toBe("and and");
    expect(doubledPhrase("nous nous sommes aperçus")).toBeNull();
    expect(doubledPhrase("les congés se fractionnent de plus en plus en quatre périodes")).toBeNull();
    expect(doubledPhrase("the European eel, Anguilla anguilla")).toBeNull();
    expect(doubledPhrase("he had had enough")).toBeNull();
    expect(doubledPhrase("Officials met. The the report was late.")).toBe("The the");
    expect(doubledPhrase("The first FIRST robotics team")).toBeNull();
  });
});

describe("words run together", () => {
  it("finds a word glued to a name, not a brand's camel case", () => {
    expect(runTogether("un passage du livre du journalistePhilippe Lançon a été lu", "fr")).toBe("journalistePhilippe");
    expect(runTogether("a flight with easyJet from Paris on an iPhone", "en")).toBeNull();
    expect(runTogether("The company DreamWorks and McDonald's", "en")).toBeNull();
  });
});
