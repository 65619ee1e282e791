// Causes found by blind reading 67 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { pointsBack } from "./anaphora";
import { compressStatement } from "./compress";
import { generateQuiz } from "./generate";
import { numberOptions } from "./test-analysis";

// The shared helper's options, as values ("1,00" → 1).
const optionsFor = (text: string, figure: string, lang: "fr" | "en") =>
  numberOptions(text, lang, figure).map((x) => Number(x.replace(/[^\d.,]/g, "").replace(",", ".")));

describe("reading 67: number options", () => {
  it("moves basis points by 25", () => {
    const options = optionsFor("La BCE a indiqué qu'elle augmenterait ses taux de 25 points de base en juillet.", "25", "fr");
    expect(options).toHaveLength(3);
    for (const o of options) expect(o % 25).toBe(0);
  });

  it("keeps a count under the whole printed before it (« Sur les 146 votes favorables, _____ … »)", () => {
    const options = optionsFor("Sur les 146 votes favorables, 75 viennent de députés de la Nupes, selon le décompte officiel.", "75", "fr");
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o).toBeLessThan(146);
    // 145 of 146 leaves no option above the key, so none at all (reading 128).
    expect(optionsFor("Sur les 146 votes favorables, 145 viennent de députés de la Nupes, selon le décompte officiel.", "145", "fr")).toEqual([]);
  });
});

describe("reading 67: what a summary option keeps", () => {
  it("drops a dateline between pipes", () => {
    const a = analyzeArticle("Hochfelden, France | AFP | jeudi 24/02/2022 - Un TER a percuté jeudi matin un camion-benne à un passage à niveau, blessant cinq personnes.\n\nLe conducteur du camion est indemne.", { language: "fr" });
    expect(a.sentences[0].text.startsWith("Un TER a percuté")).toBe(true);
  });

  it("cuts « tôt » with the day it qualifies, and a comma left after a closing quote", () => {
    expect(compressStatement("Trois astronautes de la Station spatiale internationale ont atterri tôt lundi matin avec leur capsule Soyouz au Kazakhstan.", "fr"))
      .toBe("Trois astronautes de la Station spatiale internationale ont atterri avec leur capsule Soyouz au Kazakhstan.");
    expect(compressStatement("The Coast Guard rescued three fishermen from the fishing vessel “Reward,” today, when it capsized off Pier 45.", "en"))
      .toBe("The Coast Guard rescued three fishermen from the fishing vessel “Reward,” when it capsized off Pier 45.");
  });

  it("reads an option opening on 'Which means, …' as pointing back", () => {
    expect(pointsBack("Which means, the support of 47 MPs for the bill was more than enough.", "en")).toBe(true);
  });
});

describe("reading 67: 'who' only for a person who is the subject", () => {
  it("asks no 'who is said to be the second discovery' of 'The achievement by Rob Cardinal'", () => {
    const text = `Amateur finds comet

A Canadian astronomer has discovered a new comet using a telescope at an observatory near Calgary.
The achievement by Rob Cardinal is said to be only the second discovery of a comet using a Canadian telescope in nearly a decade.
Cardinal said he first saw the object move near the pole on October 1.
A later computer analysis showed a faint moving object that was bright for a comet.
The comet will be visible with binoculars next spring, astronomers said.`;
    const r = generateQuiz({ text, title: "Amateur finds comet", language: "en", count: 20 });
    expect(r.questions.some((q) => /who is said to be/i.test(q.prompt))).toBe(false);
  });
});
