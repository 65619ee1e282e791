// Causes found by blind reading 147 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { segmentSentences } from "../analysis/sentences";
import { costCostSlip } from "./slips";

describe("reading 147", () => {
  it("keeps the attribution after an exclamation or a question in the quoted sentence", () => {
    const fr = segmentSentences(`"J'en ai assez !" s'agace le berger, installé depuis 40 ans à Saou. Il compte ses bêtes.`, "fr").map((s) => s.text);
    expect(fr).toEqual([`"J'en ai assez !" s'agace le berger, installé depuis 40 ans à Saou.`, "Il compte ses bêtes."]);
    const en = segmentSentences("“Is it over?” asked the coach after the match. The team left at noon.", "en").map((s) => s.text);
    expect(en).toEqual(["“Is it over?” asked the coach after the match.", "The team left at noon."]);
    // A capital after the exclamation starts a sentence.
    expect(segmentSentences("Quelle victoire ! Les joueurs sont rentrés lundi.", "fr")).toHaveLength(2);
  });
});

describe("reading 147: a copied pleonasm", () => {
  it("finds « le coût … a coûté » and 'the cost of … cost' a slip, not a cost alone", () => {
    expect(costCostSlip("Si le coût de la restauration du tableau n’a coûté que 1.500 euros, d’autres ont dépassé 20.000 euros.")).toBe(true);
    expect(costCostSlip("The cost of the new bridge cost $4 million more than planned.")).toBe(true);
    expect(costCostSlip("La restauration du tableau n’a coûté que 1.500 euros.")).toBe(false);
    expect(costCostSlip("The cost of the new bridge rose to $4 million.")).toBe(false);
  });
});
