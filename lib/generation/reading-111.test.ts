// Causes found by blind reading 111 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { segmentSentences } from "../analysis/sentences";
import { copiesSlip } from "./slips";
import { generateQuiz } from "./generate";

describe("reading 111", () => {
  it("cuts any outlet's credit before the dash ('(CNN) — '), not a parenthesis that says more", () => {
    expect(segmentSentences("(CNN) — UNESCO added 21 new sites to its World Heritage list on Sunday.", "en")[0].text).toBe("UNESCO added 21 new sites to its World Heritage list on Sunday.");
    expect(segmentSentences("(Al Jazeera) - Protests spread to three more cities on Monday evening.", "en")[0].text).toMatch(/^Protests/u);
    expect(segmentSentences("(Photo: AFP) — Crowds gathered in the main square on Monday evening.", "en")[0].text).toMatch(/^\(Photo/u);
  });

  it("finds 'potential fatal', an adjective after 'potential' where 'potentially' is needed", () => {
    const a = analyzeArticle("The agency approved the first gene therapy for the disorder.", { language: "en", title: "FDA approves gene therapy" });
    expect(copiesSlip(a, "The disorder is a rare and potential fatal genetic condition.")).toBe(true);
    expect(copiesSlip(a, "The disorder is a rare and potentially fatal genetic condition.")).toBe(false);
    expect(copiesSlip(a, "Doctors weighed the potential risks of the therapy.")).toBe(false);
  });

  it("offers no number the sentence prints, an ordinal included (« un 10e match en _____ jours »)", () => {
    const text = `Handball : les Bleus en bronze

Les Bleus ont battu l'Allemagne 26 à 25 et terminent troisièmes du Mondial de handball. Il fallait pour les Bleus jouer hier un 10e match en 20 jours et terminer la compétition sur une bonne note. Menés de quatre buts à la pause, ils ont repris les commandes en seconde période. Le gardien a réalisé douze arrêts. Les joueurs rentrent à Paris lundi.`;
    for (const q of generateQuiz({ text, title: "Handball : les Bleus en bronze", date: "2019-01-28", count: 20 }).questions) {
      if (q.prompt.includes("10e match")) expect(q.choices ?? []).not.toContain("10");
    }
  });

  it("offers no English common words as a person in a French article ('Investment Consultancy')", () => {
    const text = `Bénin : ouverture du procès ICC Services

Le procès de l'affaire ICC Services s'est ouvert lundi à Cotonou devant la cour de répression des infractions économiques. Les prévenus sont Emile Tégbénou et Guy Aplogan, président directeur général de ICC Services (Investment Consultancy and Computering Services). « Non. Je ne reconnais pas les faits », a déclaré Emile Tégbénou devant la cour. L'ancien président Thomas Boni Yayi avait été mis en cause par l'opposition. « Nous attendons la vérité », a affirmé Guy Aplogan. Des milliers d'épargnants ont perdu leurs économies dans cette affaire. Le procès doit durer trois semaines.`;
    const qs = generateQuiz({ text, title: "Bénin : ouverture du procès ICC Services", date: "2018-12-10", count: 20 }).questions.filter((q) => /déclaré/u.test(q.prompt));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.choices ?? []).not.toContain("Investment Consultancy");
  });
});
