// Causes found by blind reading 63 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { unworthy } from "./select";
import { entityAccepted } from "./slots";
import { fullAnalysis, numberCloze } from "./test-analysis";

describe("reading 63: a winner's share bounded by the rival's", () => {
  const a = analyzeArticle("Les résultats sont tombés.", { language: "fr", title: "Présidentielle" });
  it("does not ask a share only one option can take beside « contre 48,86 % »", () => {
    const ev = "La commission a annoncé que le candidat avait remporté l'élection, avec 50,49 % des suffrages exprimés, contre 48,86 % pour son rival.";
    const c = { ...numberCloze(a, ev, "50,49 %"), choices: ["78 %", "50,49 %", "47,46 %", "52,26 %"] };
    expect(unworthy(a as never, c)).toBe("the other share of a whole is in the prompt");
    const fair = { ...c, choices: ["50,12 %", "50,49 %", "49,9 %", "51,02 %"] };
    expect(unworthy(a as never, fair)).not.toBe("the other share of a whole is in the prompt");
  });
});

describe("reading 63: a rank before the name", () => {
  it("accepts « lieutenant-colonel Beauventre » and « procureur Dallest »", () => {
    const a = fullAnalysis("Selon le lieutenant-colonel Stéphane Beauventre, la route était glissante. Le procureur Jacques Dallest a ouvert une enquête.", "fr");
    const id = (name: string) => a.entities.find((e) => e.name === name)!.id;
    expect(entityAccepted(a, id("Stéphane Beauventre"), "Beauventre")).toContain("lieutenant-colonel Beauventre");
    expect(entityAccepted(a, id("Jacques Dallest"), "Dallest")).toContain("procureur Dallest");
  });
});
