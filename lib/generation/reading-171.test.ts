// Causes found by blind reading 171 (held-out texts; not copied here): each test states the rule
// on a text of its own; and the main idea's prompt, changed in the same step.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";
import { optionOf } from "./types/main-idea";
import { trimmedKey } from "./types/main-idea/trim";

describe("reading 171", () => {
  it("refuses a count whose members the prompt lists right after the blank", () => {
    const s = "Une famille de cinq personnes, le père, la mère et leurs trois enfants, a été évacuée dimanche.";
    const a = analyzeArticle(`L'immeuble a brûlé. ${s} Les pompiers sont restés sur place.`, { language: "fr" });
    expect(numberRefusal(kitFor(a).full, numberCloze(a, s, "cinq"))).toBe("the prompt lists each member of the group counted");
    const t = "A family of four, the mother, the father and their two sons, was rescued from the roof.";
    const b = analyzeArticle(`The river burst its banks. ${t} The water fell overnight.`, { language: "en" });
    expect(numberRefusal(kitFor(b).full, numberCloze(b, t, "four"))).toBe("the prompt lists each member of the group counted");
    // A list that does not add up to the count tells the student nothing.
    const u = "Une famille de six personnes, le père, la mère et leurs trois enfants, a été évacuée dimanche.";
    const c = analyzeArticle(`L'immeuble a brûlé. ${u} Les pompiers sont restés sur place.`, { language: "fr" });
    expect(numberRefusal(kitFor(c).full, numberCloze(c, u, "six"))).not.toBe("the prompt lists each member of the group counted");
  });

  it("cuts a clock time with its plural « heures locales »", () => {
    expect(optionOf("La secousse est survenue à 6 h 12 heures locales et aucun blessé n'a été signalé dans la région.", "fr")).not.toMatch(/produit heures|survenue heures/u);
  });

  it("does not cut the next item of a list that opens on an -ing adjective", () => {
    const key = "The carmaker said that its quarterly profit rose 12% as the company was helped by lower costs, growing markets and higher prices.";
    const trimmed = trimmedKey(key, "en", 10, () => true);
    expect(trimmed).toMatch(/growing markets and higher prices/u);
  });

  it("tells the student that the main idea's options are the article's own statements", () => {
    const text = `The city council approved a plan on Tuesday to build a new bridge over the river, the first in forty years.

The bridge will cost 80 million euros and open in 2028, the council said.

Shop owners near the old bridge had asked for more parking during the works.

Cyclists will have their own lane on the new bridge, separated from the traffic.

The regional government will pay for half of the project over five years.

Residents of the east bank have waited decades for a second crossing to the town centre.

Engineers will begin drilling test holes in the riverbed in March next year.`;
    const q = generateQuiz({ text, title: "City council approves new bridge", count: 20 }).questions.find((x) => x.skill === "main_idea");
    expect(q?.prompt).toBe("Which of these statements, taken from the article, gives its main news?");
  });
});
