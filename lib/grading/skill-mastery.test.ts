import { describe, expect, it } from "vitest";
import { masteryBySkill, outOf20, percentOf } from "./skill-mastery";

describe("masteryBySkill", () => {
  it("counts right answers per skill in the generator's order and skips untagged ones", () => {
    const r = masteryBySkill([
      { skill: "inference", correct: true },
      { skill: "detail", correct: true },
      { skill: "detail", correct: false },
      { skill: "detail", correct: true },
      { skill: null, correct: false },
      { skill: "inference", correct: true },
    ]);
    expect(r).toEqual([
      { skill: "detail", right: 2, total: 3, percent: 67 },
      { skill: "inference", right: 2, total: 2, percent: 100 },
    ]);
    expect(masteryBySkill([])).toEqual([]);
  });

  it("turns scores into /20 and percents", () => {
    expect(outOf20(2, 3)).toBe(13.3);
    expect(outOf20(3, 3)).toBe(20);
    expect(outOf20(0, 0)).toBe(0);
    expect(percentOf(1, 3)).toBe(33);
  });
});
