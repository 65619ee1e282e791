import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { choiceFromId, choiceId, scoreAttempt, type StoredQuestion } from "./score-attempt";

const MC: StoredQuestion = {
  id: "q1",
  kind: "multiple_choice",
  choices: ["2 030", "1 600", "250", "2 000"],
  answer: "2 030",
  accepted: [],
  language: "fr",
};
const TF: StoredQuestion = {
  id: "q2",
  kind: "true_false",
  choices: ["Vrai", "Faux"],
  answer: "Faux",
  accepted: [],
  language: "fr",
};
const ORDER: StoredQuestion = {
  id: "q3",
  kind: "ordering",
  choices: ["C", "A", "D", "B"],
  answer: ["A", "B", "C", "D"],
  accepted: [],
  language: "fr",
};
const SHORT: StoredQuestion = {
  id: "q4",
  kind: "short_answer",
  choices: null,
  answer: "Kazakhstan",
  accepted: ["Qazaqstan"],
  language: "fr",
};
const BLANK: StoredQuestion = {
  id: "q5",
  kind: "fill_blank",
  choices: null,
  answer: "Irak",
  accepted: [],
  language: "fr",
};
const ALL = [MC, TF, ORDER, SHORT, BLANK];

const one = (q: StoredQuestion, value: unknown) =>
  scoreAttempt([q], [{ questionId: q.id, value: value as string }]).questions[0];

describe("scoreAttempt", () => {
  it("scores a perfect attempt 5/5, in question order", () => {
    const result = scoreAttempt(ALL, [
      { questionId: "q5", value: "irak" },
      { questionId: "q4", value: "le Kazakhstan" },
      { questionId: "q3", value: ["A", "B", "C", "D"] },
      { questionId: "q2", value: "Faux" },
      { questionId: "q1", value: "2 030" },
    ]);
    expect(result.score).toBe(5);
    expect(result.maxScore).toBe(5);
    expect(result.questions.map((q) => q.questionId)).toEqual(["q1", "q2", "q3", "q4", "q5"]);
    expect(result.questions.every((q) => q.correct && q.points === 1)).toBe(true);
  });

  it("counts missing responses wrong and ignores unknown questions", () => {
    const result = scoreAttempt(ALL, [
      { questionId: "q1", value: "2 030" },
      { questionId: "nope", value: "2 030" },
    ]);
    expect(result.score).toBe(1);
    expect(result.maxScore).toBe(5);
    expect(result.questions).toHaveLength(5);
    expect(result.questions[1]).toEqual({ questionId: "q2", correct: false, points: 0, given: null, expected: "Faux" });
  });

  it("takes the first response when a question is answered twice", () => {
    const result = scoreAttempt([TF], [
      { questionId: "q2", value: "Vrai" },
      { questionId: "q2", value: "Faux" },
    ]);
    expect(result.score).toBe(0);
    expect(result.questions[0].given).toBe("Vrai");
  });

  it("reports given and expected", () => {
    expect(one(MC, "1 600")).toEqual({ questionId: "q1", correct: false, points: 0, given: "1 600", expected: "2 030" });
  });
});

describe("scoreAttempt: multiple choice and true/false", () => {
  it("accepts exactly the key among the choices", () => {
    expect(one(MC, "2 030").correct).toBe(true);
    expect(one(MC, "2 000").correct).toBe(false);
    expect(one(TF, "Faux").correct).toBe(true);
    expect(one(TF, "Vrai").correct).toBe(false);
  });

  it("counts a value that is not one of the choices wrong, even if it spells the key", () => {
    expect(one(MC, "2030").correct).toBe(false);
    expect(one(MC, " 2 030").correct).toBe(false);
    expect(one(TF, "faux").correct).toBe(false);
  });

  it("accepts the key in another Unicode composition (forms may re-encode it)", () => {
    const q: StoredQuestion = { ...MC, choices: ["Almaty", "Tokaïev"], answer: "Tokaïev" };
    expect(one(q, "Tokai\u0308ev").correct).toBe(true);
  });

  it("counts a malformed value wrong", () => {
    expect(one(MC, ["2 030"]).correct).toBe(false);
    expect(one(MC, 2030).correct).toBe(false);
    expect(one(MC, null).correct).toBe(false);
    expect(one(MC, 2030).given).toBeNull();
  });
});

describe("scoreAttempt: ordering", () => {
  it("gives the point only when fully in order, and reports the share in place", () => {
    expect(one(ORDER, ["A", "B", "C", "D"])).toMatchObject({ correct: true, points: 1, partial: 1 });
    expect(one(ORDER, ["B", "A", "C", "D"])).toMatchObject({ correct: false, points: 0, partial: 0.5 });
    expect(one(ORDER, ["A", "B", "D", "C"])).toMatchObject({ correct: false, points: 0, partial: 0.5 });
    expect(one(ORDER, ["D", "C", "B", "A"])).toMatchObject({ correct: false, points: 0, partial: 0 });
    expect(one(ORDER, ["A", "C", "D", "B"])).toMatchObject({ correct: false, partial: 0.25 });
  });

  it("counts short, long or malformed orders wrong", () => {
    expect(one(ORDER, ["A", "B", "C"])).toMatchObject({ correct: false, partial: 0.75 });
    expect(one(ORDER, ["A", "B", "C", "D", "E"])).toMatchObject({ correct: false, partial: 1 });
    expect(one(ORDER, "A B C D")).toMatchObject({ correct: false, partial: 0 });
    expect(one(ORDER, null)).toMatchObject({ correct: false, partial: 0, given: null });
    expect(one(ORDER, [1, 2, 3, 4])).toMatchObject({ correct: false, given: null });
  });
});

describe("scoreAttempt: free text", () => {
  it("grades leniently and passes the 'close' hint on", () => {
    expect(one(SHORT, "KAZAKHSTAN").correct).toBe(true);
    expect(one(SHORT, "Kazakstan").correct).toBe(true);
    expect(one(SHORT, "qazaqstan").correct).toBe(true);
    expect(one(SHORT, "Kazatan")).toMatchObject({ correct: false, close: true });
    expect(one(SHORT, "Russie")).toMatchObject({ correct: false, close: false });
    expect(one(SHORT, "")).toMatchObject({ correct: false, given: "" });
    expect(one(BLANK, "Iran").correct).toBe(false);
  });

  it("uses stored choices of a free-text question as wrong answers", () => {
    const q: StoredQuestion = { ...BLANK, answer: "Almaty", choices: ["Almaty", "Almata"] };
    expect(one(q, "Almata").correct).toBe(false);
    expect(one(q, "Almati").correct).toBe(false); // one typo from each
    expect(one(q, "Almatyy").correct).toBe(true);
  });

  it("cuts what it keeps to 500 characters", () => {
    expect((one(SHORT, "k".repeat(2000)).given as string).length).toBe(500);
  });
});

describe("choiceId", () => {
  it("is the first 12 hex chars of sha256(questionId NUL choiceText)", () => {
    const expected = createHash("sha256").update("q1\u00002 030").digest("hex").slice(0, 12);
    expect(choiceId("q1", "2 030")).toBe(expected);
    expect(choiceId("q1", "2 030")).toMatch(/^[0-9a-f]{12}$/);
  });

  it("is stable, and differs by question and by choice", () => {
    expect(choiceId("q1", "Vrai")).toBe(choiceId("q1", "Vrai"));
    expect(choiceId("q1", "Vrai")).not.toBe(choiceId("q2", "Vrai"));
    expect(choiceId("q1", "Vrai")).not.toBe(choiceId("q1", "Faux"));
    // The separator keeps ("q1", "2x") and ("q12", "x") apart.
    expect(choiceId("q1", "2x")).not.toBe(choiceId("q12", "x"));
  });

  it("maps a submitted id back to its choice", () => {
    const id = choiceId("q1", "250");
    expect(choiceFromId("q1", MC.choices!, id)).toBe("250");
    expect(choiceFromId("q2", MC.choices!, id)).toBeNull();
    expect(choiceFromId("q1", MC.choices!, "000000000000")).toBeNull();
  });
});
