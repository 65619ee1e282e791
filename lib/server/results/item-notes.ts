// Turns an item's statistics into notes a teacher can act on (the page words them). Pure.
// Thresholds follow common classroom item-analysis practice: p ≥ 0.9 is very easy, p < 0.3
// very hard, D < 0.2 discriminates poorly, D ≥ 0.3 well; a distractor nobody picks (< 5 %)
// does no work. Below MIN_RELIABLE_N attempts the discrimination numbers are noise, so they
// are withheld and no key is flagged.
import type { ItemStats } from "../../grading/item-analysis";

export const MIN_RELIABLE_N = 5;

export type ItemNote =
  | { code: "too_few"; n: number }
  | { code: "key_suspect"; choice: string; upper: number; keyUpper: number; groupSize: number }
  | { code: "negative_discrimination" }
  | { code: "low_discrimination" }
  | { code: "very_easy" }
  | { code: "very_hard" }
  | { code: "non_functioning"; choices: string[] }
  | { code: "frequent_wrong"; answer: string; count: number }
  | { code: "many_omitted"; count: number }
  | { code: "good" };

export interface ItemVerdict {
  /** Enough attempts for discrimination and key checks to mean something. */
  reliable: boolean;
  /** The key looks wrong: show this question first and loudly. */
  keySuspect: boolean;
  notes: ItemNote[];
}

export function isReliable(n: number): boolean {
  return n >= MIN_RELIABLE_N;
}

export function itemVerdict(item: ItemStats, groupSize: number): ItemVerdict {
  if (!isReliable(item.n)) return { reliable: false, keySuspect: false, notes: [{ code: "too_few", n: item.n }] };
  const notes: ItemNote[] = [];

  const keyUpper = item.choices?.find((c) => c.isKey)?.upper ?? 0;
  const suspect = item.keyFlag
    ? item.choices
        ?.filter((c) => !c.isKey)
        .sort((a, b) => b.upper - a.upper || b.count - a.count)[0]
    : undefined;
  if (suspect) {
    notes.push({ code: "key_suspect", choice: suspect.choice, upper: suspect.upper, keyUpper, groupSize });
  }

  const d = item.discrimination;
  const r = item.pointBiserial;
  if ((d != null && d < 0) || (r != null && r < 0)) notes.push({ code: "negative_discrimination" });
  else if (d != null && d < 0.2) notes.push({ code: "low_discrimination" });

  if (item.p != null && item.p >= 0.9) notes.push({ code: "very_easy" });
  else if (item.p != null && item.p < 0.3) notes.push({ code: "very_hard" });

  if (item.nonFunctioningDistractors.length) {
    notes.push({ code: "non_functioning", choices: item.nonFunctioningDistractors });
  }
  const topWrong = item.wrongAnswers[0];
  if (topWrong && topWrong.count >= Math.max(2, Math.ceil(0.1 * item.n))) {
    notes.push({ code: "frequent_wrong", answer: topWrong.answer, count: topWrong.count });
  }
  if (item.omitted >= Math.max(2, Math.ceil(0.2 * item.n))) notes.push({ code: "many_omitted", count: item.omitted });

  if (!notes.length && d != null && d >= 0.3) notes.push({ code: "good" });
  return { reliable: true, keySuspect: Boolean(suspect), notes };
}
