import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { slotChoiceCandidates } from "./types/slot-choice";
import { generateQuiz } from "./generate";

// Reading 29: "weekend warriors had an _____ lower risk" with 40 %, 20 % and 14 % as the other
// options — only "an 18%" reads right, so the article before the blank gave the key away.
describe("reading 29", () => {
  const text = "Weekend warriors had an 18% lower risk of dying from cancer, researchers said in the study published on Monday. " +
    "The study followed 63,000 adults for many years in Britain. " +
    "Those who exercised once a week had a 40% lower risk of dying from heart disease than those who did not exercise, the authors said.";
  const prompts = () => slotChoiceCandidates(analyzeArticle(text, { language: "en", title: "Weekend exercise helps" }), ["number"], "numeric");

  it("puts each option's own article in it when the options do not all take the same one (readings 29, 32, 34)", () => {
    const cancer = prompts().find((c) => c.prompt.includes("cancer"))!;
    expect(cancer.answer).toBe("an 18%");
    expect(cancer.choices).toContain("an 18%");
    expect(cancer.choices!.some((x) => /^a \d/.test(x))).toBe(true);
    for (const x of cancer.choices!) expect(x).toMatch(/^(?:an (?:8|11|18)(?!\d)|a (?!(?:8|11|18)(?!\d)))/u);
    expect(cancer.prompt).toContain("had _____ lower risk");
    expect(cancer.prompt).not.toContain("a(n)");
    // The bare figure stays an accepted typed answer.
    expect(cancer.accepted).toContain("18%");
  });

  it("leaves the article alone when every option takes it", () => {
    const t = "Walkers had a 40% lower risk of falling ill, researchers said in the study published on Monday. The study followed many adults for years in Britain.";
    const c = slotChoiceCandidates(analyzeArticle(t, { language: "en", title: "Walking helps" }), ["number"], "numeric").find((x) => x.prompt.includes("risk"));
    expect(c).toBeDefined();
    const mixed = new Set(c!.choices!.map((x) => /^(?:8|11|18)(?!\d)/.test(x))).size > 1;
    expect(c!.prompt).toContain(mixed ? "had _____" : "had a _____");
  });

  it("offers no gloss of a term as someone's claim under \"what does X say?\"", () => {
    // A made-up text in the shape of reading 29's: one person quoted, the writer's definitions around.
    const text = "Twin astronauts took part in a study of what a year in space does to the body. " +
      "NASA is the American space agency. Chromosomes are the part of cells that hold DNA. " +
      "Telomeres protect the ends of chromosomes and grow shorter with age and stress. " +
      "John Charles is the chief scientist for the agency's Human Research Program. " +
      "Charles says usually astronauts have shorter telomeres than other people. " +
      "The results of the study will be published next year in a scientific journal.";
    const quiz = generateQuiz({ text, title: "Space twins study", count: 20 });
    for (const q of quiz.questions.filter((x) => x.skill === "stance" && x.kind === "multiple_choice")) {
      expect(q.choices!.filter((c) => /^(?:NASA|Chromosomes) (?:is|are) (?:the|a)/.test(c))).toEqual([]);
    }
  });
});

