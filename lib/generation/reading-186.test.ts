// Causes found by blind reading 186 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import type { QuoteMention } from "../analysis/types";
import { excerptWith } from "./excerpt";
import { generateQuiz } from "./generate";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";
import { shortQuote } from "./types/quote";

describe("reading 186", () => {
  it("leaves a dateline and a bullet out of a cloze's excerpt", () => {
    const lede = "Cap-Haïtien, 3 mars 2019 [HPN] --- L'incendie aurait détruit douze maisons dans le quartier du port, selon la mairie.";
    const a = kitFor(analyzeArticle(`${lede} Les pompiers sont restés sur place.`, { language: "fr" })).full;
    const s = a.sentences[0];
    const at = a.text.indexOf("douze");
    expect(excerptWith(a, s, at, at + 5, "_____")).toMatch(/^L['’]incendie aurait détruit _____ maisons/u);
    const bullet = "_ Le tribunal a condamné le prévenu à trois ans de prison ferme pour ces faits.";
    const b = kitFor(analyzeArticle(`Le procès s'est tenu lundi à Lille. ${bullet} Il peut faire appel.`, { language: "fr" })).full;
    const t = b.sentences.find((x) => x.text.includes("condamné"))!;
    const at2 = b.text.indexOf("trois");
    expect(excerptWith(b, t, at2, at2 + 5, "_____")).toMatch(/^Le tribunal a condamné/u);
  });

  it("refuses a count whose items the prompt lists after its noun's comma", () => {
    const s = "Créé en 1990, le concours compte quatre catégories, roman, essai, poésie, bande dessinée.";
    const a = analyzeArticle(`Le prix a été remis mardi à Lyon. ${s} Le jury était présidé par une romancière.`, { language: "fr" });
    expect(numberRefusal(kitFor(a).full, numberCloze(a, s, "quatre"))).toBe("the prompt lists what it counts");
    const t = "Le concours compte quatre catégories depuis sa création en 1990.";
    const b = analyzeArticle(`Le prix a été remis mardi à Lyon. ${t} Le jury était présidé par une romancière.`, { language: "fr" });
    expect(numberRefusal(kitFor(b).full, numberCloze(b, t, "quatre"))).not.toBe("the prompt lists what it counts");
  });

  it("never ends a cut quotation on a demonstrative or a possessive", () => {
    const words = "It is a remarkable day for all of us here, and we are so proud of everyone who came out to help save this animal from the rocks before the tide came back in".split(" ");
    const q = { text: words.join(" "), start: 0, end: 0, contentStart: 0, contentEnd: 0, firstSentence: 0 } as unknown as QuoteMention;
    expect(shortQuote(q, "en")).not.toMatch(/(?:this|these|his|her|its|their) \[…\]$/u);
  });

  it("asks \"who said\" at most twice on one sheet", () => {
    const text = `Volunteers save stranded dolphin

Dozens of volunteers saved a stranded dolphin on a beach near Halifax on Saturday. "We carried buckets of water for three hours to keep it wet," said volunteer Anna Reid. "I had never touched a dolphin before, it was an amazing feeling," said volunteer Mark Doyle. "The tide came in just in time to float it back out," said marine biologist Claire Hunt. "Everybody in the village came down to help," said fisherman Paul Byrne. The dolphin swam away in the evening.`;
    const quiz = generateQuiz({ text, title: "Volunteers save stranded dolphin", count: 20 });
    expect(quiz.questions.filter((q) => /who said/iu.test(q.prompt)).length).toBeLessThanOrEqual(2);
  });
});
