// Causes found by blind reading 57 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { unworthy } from "./select";
import { numberCloze } from "./test-analysis";

describe("reading 57: a nationality before a French name", () => {
  it("is no part of the name, opening the sentence or not", () => {
    const a = analyzeArticle("Le Serbe Novak Djokovic a gagné. Hier, le Britannique Andy Murray a perdu la finale.", { language: "fr" });
    expect(a.entityMentions.filter((m) => m.type === "person").map((m) => m.text)).toEqual(["Novak Djokovic", "Andy Murray"]);
  });
  it("nor one the knowledge base lacks (« la Française Emmanuelle Charpentier »)", () => {
    const a = analyzeArticle("Le prix de chimie va à la Française Emmanuelle Charpentier. Le Québécois Denis Villeneuve tourne à Paris.", { language: "fr" });
    expect(a.entityMentions.filter((m) => m.type === "person").map((m) => m.text)).toEqual(["Emmanuelle Charpentier", "Denis Villeneuve"]);
  });
});

describe("reading 57: the size of a body the article names", () => {
  const a = analyzeArticle("The coalition won the vote.", { language: "en", title: "Vote" });
  it("does not ask how many members a parliament has", () => {
    const ev = "In the 460-member lower house, the party lost its majority in the October ballot.";
    expect(unworthy(a as never, numberCloze(a, ev, "460"))).toBe("trivial figure");
  });
});

describe("reading 57: a clause set beside the one asked about", () => {
  it("leaves « aucun décès n'a été déploré » out of « combien de patients … ? »", () => {
    const text = "Une épidémie de salmonellose a touché 31 personnes en France cet été.\n\nSept patients ont été hospitalisés, aucun décès n'a été déploré. " +
      "Les malades résidaient dans sept régions différentes. L'enquête a permis d'identifier des saucisses sèches comme source probable.\n\n" +
      "Les produits ont été retirés de la vente. Les autorités recommandent de ne pas consommer les saucisses concernées. Une enquête se poursuit.";
    const r = generateQuiz({ text, title: "Salmonellose : des saucisses sèches en cause", count: 20, date: "2020-08-01" });
    const q = r.questions.find((x) => /hospitalisés/u.test(x.prompt));
    if (q) expect(q.prompt).not.toMatch(/décès/u);
    expect(r.questions.every((x) => !/hospitalisés, aucun/u.test(x.prompt))).toBe(true);
  });
});

describe("reading 57: an option that takes up an earlier one", () => {
  it("reads \"The other death …\", \"Another case …\", « L'autre incendie … » as pointing back", async () => {
    const { pointsBack } = await import("./anaphora");
    expect(pointsBack("The other death was reported in Beni.", "en")).toBe(true);
    expect(pointsBack("Another case was confirmed on Friday.", "en")).toBe(true);
    expect(pointsBack("L'autre incendie a parcouru 300 hectares.", "fr")).toBe(true);
    expect(pointsBack("Les deux autres sont blessés.", "fr")).toBe(true);
    expect(pointsBack("Other countries followed the decision.", "en")).toBe(false);
  });
});
