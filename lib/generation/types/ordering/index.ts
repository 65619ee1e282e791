// Event ordering when at least three events carry distinct dates. Each item is a verbatim
// piece of its sentence (the clause before or after the date), so it can be checked against
// the evidence; the date itself is left out, otherwise the order would be given away.
import type { QuestionTemplate, Candidate } from "../../template";
import type { DateMention, FullAnalysis } from "../../../analysis/types";
import { fold } from "../../../analysis/fold";
import { usableSentence } from "../../excerpt";
import { PHRASES } from "../../phrases";
import { kitFor } from "../../question-kit";
import { rngFor, shuffle } from "../../random";
import { applyTypography, capitalise } from "../../typography";

const TRAIL = /[\s\u00A0,]*(?:\b(?:le|la|les|en|dès|depuis|du|au|lors|on|in|since|from|by|the|of)|,)?[\s\u00A0,]*$/iu;
const BAD_START = /^(?:qui|que|qu['’]|dont|où|lorsque|quand|which|who|whom|where|when|that|et|and|mais|but|,)\b/iu;
const MIN_WORDS = 5;
const MAX_WORDS = 20;

function words(s: string): number {
  return s.split(/[\s\u00A0\u202F]+/).filter(Boolean).length;
}

/** The clause that tells what happened at this date, as a verbatim substring of the text. */
function eventItem(a: FullAnalysis, d: DateMention): string | null {
  const s = a.sentences[d.sentenceIndex];
  let pre = a.text.slice(s.start, d.start);
  for (let k = 0; k < 3; k++) pre = pre.replace(TRAIL, "");
  const lastComma = pre.lastIndexOf(", ");
  const nearClause = lastComma >= 0 ? pre.slice(lastComma + 2) : "";
  // The whole lead-in reads best; the clause next to the date only when the lead-in is too long.
  let item = words(pre) <= MAX_WORDS || !(words(nearClause) >= MIN_WORDS + 1 && !BAD_START.test(nearClause)) ? pre.trim() : nearClause;
  if (words(item) < MIN_WORDS || words(item) > MAX_WORDS || BAD_START.test(item)) {
    let post = a.text.slice(d.end, s.end).replace(/^[\s\u00A0,]+/, "").replace(/[.!?…]+$/, "");
    const comma = post.indexOf(", ");
    if (words(post) > MAX_WORDS && comma > 0) post = post.slice(0, comma);
    item = post.trim();
  }
  if (words(item) < MIN_WORDS || words(item) > MAX_WORDS || BAD_START.test(item)) return null;
  if (/[«»“”"]/.test(item)) return null;
  // "Union leader Thomas Brennan, whose endorsement came": a dangling relative clause.
  if (/,\s(?:whose|which|who|qui|dont|que|où)\b[^,]*$/iu.test(item)) return null;
  // "doit présenter" / "will present" without its object says nothing.
  if (/\b(?:doit|doivent|va|vont|peut|pourrait|devrait|will|would|could|should|must|to)\s+\S+$/iu.test(item)) return null;
  // "Le mouvement de grève lancé" is a noun phrase, not an event: a participle needs its auxiliary.
  if (/(?:é|ée|és|ées|u|ue|us|is|it|ed)$/iu.test(item) && !/\b(?:a|ont|est|sont|été|avait|avaient|sera|seront|has|have|had|was|were|is|are)\b/iu.test(item)) return null;
  if (a.dates.some((x) => x !== d && x.sentenceIndex === d.sentenceIndex && a.text.slice(s.start, s.end).indexOf(x.text) >= 0 &&
    item.includes(x.text))) return null;
  if (/\b(?:1[89]\d\d|20\d\d)\b/.test(item)) return null; // another year inside would give the order away
  return item.replace(/[\s\u00A0,;:]+$/, "");
}

export const orderingTemplate: QuestionTemplate = {
  name: "ordering",
  generate(a) {
    const { full, hash } = kitFor(a);
    const lang = a.language;
    const events: Array<{ d: DateMention; item: string }> = [];
    const usedSentences = new Set<number>();
    const usedKeys = new Set<number>();
    const usedYears = new Set<number>();
    for (const d of full.dates) {
      if (!usableSentence(full.sentences[d.sentenceIndex]) || usedSentences.has(d.sentenceIndex)) continue;
      if (full.quotes.some((q) => d.start >= q.contentStart && d.end <= q.contentEnd)) continue;
      // A bare year cannot be ordered against a day of the same year.
      if (usedKeys.has(d.sortKey) || (d.granularity === "year" && events.some((e) => e.d.year === d.year)) ||
        (d.granularity !== "year" && usedYears.has(d.year))) continue;
      const item = eventItem(full, d);
      if (!item || events.some((e) => fold(e.item) === fold(item))) continue;
      events.push({ d, item });
      usedSentences.add(d.sentenceIndex);
      usedKeys.add(d.sortKey);
      if (d.granularity === "year") usedYears.add(d.year);
    }
    if (events.length < 3) return [];
    const chosen = events.slice(0, 5);
    const ordered = [...chosen].sort((x, y) => x.d.sortKey - y.d.sortKey).map((e) => capitalise(e.item));
    const rng = rngFor(hash, "ordering");
    let choices = shuffle(ordered, rng);
    if (choices.every((c, i) => c === ordered[i])) choices = [...choices.slice(1), choices[0]];
    const start = Math.min(...chosen.map((e) => full.sentences[e.d.sentenceIndex].start));
    const end = Math.max(...chosen.map((e) => full.sentences[e.d.sentenceIndex].end));
    const candidate: Candidate = {
      kind: "ordering",
      category: "comprehension",
      source: "article",
      prompt: applyTypography(PHRASES[lang].ordering, lang),
      choices,
      answer: ordered,
      evidence: { text: full.text.slice(start, end), start, end },
      explanation: applyTypography(PHRASES[lang].orderingExplain(
        [...chosen].sort((x, y) => x.d.sortKey - y.d.sortKey).map((e) => `${e.d.text} (${e.item})`).join(" ; ")), lang),
      difficulty: 3,
      template: "ordering",
      score: 0.8,
      sentenceIndex: chosen[0].d.sentenceIndex,
      meta: { slot: "ordering", fact: "ordering" },
    };
    return [candidate];
  },
};
