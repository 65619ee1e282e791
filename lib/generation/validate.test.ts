import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import type { Candidate } from "./template";
import { checkCandidate } from "./validate";

const TEXT = `Titre de test

Un contingent de 2 030 militaires de l'Organisation du traité de sécurité collective (OTSC) a été déployé au Kazakhstan le 6 janvier. Plus de 1 600 blessés ont été recensés à Almaty, selon le président Kassym-Jomart Tokaïev. Vladimir Poutine a confirmé l'envoi de 250 véhicules.`;
const a = analyzeArticle(TEXT, { language: "fr" });
const s = a.sentences[1];
const evidence = { text: s.text, start: s.start, end: s.end };

function mcq(over: Partial<Candidate> = {}): Candidate {
  return {
    kind: "multiple_choice", category: "comprehension", source: "article",
    prompt: "Complétez avec le bon nombre\u202F: «\u202FUn contingent de _____ militaires a été déployé.\u202F»",
    choices: ["2\u202F030", "1\u202F300", "3\u202F020"], answer: "2\u202F030", evidence,
    explanation: "…", difficulty: 1, score: 1, sentenceIndex: 1, ...over,
  };
}

describe("checkCandidate", () => {
  it("accepts a well-formed question", () => {
    expect(checkCandidate(mcq(), a)).toBeNull();
  });

  it.each<[string, Partial<Candidate>]>([
    ["evidence mismatch", { evidence: { ...evidence, start: evidence.start + 1 } }],
    ["answer not in evidence", { answer: "2\u202F040", choices: ["2\u202F040", "1\u202F300", "3\u202F020"] }],
    ["multiple choice needs 3-5 choices", { choices: ["2\u202F030", "1\u202F300"] }],
    ["answer is not exactly one choice", { choices: ["2\u202F030", "2\u202F030", "3\u202F020"] }],
    ["distractor equals or aliases the key", { choices: ["2\u202F030", "2030", "3\u202F020"] }],
    ["prompt contains the answer", { prompt: "Complétez\u202F: «\u202FUn contingent de 2 030 militaires, soit _____.\u202F»" }],
    ["unbalanced quotes or parentheses", { prompt: "Complétez avec le bon nombre\u202F: «\u202FUn contingent de _____ militaires (OTSC a été déployé.\u202F»" }],
    ["de le / à le", { prompt: "Complétez\u202F: «\u202FLe chef de le contingent a _____ militaires.\u202F»" }],
    ["French punctuation needs U+202F", { prompt: "Complétez avec le bon nombre : « Un contingent de _____ militaires. »" }],
  ])("drops: %s", (reason, over) => {
    expect(checkCandidate(mcq(over), a)).toBe(reason);
  });

  it("drops a true/false whose swapped statement is true elsewhere", () => {
    const tf: Candidate = {
      kind: "true_false", category: "comprehension", source: "article",
      prompt: "Vrai ou faux\u202F? D'après l'article\u202F: «\u202FUn contingent de 250 militaires a été déployé au Kazakhstan.\u202F»",
      choices: ["Vrai", "Faux"], answer: "Faux", evidence, explanation: "…", difficulty: 1, score: 1, sentenceIndex: 1,
      meta: { swap: { original: "2\u202F030", replacement: "2\u202F030" } },
    };
    expect(checkCandidate(tf, a)).toBe("swapped value also in the evidence");
    expect(checkCandidate({ ...tf, meta: { swap: { original: "2\u202F030", replacement: "1\u202F300" } } }, a)).toBeNull();
    expect(checkCandidate({ ...tf, meta: undefined }, a)).toBe("true/false without its swap");
  });

  it("checks ordering items against the evidence and the permutation", () => {
    const all = { text: TEXT.slice(a.sentences[1].start, a.sentences[3].end), start: a.sentences[1].start, end: a.sentences[3].end };
    const items = ["Un contingent de 2 030 militaires", "Plus de 1 600 blessés ont été recensés", "Vladimir Poutine a confirmé"];
    const ord: Candidate = { kind: "ordering", category: "comprehension", source: "article", prompt: "Remettez dans l'ordre.",
      choices: [items[2], items[0], items[1]], answer: items, evidence: all, explanation: "…", difficulty: 3, score: 1, sentenceIndex: 1 };
    expect(checkCandidate(ord, a)).toBeNull();
    expect(checkCandidate({ ...ord, answer: [...items.slice(0, 2), "Un événement inventé"], choices: [...items.slice(0, 2), "Un événement inventé"] }, a))
      .toBe("ordering item not in evidence");
    expect(checkCandidate({ ...ord, choices: [items[0], items[1], "autre chose"] }, a)).toBe("ordering choices are not a permutation of the answer");
  });
});
