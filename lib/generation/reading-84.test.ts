// Causes found by blind reading 84 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { unworthy } from "./select";
import { numberCloze } from "./test-analysis";

describe("reading 84: a sign outside the blank", () => {
  it("refuses « les -_____ degrés »", () => {
    const fr = analyzeArticle("Le randonneur a été retrouvé.", { language: "fr" });
    const c = numberCloze(fr, "Pendant la nuit, alors que la température avoisinait les -10 degrés, le randonneur a creusé un abri.", "10");
    expect(c.prompt).toContain("-_____");
    expect(unworthy(fr as never, c)).toBe("the blank leaves the figure's sign outside");
    const plain = numberCloze(fr, "Pendant la nuit, la température est descendue à 10 degrés dans la vallée, selon les secours.", "10");
    expect(unworthy(fr as never, plain)).not.toBe("the blank leaves the figure's sign outside");
  });
});
