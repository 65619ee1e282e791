// Causes of the edits and rejections of blind reading 36 (docs/generator-quality.md). Made-up
// texts in the shape of the ones read.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { countCue } from "./count-cues";
import { generateQuiz } from "./generate";
import { gistOf } from "./gist";
import { kitFor } from "./question-kit";
import { unworthy } from "./select";
import type { Candidate } from "./template";
import { slotChoiceCandidates } from "./types/slot-choice";

const value = (x: string) => Number(x.replace(/[^\d.]/g, ""));

describe("reading 36", () => {
  it("cuts a closing reflexive participle with its pronoun", () => {
    expect(gistOf("Les gendarmes du Loiret ont procédé à l'interpellation de quatre individus se préparant à commettre un vol à main armée.", "fr"))
      .toBe("Les gendarmes du Loiret ont procédé à l'interpellation de quatre individus.");
  });

  it("keeps a quake's magnitude on its scale when only the quake names it", () => {
    const a = analyzeArticle("Nepal is still recovering from a 7.8 earthquake three weeks ago. Rescue teams from India and China arrived on Wednesday.", { language: "en", title: "Second quake in Nepal" });
    const q = slotChoiceCandidates(a, ["number"], "numeric").find((c) => /_____ earthquake/.test(c.prompt));
    expect(q).toBeDefined();
    for (const o of q!.choices!) expect(value(o)).toBeLessThan(10);
  });

  it("asks one date once, with or without its weekday", () => {
    const text = `Le 14 décembre 2024, le cyclone tropical Chido a durement frappé Mayotte. Pour venir en aide à la population, de nombreux renforts ont été envoyés sur place.

Samedi 14 décembre 2024, le cyclone tropical Chido a provoqué des dégâts matériels et humains considérables à Mayotte. De nombreuses routes ont été coupées et l'hôpital a été touché. Le ministre de l'Intérieur a annoncé l'envoi de 400 policiers et gendarmes supplémentaires. Un pont aérien a été mis en place depuis La Réunion pour acheminer de l'eau et des vivres.`;
    const dates = generateQuiz({ text, title: "Cyclone Chido à Mayotte : renforts", count: 20 }).questions
      .filter((q) => typeof q.answer === "string" && /14 décembre/.test(q.answer));
    expect(dates.length).toBeLessThanOrEqual(1);
  });

  it("does not ask a count whose items the parenthesis after it lists", () => {
    const c = {
      kind: "multiple_choice", prompt: "Complétez avec le bon nombre : « Chaque délégation était composée de _____ membres (chef d'équipe, tireur, équipier d'assaut, équipier de PC, techniciens). »",
      answer: "5", meta: { slot: "number" },
    } as unknown as Candidate;
    expect(countCue(c, "fr")).toBe("the prompt lists what the count counts");
    expect(countCue({ ...c, prompt: c.prompt.replace(/ \(.*\)/u, "") } as Candidate, "fr")).toBeNull();
  });

  it("does not ask 'how many were killed?' when another sentence counts other dead", () => {
    const text = "A magnitude 7.3 earthquake struck Nepal on Tuesday, and more than 40 people were killed. The April 25 quake killed more than 8,000 people. Rescue teams searched the hills near the border with China.";
    const a = kitFor(analyzeArticle(text, { language: "en", title: "Second quake in Nepal" })).full;
    const at = text.indexOf("The April 25");
    const q = {
      kind: "multiple_choice", category: "comprehension", source: "article", skill: "detail",
      prompt: "According to the article, how many people were killed?", choices: ["more than 8,000", "more than 9,000", "more than 10,000", "more than 13,000"],
      answer: "more than 8,000", evidence: { text: "The April 25 quake killed more than 8,000 people.", start: at, end: at + 49 },
      explanation: "", difficulty: 1, score: 0.9, sentenceIndex: 1, meta: { slot: "number" },
    } as Candidate;
    expect(a.text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
    expect(unworthy(a, q)).toBe("another figure of the article answers the question");
    // A year the prompt names and the other sentence lacks tells the two figures apart.
    const dated = "In 2012, 3,645 people were killed on the roads of France. In 2011, 3,963 people were killed on the roads. The minister presented new measures for young drivers on Monday.";
    const b = kitFor(analyzeArticle(dated, { language: "en", title: "Road deaths fall" })).full;
    expect(unworthy(b, { ...q, prompt: "According to the article, how many people were killed on the roads of France in 2012?", answer: "3,645",
      choices: ["3,645", "2,552", "4,483", "2,000"], evidence: { text: dated.slice(0, 58), start: 0, end: 58 }, sentenceIndex: 0 })).not.toBe("another figure of the article answers the question");
  });
});
