import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { slotChoiceCandidates } from "./types/slot-choice";

// Reading 29: "weekend warriors had an _____ lower risk" with 40 %, 20 % and 14 % as the other
// options — only "an 18%" reads right, so the article before the blank gave the key away.
describe("reading 29", () => {
  const text = "Weekend warriors had an 18% lower risk of dying from cancer, researchers said in the study published on Monday. " +
    "The study followed 63,000 adults for many years in Britain. " +
    "Those who exercised once a week had a 40% lower risk of dying from heart disease than those who did not exercise, the authors said.";
  const prompts = () => slotChoiceCandidates(analyzeArticle(text, { language: "en", title: "Weekend exercise helps" }), ["number"], "numeric");

  it("writes a(n) before a blank whose options do not all take the same article", () => {
    const cancer = prompts().find((c) => c.prompt.includes("cancer"))!;
    expect(cancer.choices).toContain("18%");
    expect(cancer.choices!.some((x) => !/^(?:8|11|18)(?!\d)/.test(x))).toBe(true);
    expect(cancer.prompt).toContain("had a(n) _____ lower risk");
  });

  it("leaves the article alone when every option takes it", () => {
    const t = "Walkers had a 40% lower risk of falling ill, researchers said in the study published on Monday. The study followed many adults for years in Britain.";
    const c = slotChoiceCandidates(analyzeArticle(t, { language: "en", title: "Walking helps" }), ["number"], "numeric").find((x) => x.prompt.includes("risk"));
    expect(c).toBeDefined();
    const mixed = new Set(c!.choices!.map((x) => /^(?:8|11|18)(?!\d)/.test(x))).size > 1;
    expect(c!.prompt).toContain(mixed ? "had a(n) _____" : "had a _____");
  });
});
