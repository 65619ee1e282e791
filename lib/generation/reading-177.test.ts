// Causes found by blind reading 177 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";
import { unworthy } from "./select";
import { numberCloze } from "./test-analysis";

describe("reading 177", () => {
  it("refuses a name the article cut at a broken hyphen (« Jean- Marc Dubois »)", () => {
    const s = "« Nous ne reprendrons pas le travail », a expliqué Jean- Marc Dubois, délégué syndical.";
    const a = analyzeArticle(`La grève continue. ${s} La direction se tait.`, { language: "fr" });
    const c = { ...numberCloze(a, s, "1"), template: "quote", meta: { slot: "quote" }, answer: "Marc Dubois", choices: undefined, kind: "short_answer" as const };
    expect(unworthy(kitFor(a).full, c)).toBe("a name cut at a broken hyphen");
    const t = "« Nous ne reprendrons pas le travail », a expliqué Jean-Marc Dubois, délégué syndical.";
    const b = analyzeArticle(`La grève continue. ${t} La direction se tait.`, { language: "fr" });
    expect(unworthy(kitFor(b).full, { ...c, evidence: { text: t, start: 0, end: t.length }, answer: "Jean-Marc Dubois" })).not.toBe("a name cut at a broken hyphen");
  });

  it("offers no option that a round count in words prints (« une cinquantaine »)", () => {
    const text = "La bombe a été désamorcée mardi. Au total, 70 familles de la commune et une cinquantaine du quartier voisin ont été évacuées. Elles sont rentrées le soir.";
    const a = kitFor(analyzeArticle(text, { language: "fr" })).full;
    const m = a.numbers.find((x) => x.value === 70)!;
    for (const seed of [1, 2, 3, 4, 5]) expect(numericDistractors(a, m, rngFor(seed, "t"), 3)).not.toContain("50");
  });
});
