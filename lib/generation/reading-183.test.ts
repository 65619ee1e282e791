// Causes found by blind reading 183 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { pointsBack } from "./anaphora";
import { withoutDeicticTime } from "./compress";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";
import { whQuestionTemplate } from "./types/wh-question";

describe("reading 183", () => {
  it("asks no \"where\" of the first verb for a place that belongs to a second, coordinated one", () => {
    const text = "Quatre plaisanciers ont été hélitreuillés lundi au large des Landes après l'avarie de leur catamaran. Le catamaran avait quitté Lisbonne jeudi. Tous sont indemnes selon la préfecture maritime et seront débarqués à Mimizan. Le bateau sera remorqué vers Bayonne.";
    const prompts = whQuestionTemplate.generate(analyzeArticle(text, { language: "fr" })).map((c) => c.prompt);
    expect(prompts.some((p) => /où est-ce que tous sont indemnes/u.test(p))).toBe(false);
  });

  it("reads an age followed by a comma as standing for a person named before", () => {
    expect(pointsBack("The 19-year-old, who joined the club in May, scored twice in the final.", "en")).toBe(true);
    expect(pointsBack("The 19-year-old Martinez scored twice in the final.", "en")).toBe(false);
  });

  it("refuses a blank that names a rowing crew's boat", () => {
    const s = "The unbeaten varsity eight won the final by two seconds on Sunday.";
    const a = analyzeArticle(`Washington won the national rowing title. ${s} The coach praised the crew.`, { language: "en" });
    expect(numberRefusal(kitFor(a).full, numberCloze(a, s, "eight"))).toBe("the figure names a crew's boat");
    const t = "The club bought eight new boats for the season.";
    const b = analyzeArticle(`The rowing club grew this year. ${t} Members paid for them.`, { language: "en" });
    expect(numberRefusal(kitFor(b).full, numberCloze(b, t, "eight"))).not.toBe("the figure names a crew's boat");
  });

  it("leaves one point after an abbreviation when the time after it is cut", () => {
    expect(withoutDeicticTime("Swimmers were told to stay out of the water until 6 p.m. Sunday.", "en")).toBe("Swimmers were told to stay out of the water until 6 p.m.");
  });
});
