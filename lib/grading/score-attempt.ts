// Scores a whole attempt: one point per question, nothing for a missing or malformed response.
import type { Language, QuestionKind } from "../generation/contract";
import { gradeTextAnswer } from "./grade-text";
import { MAX_ANSWER_CHARS } from "./normalise";

export { choiceFromId, choiceId } from "./choice-id";

/** A question as stored with the quiz. */
export interface StoredQuestion {
  id: string;
  kind: QuestionKind;
  choices: string[] | null;
  /** A string, or for `ordering` the items in the right order. */
  answer: string | string[];
  accepted: string[];
  language: Language;
}

/** What the student sent: the choice text (multiple_choice, true_false), the choice texts in
 * the student's order (ordering), or free text (fill_blank, short_answer). */
export interface AttemptResponse {
  questionId: string;
  value: string | string[] | null | undefined;
}

export interface QuestionScore {
  questionId: string;
  correct: boolean;
  /** 0 or 1: ordering earns the point only when fully in order. */
  points: number;
  /** The response as received (free text cut to MAX_ANSWER_CHARS), null when missing. */
  given: string | string[] | null;
  expected: string | string[];
  /** Ordering only: share of items in the right position (informational, not scored). */
  partial?: number;
  /** Free text only: wrong but one typo away (the "Presque !" hint). */
  close?: boolean;
}

export interface AttemptScore {
  questions: QuestionScore[];
  score: number;
  maxScore: number;
}

/**
 * Scores `responses` against `questions`, in the order of `questions`.
 * Responses to unknown question ids are ignored (the caller validates); a question without a
 * response counts wrong; when a question has several responses, the first one counts.
 */
export function scoreAttempt(
  questions: readonly StoredQuestion[],
  responses: readonly AttemptResponse[],
): AttemptScore {
  const byQuestion = new Map<string, AttemptResponse["value"]>();
  for (const r of responses) if (!byQuestion.has(r.questionId)) byQuestion.set(r.questionId, r.value);

  const scored = questions.map((q) => scoreQuestion(q, byQuestion.get(q.id)));
  return {
    questions: scored,
    score: scored.reduce((sum, q) => sum + q.points, 0),
    maxScore: questions.length,
  };
}

export function scoreQuestion(q: StoredQuestion, value: AttemptResponse["value"]): QuestionScore {
  const given = cleanGiven(value);
  const base = { questionId: q.id, given, expected: q.answer };
  const result = (correct: boolean, extra: Partial<QuestionScore> = {}): QuestionScore => ({
    ...base,
    correct,
    points: correct ? 1 : 0,
    ...extra,
  });

  switch (q.kind) {
    case "multiple_choice":
    case "true_false": {
      if (typeof given !== "string" || typeof q.answer !== "string") return result(false);
      // A value that is not one of the shown choices is wrong even if it spells the key.
      const choices = q.choices ?? [q.answer];
      const chosen = choices.find((c) => same(c, given));
      return result(chosen !== undefined && same(chosen, q.answer));
    }
    case "ordering": {
      const expected = Array.isArray(q.answer) ? q.answer : [q.answer];
      if (!Array.isArray(given)) return result(false, { partial: 0 });
      const inPlace = expected.filter((item, i) => given[i] !== undefined && same(given[i], item)).length;
      const complete = given.length === expected.length && inPlace === expected.length;
      return result(complete, { partial: expected.length ? inPlace / expected.length : 0 });
    }
    case "fill_blank":
    case "short_answer": {
      if (typeof given !== "string" || typeof q.answer !== "string") return result(false, { close: false });
      const wrongChoices = (q.choices ?? []).filter((c) => !same(c, q.answer as string));
      const grade = gradeTextAnswer(given, {
        answer: q.answer,
        accepted: q.accepted,
        lang: q.language,
        wrongChoices,
      });
      return result(grade.correct, { close: grade.close });
    }
  }
}

/** Keeps only well-typed values, and free text short enough to store. */
function cleanGiven(value: unknown): string | string[] | null {
  if (typeof value === "string") return value.slice(0, MAX_ANSWER_CHARS);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    return value.slice(0, 100).map((v) => v.slice(0, MAX_ANSWER_CHARS));
  }
  return null;
}

/** Choice texts round-trip through HTML forms, which may change the Unicode composition. */
function same(a: string, b: string): boolean {
  return a.normalize("NFC") === b.normalize("NFC");
}
