// Overgenerate and rank: pick `count` questions by score while spreading them over sentences,
// kinds and facts (never the same fact twice), then present them in reading order.
import { normaliseAnswer } from "../grading/normalise";
import type { Language, QuestionKind } from "./contract";
import type { Candidate } from "./template";

const KIND_ORDER: QuestionKind[] = ["multiple_choice", "true_false", "short_answer", "fill_blank", "ordering"];
/** Upper share of each kind in a quiz, so no single format dominates. */
const KIND_SHARE: Record<QuestionKind, number> = {
  multiple_choice: 0.5, true_false: 0.1, fill_blank: 0.2, short_answer: 0.3, ordering: 0.05,
};

const CURRENT_AFFAIRS_SHARE = 0.2;

function answerKeyOf(c: Candidate, lang: Language): string | null {
  if (c.kind === "true_false" || c.kind === "ordering" || typeof c.answer !== "string") return null;
  return normaliseAnswer(c.answer, lang);
}

export function rankCandidates(cands: Candidate[], count: number, lang: Language, checkpoint: () => void = () => {}): Candidate[] {
  // Answer keys are read in every greedy round: normalise each answer once.
  const keys = new Map<Candidate, string | null>(cands.map((c) => [c, answerKeyOf(c, lang)]));
  const answerKey = (c: Candidate, _lang: Language) => keys.get(c) ?? null;
  const pool = [...cands].sort((x, y) => y.score - x.score || x.sentenceIndex - y.sentenceIndex ||
    (x.template ?? "").localeCompare(y.template ?? "") || x.prompt.localeCompare(y.prompt));
  const picked: Candidate[] = [];
  const usedFacts = new Set<string>();
  const perSentence = new Map<number, number>();
  const perKind = new Map<QuestionKind, number>();
  const perAnswer = new Map<string, number>();
  const taken = new Set<Candidate>();
  let perCategory = 0;
  // Two true/false statements about one sentence give each other away.
  const tfSentences = new Set<number>();
  const allowed = (c: Candidate) => {
    const fact = c.meta?.fact;
    if (fact && usedFacts.has(fact)) return false;
    if (c.kind === "true_false" && tfSentences.has(c.sentenceIndex)) return false;
    const ak = answerKey(c, lang);
    if (ak && (perAnswer.get(ak) ?? 0) >= 1) return false;
    const cap = Math.max(1, Math.ceil(KIND_SHARE[c.kind] * count));
    if ((perKind.get(c.kind) ?? 0) >= cap) return false;
    // The quiz is about the article first: world-knowledge questions stay a minority.
    if (c.category === "current_affairs" && perCategory >= Math.max(1, Math.floor(count * CURRENT_AFFAIRS_SHARE))) return false;
    return true;
  };
  const take = (c: Candidate) => {
    picked.push(c);
    taken.add(c);
    if (c.meta?.fact) usedFacts.add(c.meta.fact);
    perSentence.set(c.sentenceIndex, (perSentence.get(c.sentenceIndex) ?? 0) + 1);
    perKind.set(c.kind, (perKind.get(c.kind) ?? 0) + 1);
    if (c.category === "current_affairs") perCategory++;
    if (c.kind === "true_false") tfSentences.add(c.sentenceIndex);
    const ak = answerKey(c, lang);
    if (ak) perAnswer.set(ak, (perAnswer.get(ak) ?? 0) + 1);
  };
  // 1. One of each kind first, so a quiz shows every format the article supports.
  for (const k of KIND_ORDER) {
    if (picked.length >= count) break;
    const best = pool.find((c) => c.kind === k && allowed(c));
    if (best) take(best);
  }
  // 2. Greedy fill; a sentence already used costs, so questions spread over the article.
  while (picked.length < count) {
    checkpoint();
    let best: Candidate | null = null;
    let bestScore = -Infinity;
    for (const c of pool) {
      if (taken.has(c) || !allowed(c)) continue;
      const s = c.score - 0.3 * (perSentence.get(c.sentenceIndex) ?? 0) - 0.05 * (perKind.get(c.kind) ?? 0);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (!best) break;
    take(best);
  }
  // 3. If quotas left the quiz short, relax them (facts and answers still never repeat).
  if (picked.length < count) {
    // Questions with an answer first; true/false statements only fill what is left.
    const relaxed = [...pool.filter((c) => c.kind !== "true_false"), ...pool.filter((c) => c.kind === "true_false")];
    for (const c of relaxed) {
      if (picked.length >= count) break;
      if (taken.has(c) || (c.meta?.fact && usedFacts.has(c.meta.fact))) continue;
      if (c.kind === "true_false" && tfSentences.has(c.sentenceIndex)) continue;
      const ak = answerKey(c, lang);
      if (ak && perAnswer.has(ak)) continue;
      take(c);
    }
  }
  return picked.sort((x, y) => x.evidence.start - y.evidence.start || KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind));
}
