// Causes found by blind reading 66 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { pointsBack } from "./anaphora";
import { settingFigure } from "./setting-figures";
import { unworthy } from "./select";
import { numberCloze, numberOptions } from "./test-analysis";

// The shared helper's options, as values ("1,00" → 1).
const optionsFor = (text: string, figure: string, lang: "fr" | "en" = "en") =>
  numberOptions(text, lang, figure).map((x) => Number(x.replace(/[^\d.,]/g, "").replace(",", ".")));

describe("reading 66: options for a rate", () => {
  it("moves a quarter point by quarter points", () => {
    const options = optionsFor("The Federal Reserve said the key rate would rise by an additional 0.75 percentage points on Wednesday.", "0.75");
    expect(options).toHaveLength(3);
    for (const o of options) expect(Number.isInteger(o * 4)).toBe(true);
  });

  it("keeps the top of a range above its bottom", () => {
    const options = optionsFor("Policymakers decided to increase the benchmark rate to a range of three to 3.25 percent on Wednesday.", "3.25");
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o).toBeGreaterThan(3);
  });
});

describe("reading 66: what a prompt gives away or names", () => {
  it("refuses a count the prompt's share and whole give", () => {
    const a = analyzeArticle("Les élections municipales.", { language: "fr" });
    const ev = "Un tiers des conseils municipaux (32,5 % exactement) restaient à élire, soit 898 sur 2.739 communes.";
    expect(unworthy(a as never, numberCloze(a, ev, "898"))).toBe("the prompt gives a share and its whole");
    const plain = "Un tiers des conseils municipaux restaient à élire, soit 898 communes au second tour.";
    expect(unworthy(a as never, numberCloze(a, plain, "898"))).not.toBe("the prompt gives a share and its whole");
  });

  it("reads 'the _____-bed hospital' as the size of a building", () => {
    const a = analyzeArticle("An outbreak hit the hospital.", { language: "en" });
    expect(settingFigure(numberCloze(a, "The outbreak affected several units at the 260-bed hospital last week.", "260"), "en")).toBe("the size of a body");
  });

  it("reads a sentence opening on 'Explains João Faria, …' as the attribution of the one before", () => {
    expect(pointsBack("Explains João Faria, a researcher at the institute and lead author of the study.", "en")).toBe(true);
    expect(pointsBack("Notes from the meeting were published on Monday.", "en")).toBe(false);
  });
});

describe("reading 66: names", () => {
  it("reads 'Caesar Must Die' as no person", () => {
    const a = analyzeArticle("The jury praised Caesar Must Die, a film by the Taviani brothers, on Sunday.", { language: "en" });
    expect(a.entities.find((e) => e.name.includes("Caesar"))?.type).not.toBe("person");
  });

  it("reads « M. Zhao » after « Zhao Haibin » as him", () => {
    const a = analyzeArticle("« L'astéroïde s'approche », a déclaré Zhao Haibin, chef de l'équipe. Selon M. Zhao, il ne menace pas la Terre.", { language: "fr" });
    const zhao = a.entities.find((e) => e.name === "Zhao Haibin");
    expect(a.entityMentions.find((m) => a.text.slice(m.start, m.end) === "Zhao")?.entityId).toBe(zhao?.id);
  });
});

describe("reading 66 (and 41): a part counted after the blank", () => {
  it("keeps every option above '23 of whom'", () => {
    const options = optionsFor("The investigation led to charges against 25 individuals, 23 of whom have pleaded guilty so far.", "25");
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o).toBeGreaterThan(23);
  });
});
