// Classical item analysis of a quiz's attempts, for the teacher's results page.
//
// Conventions (a caller showing these numbers should know them):
// - Every attempt counts for every question: a missing response is wrong and "omitted".
// - Upper/lower groups: attempts sorted by total score descending, ties broken by attemptId
//   ascending (plain code-unit order), so the same data always gives the same groups; each group
//   has max(1, round(0.27 n)) attempts. D = p(upper) − p(lower), null when n < 2.
// - Point-biserial is the corrected one: item (0/1) against the total score minus that item,
//   so the item does not correlate with itself; null when either has no variance.
// - Spread uses population formulas (divide by n): we describe this class, and KR-20 is defined
//   with population variances. KR-20 is null with fewer than 2 items or no score variance.
import type { QuestionKind } from "../generation/contract";
import { mean, median, pearson, variance } from "./stats";

export interface AnalysedResponse {
  questionId: string;
  correct: boolean;
  given: string | string[] | null;
}

export interface AnalysedAttempt {
  attemptId: string;
  participantId: string;
  score: number;
  maxScore: number;
  responses: AnalysedResponse[];
}

export interface AnalysedQuestion {
  id: string;
  kind: QuestionKind;
  choices: string[] | null;
  answer: string | string[];
}

export interface ChoiceStats {
  choice: string;
  isKey: boolean;
  count: number;
  /** count / n, in [0, 1]. */
  share: number;
  /** How many of the upper / lower 27 % picked it. */
  upper: number;
  lower: number;
}

export interface ItemStats {
  questionId: string;
  kind: QuestionKind;
  n: number;
  correctCount: number;
  /** Difficulty: share correct; null when n = 0. */
  p: number | null;
  discrimination: number | null;
  pointBiserial: number | null;
  /** Attempts with no response to this question. */
  omitted: number;
  /** multiple_choice / true_false only, in the question's choice order; otherwise null. */
  choices: ChoiceStats[] | null;
  /** Choice questions: responses matching none of the choices (tampered or stale forms). */
  invalid: number;
  /** A distractor beats the key among the upper group (and ≥ 2 of them picked it): check the key. */
  keyFlag: boolean;
  /** Distractors picked by fewer than 5 % of the class. */
  nonFunctioningDistractors: string[];
  /** Free-text questions: the most frequent wrong answers (to spot a missing accepted spelling). */
  wrongAnswers: { answer: string; count: number }[];
}

export interface HistogramBin {
  /** Percent range [from, to); the last bin also holds 100 %. */
  from: number;
  to: number;
  count: number;
}

export interface QuizSummary {
  n: number;
  mean: number | null;
  median: number | null;
  /** Population standard deviation of the total scores. */
  sd: number | null;
  min: number | null;
  max: number | null;
  meanPercent: number | null;
  kr20: number | null;
  histogram: HistogramBin[];
}

export interface QuizAnalysis {
  summary: QuizSummary;
  items: ItemStats[];
  /** Size of each of the upper and lower groups. */
  groupSize: number;
}

const CHOICE_KINDS: ReadonlySet<QuestionKind> = new Set(["multiple_choice", "true_false"]);
const NON_FUNCTIONING_SHARE = 0.05;
const GROUP_SHARE = 0.27;
const MAX_WRONG_ANSWERS = 10;

export function analyseQuiz(
  attempts: readonly AnalysedAttempt[],
  questions: readonly AnalysedQuestion[],
): QuizAnalysis {
  const n = attempts.length;
  const sorted = [...attempts].sort(
    (a, b) => b.score - a.score || (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0),
  );
  const groupSize = Math.max(1, Math.round(GROUP_SHARE * n));
  const upper = new Set(sorted.slice(0, groupSize).map((a) => a.attemptId));
  const lower = new Set(sorted.slice(Math.max(0, n - groupSize)).map((a) => a.attemptId));

  const byAttempt = new Map(
    attempts.map((a) => [a.attemptId, new Map(a.responses.map((r) => [r.questionId, r] as const))]),
  );
  const items = questions.map((q) => analyseItem(q, attempts, byAttempt, upper, lower, groupSize));
  return { summary: summarise(attempts, items), items, groupSize };
}

function analyseItem(
  q: AnalysedQuestion,
  attempts: readonly AnalysedAttempt[],
  byAttempt: ReadonlyMap<string, ReadonlyMap<string, AnalysedResponse>>,
  upper: ReadonlySet<string>,
  lower: ReadonlySet<string>,
  groupSize: number,
): ItemStats {
  const n = attempts.length;
  const rows = attempts.map((a) => {
    const r = byAttempt.get(a.attemptId)?.get(q.id);
    return { attempt: a, correct: r?.correct === true, given: r?.given ?? null };
  });
  const correctCount = rows.filter((r) => r.correct).length;
  const omitted = rows.filter((r) => r.given === null || r.given === "").length;

  const pOf = (group: ReadonlySet<string>) =>
    rows.filter((r) => group.has(r.attempt.attemptId) && r.correct).length / groupSize;
  const discrimination = n >= 2 ? pOf(upper) - pOf(lower) : null;

  const item = rows.map((r) => (r.correct ? 1 : 0));
  const rest = rows.map((r, i) => r.attempt.score - item[i]);

  const stats: ItemStats = {
    questionId: q.id,
    kind: q.kind,
    n,
    correctCount,
    p: n ? correctCount / n : null,
    discrimination,
    pointBiserial: pearson(item, rest),
    omitted,
    choices: null,
    invalid: 0,
    keyFlag: false,
    nonFunctioningDistractors: [],
    wrongAnswers: [],
  };

  if (CHOICE_KINDS.has(q.kind) && q.choices && typeof q.answer === "string") {
    const key = q.answer;
    const choices: ChoiceStats[] = q.choices.map((choice) => ({
      choice,
      isKey: same(choice, key),
      count: 0,
      share: 0,
      upper: 0,
      lower: 0,
    }));
    for (const r of rows) {
      if (typeof r.given !== "string" || r.given === "") continue;
      const c = choices.find((x) => same(x.choice, r.given as string));
      if (!c) {
        stats.invalid++;
        continue;
      }
      c.count++;
      if (upper.has(r.attempt.attemptId)) c.upper++;
      if (lower.has(r.attempt.attemptId)) c.lower++;
    }
    for (const c of choices) c.share = n ? c.count / n : 0;
    const keyUpper = choices.find((c) => c.isKey)?.upper ?? 0;
    const distractors = choices.filter((c) => !c.isKey);
    stats.choices = choices;
    stats.keyFlag = distractors.some((c) => c.upper >= 2 && c.upper > keyUpper);
    stats.nonFunctioningDistractors = n
      ? distractors.filter((c) => c.share < NON_FUNCTIONING_SHARE).map((c) => c.choice)
      : [];
  } else if (q.kind === "fill_blank" || q.kind === "short_answer") {
    stats.wrongAnswers = topWrongAnswers(rows);
  }
  return stats;
}

/** Groups wrong free-text answers by a light normalisation; shows the first spelling seen. */
function topWrongAnswers(rows: { correct: boolean; given: string | string[] | null }[]) {
  const groups = new Map<string, { answer: string; count: number }>();
  for (const r of rows) {
    if (r.correct || typeof r.given !== "string") continue;
    const shown = r.given.trim().replace(/\s+/g, " ");
    if (!shown) continue;
    const k = shown.normalize("NFC").toLowerCase();
    const g = groups.get(k);
    if (g) g.count++;
    else groups.set(k, { answer: shown, count: 1 });
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || (a.answer < b.answer ? -1 : a.answer > b.answer ? 1 : 0))
    .slice(0, MAX_WRONG_ANSWERS);
}

function summarise(attempts: readonly AnalysedAttempt[], items: ItemStats[]): QuizSummary {
  const scores = attempts.map((a) => a.score);
  const n = scores.length;
  const histogram: HistogramBin[] = Array.from({ length: 10 }, (_, i) => ({
    from: i * 10,
    to: (i + 1) * 10,
    count: 0,
  }));
  for (const a of attempts) {
    const tenths = a.maxScore > 0 ? (a.score * 10) / a.maxScore : 0;
    // 100 % goes in the last bin; the epsilon keeps 0.7 × 10 from landing in bin 6.
    histogram[Math.min(9, Math.max(0, Math.floor(tenths + 1e-9)))].count++;
  }
  if (n === 0) {
    return { n, mean: null, median: null, sd: null, min: null, max: null, meanPercent: null, kr20: null, histogram };
  }

  const totalVariance = variance(scores);
  const k = items.length;
  const sumPq = items.reduce((s, it) => s + (it.p ?? 0) * (1 - (it.p ?? 0)), 0);
  const kr20 = k >= 2 && totalVariance > 1e-12 ? (k / (k - 1)) * (1 - sumPq / totalVariance) : null;

  return {
    n,
    mean: mean(scores),
    median: median(scores),
    sd: Math.sqrt(totalVariance),
    min: scores.reduce((a, b) => Math.min(a, b)),
    max: scores.reduce((a, b) => Math.max(a, b)),
    meanPercent: mean(attempts.map((a) => (a.maxScore > 0 ? (100 * a.score) / a.maxScore : 0))),
    kr20,
    histogram,
  };
}

function same(a: string, b: string): boolean {
  return a.normalize("NFC") === b.normalize("NFC");
}
