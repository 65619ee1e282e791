// Regrading after attempts exist: accepting a near-miss for everyone, fixing a multiple-choice
// key, and applying the new key to stored responses. Pure: the server wraps it in a transaction.
import { MAX_ANSWER_CHARS } from "./normalise";
import { scoreQuestion, type StoredQuestion } from "./score-attempt";

/** Upper bound on accepted spellings, so a loop of clicks cannot grow a question forever. */
export const MAX_ACCEPTED = 50;

export type RegradeRefusal =
  | "empty_answer"
  | "answer_too_long"
  | "not_free_text"
  | "not_choice_question"
  | "not_a_choice"
  | "too_many_accepted"
  | "not_ordering"
  | "not_an_order";

export type KeyEdit =
  | { ok: true; changed: false }
  | { ok: true; changed: true; question: StoredQuestion }
  | { ok: false; reason: RegradeRefusal };

const isFreeText = (q: StoredQuestion) => q.kind === "fill_blank" || q.kind === "short_answer";
const isChoice = (q: StoredQuestion) => q.kind === "multiple_choice" || q.kind === "true_false";

/**
 * Adds `answer` to the accepted spellings of a free-text question. Unchanged (and so idempotent)
 * when the grader already counts it right: a second click adds nothing.
 */
export function acceptAnswer(q: StoredQuestion, answer: string): KeyEdit {
  if (!isFreeText(q)) return { ok: false, reason: "not_free_text" };
  const text = answer.trim();
  if (!text) return { ok: false, reason: "empty_answer" };
  if (text.length > MAX_ANSWER_CHARS) return { ok: false, reason: "answer_too_long" };
  if (scoreQuestion(q, text).correct) return { ok: true, changed: false };
  if (q.accepted.length >= MAX_ACCEPTED) return { ok: false, reason: "too_many_accepted" };
  return { ok: true, changed: true, question: { ...q, accepted: [...q.accepted, text] } };
}

/**
 * Makes `choice` the key of a multiple-choice or true/false question. The old accepted spellings
 * belonged to the old key, so they go with it.
 */
export function changeKey(q: StoredQuestion, choice: string): KeyEdit {
  if (!isChoice(q)) return { ok: false, reason: "not_choice_question" };
  const match = (q.choices ?? []).find((c) => c.normalize("NFC") === choice.normalize("NFC"));
  if (match === undefined) return { ok: false, reason: "not_a_choice" };
  if (typeof q.answer === "string" && q.answer.normalize("NFC") === match.normalize("NFC")) return { ok: true, changed: false };
  return { ok: true, changed: true, question: { ...q, answer: match, accepted: [] } };
}

const nfc = (s: string) => s.normalize("NFC");

/**
 * Makes `order` the right order of an ordering question. It must use each of the question's
 * items exactly once (as stored: the same items, only moved); the same order changes nothing,
 * so a double click or a retried request regrades once.
 */
export function changeOrderKey(q: StoredQuestion, order: readonly string[]): KeyEdit {
  if (q.kind !== "ordering") return { ok: false, reason: "not_ordering" };
  const items = Array.isArray(q.answer) ? q.answer : (q.choices ?? []);
  if (order.length !== items.length) return { ok: false, reason: "not_an_order" };
  const left = items.map(nfc);
  const picked: string[] = [];
  for (const raw of order) {
    const i = left.indexOf(nfc(raw));
    if (i < 0) return { ok: false, reason: "not_an_order" };
    picked.push(items[items.map(nfc).indexOf(left[i])]);
    left.splice(i, 1);
  }
  if (picked.every((item, i) => nfc(item) === nfc(items[i]))) return { ok: true, changed: false };
  return { ok: true, changed: true, question: { ...q, answer: picked, accepted: [] } };
}

export interface StoredResponse {
  id: string;
  attemptId: string;
  /** What the student gave, as stored (null when unanswered). */
  given: string | string[] | null;
  correct: boolean;
  /** A teacher's mark for this one answer: regrades leave it alone. */
  override: boolean | null;
}

export interface ResponseChange {
  id: string;
  attemptId: string;
  correct: boolean;
  points: number;
}

/** The responses whose grade differs under `q`; overridden ones keep the teacher's mark. */
export function regradeResponses(q: StoredQuestion, responses: readonly StoredResponse[]): ResponseChange[] {
  const changes: ResponseChange[] = [];
  for (const r of responses) {
    if (r.override !== null) continue;
    const score = scoreQuestion(q, r.given);
    if (score.correct !== r.correct) changes.push({ id: r.id, attemptId: r.attemptId, correct: score.correct, points: score.points });
  }
  return changes;
}
