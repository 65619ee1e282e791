import { describe, expect, it } from "vitest";
import { choiceFromId, choiceId } from "@/lib/grading/choice-id";
import { GRADED_QUESTION_CACHE_SIZE, gradedQuestion, gradedQuestionCacheSize, storedQuestionOf } from "./graded-question";

const row = (over: Partial<{ id: string; kind: string; choices: string | null; answer: string; accepted: string }> = {}) => ({
  id: "q1",
  kind: "multiple_choice",
  choices: JSON.stringify(["2 030", "1 600", "250"]),
  answer: JSON.stringify("2 030"),
  accepted: JSON.stringify(["2030"]),
  ...over,
});

describe("gradedQuestion (grading data cached per row content)", () => {
  it("derives the same choice ids and grader view as the uncached functions", () => {
    const g = gradedQuestion(row());
    for (const c of ["2 030", "1 600", "250"]) expect(g.choiceById.get(choiceId("q1", c))).toBe(choiceFromId("q1", ["2 030", "1 600", "250"], choiceId("q1", c)));
    expect(g.choiceById.size).toBe(3);
    expect(storedQuestionOf(g, "fr")).toEqual({ id: "q1", kind: "multiple_choice", choices: ["2 030", "1 600", "250"], answer: "2 030", accepted: ["2030"], language: "fr" });
    // Ordering without stored choices: the items are the key's.
    const o = gradedQuestion(row({ id: "q2", kind: "ordering", choices: null, answer: JSON.stringify(["b", "a"]) }));
    expect(o.choices).toEqual(["b", "a"]);
    expect(o.choiceById.get(choiceId("q2", "a"))).toBe("a");
  });

  it("reuses the entry for the same content and never for edited content", () => {
    expect(gradedQuestion(row())).toBe(gradedQuestion(row()));
    const edits = [
      row({ answer: JSON.stringify("250") }),
      row({ choices: JSON.stringify(["2 031", "1 600", "250"]) }),
      row({ accepted: JSON.stringify(["deux mille trente"]) }),
      row({ kind: "true_false" }),
      row({ id: "q9" }),
    ];
    for (const edited of edits) expect(gradedQuestion(edited)).not.toBe(gradedQuestion(row()));
    expect(gradedQuestion(row({ answer: JSON.stringify("250") })).answer).toBe("250");
    expect(gradedQuestion(row({ choices: JSON.stringify(["2 031", "1 600", "250"]) })).choiceById.has(choiceId("q1", "2 030"))).toBe(false);
  });

  it("stays bounded, dropping the least recently used entries", () => {
    const keep = gradedQuestion(row({ id: "kept" }));
    for (let i = 0; i < GRADED_QUESTION_CACHE_SIZE + 50; i++) {
      gradedQuestion(row({ id: `filler${i}` }));
      if (i % 1000 === 0) gradedQuestion(row({ id: "kept" })); // recently used: survives
    }
    expect(gradedQuestionCacheSize()).toBe(GRADED_QUESTION_CACHE_SIZE);
    expect(gradedQuestion(row({ id: "kept" }))).toBe(keep);
    expect(gradedQuestion(row({ id: "filler0" }))).not.toBe(gradedQuestion(row({ id: "filler0", answer: JSON.stringify("x") })));
  });

  it("hands out lists that cannot be changed by a caller", () => {
    const g = gradedQuestion(row({ id: "frozen" }));
    expect(() => (g.choices as string[]).push("x")).toThrow();
    expect(() => (g.accepted as string[]).push("x")).toThrow();
  });
});
