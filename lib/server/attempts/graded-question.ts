// What grading derives from a Question row — parsed choice, answer and accepted lists, and the
// opaque choice ids of lib/grading/choice-id.ts (one SHA-256 per choice) — computed once per row
// content instead of on every submission. The cache key is the row's whole grading content
// (id, kind, and the JSON of choices, answer and accepted), so a question edited or regraded
// gets a new entry at once: no invalidation to forget, across processes too. Bounded: the
// least recently used entries go first.
import { choiceId } from "@/lib/grading/choice-id";
import { LruMap } from "@/lib/lru-map";
import type { QuestionKind } from "@/lib/generation/contract";
import type { StoredQuestion } from "@/lib/grading/score-attempt";
import type { QuestionGradingRow } from "@/lib/quiz/question-row";

export interface GradedQuestion {
  id: string;
  kind: QuestionKind;
  /** Choice texts; ordering items fall back to the key's items. */
  choices: readonly string[];
  /** Choice id → text; the first of two identical texts wins, as choiceFromId does. */
  choiceById: ReadonlyMap<string, string>;
  answer: string | string[];
  accepted: readonly string[];
}

export const GRADED_QUESTION_CACHE_SIZE = 5000;
const cache = new LruMap<string, GradedQuestion>(GRADED_QUESTION_CACHE_SIZE);

function list(json: string | null): string[] {
  if (!json) return [];
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.map(String) : [];
}

function derive(q: QuestionGradingRow): GradedQuestion {
  const parsed = list(q.choices);
  const choices = Object.freeze(parsed.length || q.kind !== "ordering" ? parsed : list(q.answer));
  const choiceById = new Map<string, string>();
  for (const c of choices) {
    const id = choiceId(q.id, c);
    if (!choiceById.has(id)) choiceById.set(id, c);
  }
  const answer: unknown = JSON.parse(q.answer);
  return {
    id: q.id,
    kind: q.kind as QuestionKind,
    choices,
    choiceById,
    answer: Array.isArray(answer) ? Object.freeze(answer.map(String)) as string[] : String(answer),
    accepted: Object.freeze(list(q.accepted)),
  };
}

/** The derived grading data of `q`, from the cache when the row's content was seen before. */
export function gradedQuestion(q: QuestionGradingRow): GradedQuestion {
  const key = `${q.id}\u0000${q.kind}\u0000${q.choices ?? "\u0001"}\u0000${q.answer}\u0000${q.accepted}`;
  return cache.getOrCreate(key, () => derive(q));
}

/** The grader's view of `q` (lib/grading/score-attempt.ts). */
export function storedQuestionOf(g: GradedQuestion, language: StoredQuestion["language"]): StoredQuestion {
  return {
    id: g.id,
    kind: g.kind,
    choices: g.choices.length ? (g.choices as string[]) : null,
    answer: g.answer,
    accepted: g.accepted as string[],
    language,
  };
}

/** Entries held now (tests). */
export function gradedQuestionCacheSize(): number {
  return cache.size;
}
