// Causes of the edits of blind reading 27 (docs/generator-quality.md).
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { kitFor } from "./question-kit";
import { optionOf, statementOf } from "./types/main-idea";

describe("reading 27", () => {
  it("does not end a sentence on 'Mt.' ('on Mt. McKinley's West Buttress route')", () => {
    const a = analyzeArticle("A climber had fallen from 16,200 feet on Mt. McKinley's West Buttress route. Rangers flew to the site.", { language: "en", title: "Fall" });
    expect(a.sentences.filter((s) => !s.isHeading).map((s) => s.text)).toEqual([
      "A climber had fallen from 16,200 feet on Mt. McKinley's West Buttress route.", "Rangers flew to the site.",
    ]);
  });

  it("shows a French option opening on « A » with its accent, and without a dangling « De même, »", () => {
    // The clock time itself is cut from an option now (gist.ts); a place keeps its preposition.
    expect(optionOf("A Lorient, tous les membres d'équipage évacuent le chalutier en détresse au large.", "fr")).toMatch(/^À Lorient/);
    expect(statementOf("De même, les fouilles ont livré des objets de parure en coquillage et en os.", "fr")).toBe("Les fouilles ont livré des objets de parure en coquillage et en os.");
    // A clause with its own subject "a" is left alone.
    expect(optionOf("Aucun blessé n'est à déplorer selon les pompiers du département.", "fr")).toMatch(/^Aucun/);
  });

  it("asks the date of one fact, not of a second clause joined by « et »", () => {
    const text = `Pollution d'un ruisseau et de trois étangs

Une cuve contenant un produit chimique est endommagée dans une usine et 700 l de produit s'échappent dans le ruisseau voisin. Le 22 mars, l'ensemble des poissons du 1er étang sont morts et la mortalité augmente en aval. Le 26 mars, la macrofaune est sensiblement réduite sur l'ensemble du cours d'eau et des étangs. L'exploitant fait pomper les eaux polluées et les envoie dans une station de traitement.`;
    const r = generateQuiz({ text, title: "Pollution d'un ruisseau et de trois étangs", language: "fr", count: 20 });
    const prompts = r.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /la mortalité augmente/.test(p) && /^À quelle date/.test(p))).toBe(false);
    expect(prompts.some((p) => /^À quelle date est-ce que l’ensemble des poissons du 1er étang sont morts[\s\u00A0\u202F]\?$/u.test(p))).toBe(true);
  });
});
