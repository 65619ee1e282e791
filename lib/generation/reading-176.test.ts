// Causes found by blind reading 176 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { copiesSlip } from "./slips";

describe("reading 176", () => {
  it("takes a run ending on Dock or Passage for a site, whatever the word before it", () => {
    const a = analyzeArticle("The ferry was leaving Harbor Passage when the alarm sounded, and searchers combed the water between Harbor Passage and Pearson Dock until dark.", { language: "en" });
    expect(a.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual([]);
  });

  it("takes a lone \"s\" or a word's ending standing alone for a slip of the article", () => {
    const en = analyzeArticle("The festival opened.", { language: "en" });
    expect(copiesSlip(en, "The festival takes place in the coastal city in Spain s northern Basque Country.")).toBe(true);
    expect(copiesSlip(en, "The festival takes place in the coastal city in Spain's northern Basque Country.")).toBe(false);
    const fr = analyzeArticle("Un braquage a eu lieu.", { language: "fr" });
    expect(copiesSlip(fr, "La bijouterie se trouve dans le 8e arrondisseme nt de Paris, près des Champs-Élysées.")).toBe(true);
  });
});
