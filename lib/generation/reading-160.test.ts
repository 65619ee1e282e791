// Causes found by blind reading 160 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { singularArticlePlural } from "./slips";
import { numberCloze } from "./test-analysis";

describe("reading 160", () => {
  it("refuses a figure right after a count: it names a model", () => {
    const a = analyzeArticle("The airline placed orders at the show. It also said it was ordering four 777 freighters.", { language: "en" });
    const c = { ...numberCloze(a, "It also said it was ordering four 777 freighters.", "777"), choices: ["606", "777", "886", "1,064"] };
    expect(numberRefusal(kitFor(a).full, c)).toBe("the figure after a count is a name");
    const money = analyzeArticle("The airline placed orders at the show. It signed two 500 million dollar deals.", { language: "en" });
    expect(numberRefusal(kitFor(money).full, { ...numberCloze(money, "It signed deals worth 500 million dollars.", "500"), choices: ["300", "500", "700", "900"] })).not.toBe("the figure after a count is a name");
  });

  it("takes a singular article before a plural noun for a slip, not before a noun in -s", () => {
    expect(singularArticlePlural("tués pour être mangés pendant une dizaines d'années")).toBe(true);
    for (const t of ["une fois par an", "un fonds d'investissement", "un pays voisin", "un corps retrouvé", "une centaine de personnes"]) expect(singularArticlePlural(t)).toBe(false);
  });

  it("asks no how-many question whose breakdown follows a comma", () => {
    const text = "Le braconnier a été jugé mardi par le tribunal correctionnel de Dax pour avoir tué des milliers d'oiseaux protégés. Cinq associations étaient partie civile dans ce procès, 4 associations de défense de l'environnement et la fédération de chasse des Landes. Il a été condamné à une amende de 5 000 euros. Les oiseaux étaient tués pour être mangés.";
    for (const q of generateQuiz({ text, title: "Un braconnier condamné à Dax", count: 20 }).questions) expect(q.prompt).not.toMatch(/, 4 associations/u);
  });

  it("keeps a question whose place has an apposition opening on « une » (the demo article)", () => {
    const raw = readFileSync(path.resolve(__dirname, "..", "..", "prisma", "demo", "article-fr.txt"), "utf8").trim();
    const nl = raw.indexOf("\n");
    const prompts = generateQuiz({ text: raw.slice(nl + 1).trim(), title: raw.slice(0, nl).trim(), count: 10 }).questions.map((q) => q.prompt);
    expect(prompts.some((p) => /Janaozen, une ville pétrolière/u.test(p))).toBe(true);
  });
});
