// Causes of the edits and rejections of blind reading 35 (docs/generator-quality.md). Made-up
// texts in the shape of the ones read.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { slotChoiceCandidates } from "./types/slot-choice";
import { generateQuiz } from "./generate";
import { kitFor } from "./question-kit";
import { unworthy } from "./select";
import type { Candidate } from "./template";

const numberClozes = (text: string, language: "fr" | "en") =>
  slotChoiceCandidates(analyzeArticle(text, { language, title: "Aid for farmers" }), ["number"], "numeric");

describe("reading 35", () => {
  it("never blanks one word of a figure written in words (reading 35; whole compounds since reading 127)", () => {
    const text = "The agriculture secretary said the total amount of aid is about seven hundred eighty million dollars. " +
      "Fewer than one thousand three hundred new cases of the disease were reported last year. " +
      "Indonesia reported its first new cases of polio since nineteen ninety-five.";
    // Read whole (compound-numbers.ts), or not at all: a year in words is no figure.
    const a = analyzeArticle(text, { language: "en", title: "Aid for farmers" });
    expect(a.numbers.map((n) => n.text)).toEqual(["about seven hundred eighty million", "Fewer than one thousand three hundred"]);
    for (const c of numberClozes(text, "en")) expect(["about seven hundred eighty million", "seven hundred eighty million", "one thousand three hundred"]).toContain(String(c.answer).toLowerCase());
    const fr = analyzeArticle("Trois cents personnes ont été évacuées samedi. Deux mille soldats sont déployés dans la région.", { language: "fr", title: "Évacuation" });
    expect(fr.numbers.map((n) => [n.text, n.value])).toEqual([["Trois cents", 300], ["Deux mille", 2000]]);
  });

  it("writes every option of a figure in words in words", () => {
    const text = "The Department of Agriculture will provide fifty million dollars in aid for ranchers hurt by the drought. The grants do not have to be repaid.";
    const q = numberClozes(text, "en").find((c) => c.answer === "fifty million");
    expect(q).toBeDefined();
    for (const o of q!.choices!) expect(o).toMatch(/^[a-z-]+ million$/);
  });

  it("gives a power of ten options as round as itself", () => {
    const text = "Le vol de fret a acheminé des médicaments permettant la prise en charge de plus de 1 000 blessés à Beyrouth. " +
      "Le défi consiste à atteindre une précision 100 fois meilleure que toutes les expériences menées jusqu'à présent.";
    const qs = numberClozes(text, "fr");
    for (const key of [1000, 100]) {
      const q = qs.find((c) => Number(String(c.answer).replace(/\D/g, "")) === key);
      expect(q, String(key)).toBeDefined();
      for (const o of q!.choices!) {
        const ratio = Number(o.replace(/\D/g, "")) / key;
        expect([0.2, 0.3, 0.5, 1, 1.5, 2, 3, 5]).toContain(ratio);
      }
    }
  });
});

describe("reading 35: how often an event recurs", () => {
  it("does not blank the period of « tous les N ans » or 'every N years'", () => {
    const fr = "Créés en 2010 par le Conseil international du sport militaire, les jeux militaires mondiaux d'hiver réunissent tous les quatre ans des dizaines de nations. La délégation française comptait 67 athlètes cette année. Elle a remporté 26 médailles, dont huit en or, et termine à la première place du classement des nations devant l'Italie et l'Allemagne.";
    const en = "The games bring together athletes from dozens of nations every four years. This year the French team won 26 medals in the mountains. It finished first in the table of nations, ahead of Italy and Germany, after a week of races in the snow.";
    for (const [text, language] of [[fr, "fr"], [en, "en"]] as const) {
      const qs = generateQuiz({ text, title: "Jeux", language, count: 20 }).questions;
      expect(qs.filter((q) => /(?:tous les|every) _____/.test(q.prompt))).toEqual([]);
      expect(numberClozes(text, language).some((c) => /(?:tous les|every) _____/.test(c.prompt))).toBe(true);
    }
  });
});

describe("reading 35: an option another sentence makes true", () => {
  it("drops a 'where …?' whose wrong option another sentence ties to the question's words", () => {
    const a = kitFor(analyzeArticle(POLIO, { language: "en", title: "Polio returns" })).full;
    const where: Candidate = {
      kind: "multiple_choice", category: "comprehension", source: "article", skill: "detail",
      prompt: "According to the article, where have vaccination campaigns started again?",
      choices: ["Nigeria", "Indonesia", "India", "Yemen"], answer: "Nigeria",
      evidence: { text: "Vaccination campaigns have started again in Nigeria after a ban of eleven months.", start: POLIO.indexOf("Vaccination campaigns"), end: POLIO.indexOf("Vaccination campaigns") + 81 },
      explanation: "", difficulty: 1, score: 0.9, sentenceIndex: 1,
    };
    expect(a.text.slice(where.evidence.start, where.evidence.end)).toBe(where.evidence.text);
    expect(unworthy(a, where)).toBe("an option is also true by another sentence");
    // Without Indonesia among the options, nothing else is defensible.
    expect(unworthy(a, { ...where, choices: ["Nigeria", "India", "Yemen", "Egypt"] })).toBeNull();
  });
});

const POLIO = `Polio has spread again in Asia and Africa this year, health officials say. Vaccination campaigns have started again in Nigeria after a ban of eleven months. In Indonesia, health workers are vaccinating children house to house in new campaigns after the first cases in ten years. India and Yemen have also reported new cases of the disease.`;
