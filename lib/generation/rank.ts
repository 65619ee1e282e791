// Overgenerate and rank: pick `count` questions by score while spreading them over sentences,
// kinds, templates, answer types and facts (never the same fact twice), then present them in
// reading order.
import { normaliseAnswer } from "../grading/normalise";
import type { Language, QuestionKind } from "./contract";
import type { Candidate } from "./template";

const KIND_ORDER: QuestionKind[] = ["multiple_choice", "true_false", "short_answer", "fill_blank", "ordering"];
/** Upper share of each kind in a quiz, so no single format dominates. */
const KIND_SHARE: Record<QuestionKind, number> = {
  multiple_choice: 0.5, true_false: 0.1, fill_blank: 0.2, short_answer: 0.3, ordering: 0.05,
};

const CURRENT_AFFAIRS_SHARE = 0.2;
/** Upper share of one template ("Complétez avec le bon nombre" eight times reads as a drill). */
export const TEMPLATE_SHARE = 0.3;
/** Upper share of one answer type (number, date, person, place, organisation, term, quote). */
export const ANSWER_TYPE_SHARE = 0.4;
/**
 * The template/answer-type caps only hold while a capped question would be replaced by one of at
 * least this score; below it a repeated format beats a weak question.
 */
const VARIETY_FLOOR = 0.6;

export type AnswerType = "number" | "date" | "person" | "place" | "organisation" | "term" | "quote" | "knowledge";

/** What the student has to produce or pick; true/false and ordering have no answer type. */
export function answerTypeOf(c: Candidate): AnswerType | null {
  if (c.kind === "true_false" || c.kind === "ordering") return null;
  const slot = c.meta?.slot;
  if (slot === "number" || slot === "date" || slot === "person" || slot === "place" || slot === "quote") return slot;
  // "Quel sigle désigne … ?" asks for the acronym itself, a term; "Que signifie … ?" for the organisation.
  if (slot === "org") return c.template === "acronym" && c.kind === "short_answer" ? "term" : "organisation";
  if (slot?.startsWith("knowledge")) return "knowledge";
  return slot ? "term" : null;
}

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
  const perTemplate = new Map<string, number>();
  const perType = new Map<AnswerType, number>();
  const types = new Map<Candidate, AnswerType | null>(cands.map((c) => [c, answerTypeOf(c)]));
  const templateCap = Math.max(2, Math.round(TEMPLATE_SHARE * count));
  const typeCap = Math.max(2, Math.round(ANSWER_TYPE_SHARE * count));
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
  const varied = (c: Candidate) => {
    if (c.template && (perTemplate.get(c.template) ?? 0) >= templateCap) return false;
    const t = types.get(c);
    return !t || (perType.get(t) ?? 0) < typeCap;
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
    if (c.template) perTemplate.set(c.template, (perTemplate.get(c.template) ?? 0) + 1);
    const t = types.get(c);
    if (t) perType.set(t, (perType.get(t) ?? 0) + 1);
  };
  // 0. A quote with its speaker is the one question about who said what: take it before a
  // role or cloze question claims the same person as its answer (answers never repeat).
  const quote = pool.find((c) => c.template === "quote" && c.score >= VARIETY_FLOOR && allowed(c));
  if (quote && count >= 4) take(quote);
  // 1. One of each kind first, so a quiz shows every format the article supports.
  for (const k of KIND_ORDER) {
    if (picked.length >= count) break;
    const best = pool.find((c) => c.kind === k && allowed(c));
    if (best && !taken.has(best)) take(best);
  }
  // 2. Greedy fill; a sentence already used costs, so questions spread over the article; a
  // template or answer type past its cap waits while adequate alternatives remain (2a), then
  // competes again (2b). (A per-type score penalty was tried: it cost 8 points of hold-out recall.)
  const greedy = (ok: (c: Candidate) => boolean) => {
    while (picked.length < count) {
      checkpoint();
      let best: Candidate | null = null;
      let bestScore = -Infinity;
      for (const c of pool) {
        if (taken.has(c) || !allowed(c) || !ok(c)) continue;
        const s = c.score - 0.3 * (perSentence.get(c.sentenceIndex) ?? 0) - 0.05 * (perKind.get(c.kind) ?? 0);
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (!best) break;
      take(best);
    }
  };
  greedy((c) => c.score >= VARIETY_FLOOR && varied(c));
  greedy(() => true);
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
