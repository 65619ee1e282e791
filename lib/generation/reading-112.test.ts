// Causes found by blind reading 112 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";

describe("reading 112", () => {
  it("refuses a bound only the key keeps on the headline's side ('more than _____' under '38,000-year-old')", () => {
    const title = "38,000-year-old engravings confirm ancient origins of pointillist technique";
    const text = "Archaeologists found engraved limestone blocks at the Abri Cellier rock shelter in France. The pointillist technique was long thought to be a modern invention of painters such as Seurat. " +
      "However, archaeologists have now found evidence of this technique thousands of years earlier, dating back more than 35,000 years. The team studied the blocks with new imaging tools. " +
      "The results appear in a scientific journal this week. The blocks are kept in a museum in the region.";
    const a = analyzeArticle(text, { language: "en", title });
    const c = { ...numberCloze(a, "However, archaeologists have now found evidence of this technique thousands of years earlier, dating back more than 35,000 years.", "35,000"), sentenceIndex: 2 };
    expect(numberRefusal(a, { ...c, choices: ["40,000", "35,000", "48,000", "43,000"] })).toBe("the headline's figure leaves only the key");
    expect(numberRefusal(a, { ...c, choices: ["30,000", "35,000", "48,000", "25,000"] })).not.toBe("the headline's figure leaves only the key");
  });
});
