import { describe, expect, it } from "vitest";
import { acceptAnswer, changeKey, changeOrderKey, MAX_ACCEPTED, regradeResponses, type StoredResponse } from "./regrade";
import type { StoredQuestion } from "./score-attempt";

const DATE: StoredQuestion = { id: "q1", kind: "short_answer", choices: null, answer: "July 8", accepted: [], language: "en" };
const NAME: StoredQuestion = { id: "q2", kind: "fill_blank", choices: null, answer: "Kassym-Jomart Tokaïev", accepted: [], language: "fr" };
const MC: StoredQuestion = { id: "q3", kind: "multiple_choice", choices: ["2 030", "1 600", "250"], answer: "2 030", accepted: ["2030"], language: "fr" };

const ORDER: StoredQuestion = {
  id: "q4",
  kind: "ordering",
  choices: ["Le vote", "L’annonce", "La grève"],
  answer: ["L’annonce", "La grève", "Le vote"],
  accepted: [],
  language: "fr",
};

function response(id: string, given: string | string[] | null, correct: boolean, override: boolean | null = null): StoredResponse {
  return { id, attemptId: `a-${id}`, given, correct, override };
}

describe("accepting an answer for everyone", () => {
  it("adds a near-miss to the accepted spellings and regrades the responses that match it", () => {
    const edit = acceptAnswer(DATE, "  8 July ");
    expect(edit).toMatchObject({ ok: true, changed: true });
    if (!edit.ok || !edit.changed) throw new Error("expected a change");
    expect(edit.question.accepted).toEqual(["8 July"]);
    const changes = regradeResponses(edit.question, [
      response("r1", "8 July", false),
      response("r2", "8 july", false),
      response("r3", "July 8", true),
      response("r4", "9 July", false),
      response("r5", null, false),
    ]);
    expect(changes).toEqual([
      { id: "r1", attemptId: "a-r1", correct: true, points: 1 },
      { id: "r2", attemptId: "a-r2", correct: true, points: 1 },
    ]);
  });

  it("is idempotent: an answer already counted right changes nothing", () => {
    const once = acceptAnswer(NAME, "Tokaïev Kassym-Jomart");
    if (!once.ok || !once.changed) throw new Error("expected a change");
    expect(acceptAnswer(once.question, "Tokaïev Kassym-Jomart")).toEqual({ ok: true, changed: false });
    expect(acceptAnswer(NAME, "Kassym-Jomart Tokaïev")).toEqual({ ok: true, changed: false });
    expect(regradeResponses(once.question, [response("r1", "Tokaïev Kassym-Jomart", true)])).toEqual([]);
  });

  it("refuses empty, oversized and non-free-text input", () => {
    expect(acceptAnswer(DATE, "   ")).toEqual({ ok: false, reason: "empty_answer" });
    expect(acceptAnswer(DATE, "x".repeat(10_000))).toEqual({ ok: false, reason: "answer_too_long" });
    expect(acceptAnswer(MC, "250")).toEqual({ ok: false, reason: "not_free_text" });
    const full = { ...DATE, accepted: Array.from({ length: MAX_ACCEPTED }, (_, i) => `spelling ${i}`) };
    expect(acceptAnswer(full, "8 July")).toEqual({ ok: false, reason: "too_many_accepted" });
  });
});

describe("fixing a multiple-choice key", () => {
  it("makes another choice the key, drops the old key's spellings and flips both ways", () => {
    const edit = changeKey(MC, "1 600");
    if (!edit.ok || !edit.changed) throw new Error("expected a change");
    expect(edit.question).toMatchObject({ answer: "1 600", accepted: [] });
    const changes = regradeResponses(edit.question, [response("r1", "2 030", true), response("r2", "1 600", false), response("r3", "250", false)]);
    expect(changes).toEqual([
      { id: "r1", attemptId: "a-r1", correct: false, points: 0 },
      { id: "r2", attemptId: "a-r2", correct: true, points: 1 },
    ]);
  });

  it("is idempotent and refuses a value that is not a choice", () => {
    expect(changeKey(MC, "2 030")).toEqual({ ok: true, changed: false });
    expect(changeKey(MC, "2030")).toEqual({ ok: false, reason: "not_a_choice" });
    expect(changeKey(DATE, "July 8")).toEqual({ ok: false, reason: "not_choice_question" });
  });

  it("leaves answers the teacher marked by hand alone", () => {
    const edit = changeKey(MC, "1 600");
    if (!edit.ok || !edit.changed) throw new Error("expected a change");
    expect(regradeResponses(edit.question, [response("r1", "2 030", true, true), response("r2", "1 600", false, false)])).toEqual([]);
  });
});

describe("fixing an ordering key", () => {
  it("makes a new order the key and regrades both ways, partial orders staying wrong", () => {
    const edit = changeOrderKey(ORDER, ["La grève", "L’annonce", "Le vote"]);
    if (!edit.ok || !edit.changed) throw new Error("expected a change");
    expect(edit.question.answer).toEqual(["La grève", "L’annonce", "Le vote"]);
    const changes = regradeResponses(edit.question, [
      response("r1", ["L’annonce", "La grève", "Le vote"], true),
      response("r2", ["La grève", "L’annonce", "Le vote"], false),
      response("r3", ["La grève", "Le vote", "L’annonce"], false),
      response("r4", null, false),
      response("r5", ["La grève", "L’annonce", "Le vote"], false, false),
    ]);
    expect(changes).toEqual([
      { id: "r1", attemptId: "a-r1", correct: false, points: 0 },
      { id: "r2", attemptId: "a-r2", correct: true, points: 1 },
    ]);
  });

  it("is idempotent: the order already stored changes nothing (a double click regrades once)", () => {
    expect(changeOrderKey(ORDER, ["L’annonce", "La grève", "Le vote"])).toEqual({ ok: true, changed: false });
    const once = changeOrderKey(ORDER, ["Le vote", "La grève", "L’annonce"]);
    if (!once.ok || !once.changed) throw new Error("expected a change");
    expect(changeOrderKey(once.question, ["Le vote", "La grève", "L’annonce"])).toEqual({ ok: true, changed: false });
  });

  it("keeps the stored spelling when the order comes in another Unicode form", () => {
    const decomposed = ["La grève".normalize("NFD"), "L’annonce", "Le vote"];
    const edit = changeOrderKey(ORDER, decomposed);
    if (!edit.ok || !edit.changed) throw new Error("expected a change");
    expect(edit.question.answer).toEqual(["La grève", "L’annonce", "Le vote"]);
  });

  it("refuses an order that repeats, drops or invents an item, and other kinds of question", () => {
    expect(changeOrderKey(ORDER, ["La grève", "La grève", "Le vote"])).toEqual({ ok: false, reason: "not_an_order" });
    expect(changeOrderKey(ORDER, ["La grève", "Le vote"])).toEqual({ ok: false, reason: "not_an_order" });
    expect(changeOrderKey(ORDER, ["La grève", "Le vote", "Le défilé"])).toEqual({ ok: false, reason: "not_an_order" });
    expect(changeOrderKey(ORDER, [])).toEqual({ ok: false, reason: "not_an_order" });
    expect(changeOrderKey(MC, ["2 030", "1 600", "250"])).toEqual({ ok: false, reason: "not_ordering" });
  });
});
