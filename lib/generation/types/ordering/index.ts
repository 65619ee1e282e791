// Event ordering when at least three events carry distinct dates. Each item is a verbatim
// piece of its sentence (the clause before or after the date), so it can be checked against
// the evidence; the date itself is left out, otherwise the order would be given away.
import type { QuestionTemplate, Candidate } from "../../template";
import type { DateMention, FullAnalysis } from "../../../analysis/types";
import { fold } from "../../../analysis/fold";
import { secondClauseAt } from "../../clauses";
import { usableSentence } from "../../excerpt";
import { PHRASES } from "../../phrases";
import { kitFor } from "../../question-kit";
import { rngFor, shuffle } from "../../random";
import { applyTypography, capitalise } from "../../typography";

const TRAIL = /[\s\u00A0,]*(?:\b(?:le|la|les|en|dès|depuis|du|au|lors|on|in|since|from|by|the|of)|,)?[\s\u00A0,]*$/iu;
/** Time lead-ins left dangling once the date is cut off: "au début de", "à partir du", "starting". */
const TIME_TAIL = /[\s\u00A0,]*(?:(?:au|à\s+la|dès\s+le|vers\s+la)\s+(?:début|fin|mi|milieu|courant)(?:\s+(?:de|du|d['’]))?|à\s+partir(?:\s+(?:de|du|d['’]))?|jusqu['’]au|jusqu['’]à|d['’]ici\s+(?:au|à|la)|avant\s+le|après\s+le|at\s+the\s+(?:start|end|beginning)\s+of|starting|as\s+of|until|before|after|early|late|since|on|in|from|by)[\s\u00A0,]*$/iu;
const BAD_START = /^(?:qui|que|qu['’]|dont|où|lorsque|quand|which|who|whom|where|when|that|et|and|mais|but|a|ont|est|sont|avait|avaient|has|have|had|was|were|is|are|,)\b/iu;
/** English participles whose particle or complement the date cut off: "will be sworn (in)", "the runoff held". */
const EN_CUT_PARTICIPLE = /\b(?:sworn|held|set|phased|kicked|rolled|signed|handed|put|brought|carried|taken|scheduled|due|expected)$/iu;
/** An item must not stop on a word that needs a continuation (preposition, article, auxiliary). */
const BAD_END = /(?:^|[\s\u00A0'’])(?:de|du|des|d|à|au|aux|le|la|les|l|un|une|en|et|ou|par|pour|sur|dans|avec|vers|dès|depuis|entre|a|ont|est|sont|été|avait|avaient|sera|seront|the|a|an|of|to|in|on|at|by|for|from|with|and|or|has|have|had|was|were|is|are|will|be|been|début|fin|partir|suite|lors)$/iu;
/** A finite verb marker: an event needs one ("Tout est parti…", "the union has asked…"). */
const FINITE: Record<"fr" | "en", RegExp> = {
  fr: /(?:^|[\s\u00A0'’])(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|fut|furent|va|vont|doit|doivent|\p{L}{3,}(?:ait|aient|era|eront|èrent))(?=[\s\u00A0]|$)/iu,
  en: /\b(?:has|have|had|was|were|is|are|will|did|\p{L}{2,}ed|won|ran|took|made|began|began|came|went|said|told|rose|fell|gave|held|met|left|broke|opened|closed|drew)\b/iu,
};
const MIN_WORDS = 5;
const MAX_WORDS = 20;

function words(s: string): number {
  return s.split(/[\s\u00A0\u202F]+/).filter(Boolean).length;
}

/** Drop dangling time words and punctuation left where the date was cut off. */
function trimTail(s: string): string {
  let t = s;
  for (let k = 0; k < 3; k++) t = t.replace(TIME_TAIL, "").replace(TRAIL, "");
  return t.replace(/[\s\u00A0,;:]+$/, "");
}

/** "X a accepté la démission… et a décrété…": keep the first coordinated clause when too long. */
function firstClause(s: string, lang: "fr" | "en", force: boolean): string {
  if (words(s) <= MAX_WORDS && !force) return s;
  const comma = s.indexOf(", ");
  const and = secondClauseAt(s, lang, ["predicate"]);
  const at = [comma, and].filter((x) => x >= 0);
  return at.length ? s.slice(0, Math.min(...at)) : s;
}

/** A complete, self-contained event phrase; null when none can be cut safely. */
function acceptable(item: string, lang: "fr" | "en"): boolean {
  if (words(item) < MIN_WORDS || words(item) > MAX_WORDS || BAD_START.test(item) || BAD_END.test(item)) return false;
  if (!FINITE[lang].test(item)) return false;
  // "According to official results published by …" is an attribution, not an event.
  if (/^(?:selon|d['’]après|according\s+to)\b/iu.test(item) && !item.includes(", ")) return false;
  // "Le Kazakhstan a connu": an active compound verb with its object cut off.
  if (lang === "fr" && /\s(?:a|ont|avait|avaient)\s\p{L}+(?:é|i|u|is|it|ert)$/iu.test(item)) return false;
  if (lang === "en" && (/\s(?:has|have|had)\s\p{L}+$/iu.test(item) || EN_CUT_PARTICIPLE.test(item))) return false;
  // ", la première": a trailing apposition of one or two words was cut from what it qualifies.
  const tail = item.split(/,\s/).pop()!;
  if (item.includes(", ") && words(tail) <= 2) return false;
  return true;
}

/** The clause that tells what happened at this date, as a verbatim substring of the text. */
function eventItem(a: FullAnalysis, d: DateMention): string | null {
  const lang = a.language;
  const s = a.sentences[d.sentenceIndex];
  let pre = a.text.slice(s.start, d.start);
  // A colon or semicolon ends a clause: "Tout est parti d'une décision : le 1er janvier, …".
  const colon = Math.max(pre.lastIndexOf(": "), pre.lastIndexOf("; "), pre.lastIndexOf("\u00A0: "), pre.lastIndexOf("\u202F: "));
  if (colon >= 0) pre = pre.slice(colon + 2);
  pre = trimTail(pre);
  const lastComma = pre.lastIndexOf(", ");
  const nearClause = lastComma >= 0 ? pre.slice(lastComma + 2) : "";
  // The whole lead-in reads best; the clause next to the date only when the lead-in is too long.
  let item = words(pre) <= MAX_WORDS || !(acceptable(nearClause, lang)) ? pre.trim() : nearClause;
  if (!acceptable(item, lang)) {
    let post = a.text.slice(d.end, s.end).replace(/^[\s\u00A0,]+/, "").replace(/[.!?…]+$/, "");
    // Another date later in the clause would give the order away: keep the first clause only.
    post = firstClause(post, lang, a.dates.some((x) => x !== d && x.sentenceIndex === d.sentenceIndex && x.start >= d.end));
    item = trimTail(post.trim());
  }
  if (!acceptable(item, lang)) return null;
  if (/[«»“”"]/.test(item)) return null;
  // "Union leader Thomas Brennan, whose endorsement came": a dangling relative clause.
  if (/,\s(?:whose|which|who|qui|dont|que|où)\b[^,]*$/iu.test(item)) return null;
  // "doit présenter" / "will present" without its object says nothing.
  if (/\b(?:doit|doivent|va|vont|peut|pourrait|devrait|will|would|could|should|must|to)\s+\S+$/iu.test(item)) return null;
  // "Le mouvement de grève lancé" is a noun phrase, not an event: a participle needs its auxiliary.
  if (/(?:é|ée|és|ées|u|ue|us|is|it|ed)$/iu.test(item) && !/\b(?:a|ont|est|sont|été|avait|avaient|sera|seront|has|have|had|was|were|is|are)\b/iu.test(item)) return null;
  if (a.dates.some((x) => x !== d && x.sentenceIndex === d.sentenceIndex && item.includes(x.text))) return null;
  if (/\b(?:1[89]\d\d|20\d\d)\b/.test(item)) return null; // another year inside would give the order away
  // A sentence opening on a pronoun ("Il a…", "She…") is not self-contained.
  if (/^(?:il|elle|ils|elles|on|he|she|they|it|this|cela|ce|son|sa|ses|leur|leurs|his|her|their|its)\b/iu.test(item)) return null;
  return item;
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
    // Uniform over every order, the chronological one included: skipping it would make the
    // key the one order never shown.
    const choices = shuffle(ordered, rng);
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
      skill: "inference",
      score: 0.8,
      sentenceIndex: chosen[0].d.sentenceIndex,
      meta: { slot: "ordering", fact: "ordering" },
    };
    return [candidate];
  },
};
