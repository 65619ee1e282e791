// How far blind readers trusted each question format, from their verdicts: one factor per
// template, per blanked slot, for free-answer details and for causes whose options are no causes.
// A format a teacher asks for explicitly is not discounted (select.ts).
import type { Candidate } from "./template";

/**
 * How far a blind reader trusted each format (issue #10's reading of 294 questions): copied-sentence
 * clozes and true/false swaps were almost never kept, real questions and attributions more often.
 * Organisation and "other" name clozes are where typing failed most.
 */
const TEMPLATE_TRUST: Record<string, number> = {
  "fill-blank": 0.7, "short-answer": 0.9, "entity-choice": 0.95, numeric: 0.92,
  "date-choice": 0.85, "wh-question": 1.05, quote: 1, ordering: 1,
  // No true/false of the first generation was kept as is, and both acronym questions of the two
  // blind readings were rejected (the expansion stands next to the acronym): not proposed.
  "true-false": 0.5, "stance.true-false": 0.5, acronym: 0.5,
  // "Dans quel but …?": none of the five of readings 4–8 was kept as is — « pour » often says what
  // a thing is for, not why its actor acted, and other aims of one article are rarely comparable
  // (« Décéder en 1680 » offered as an aim). Offered only to a teacher who asks for the skill.
  "relation.purpose": 0.5,
};

/**
 * Name and date clozes, by what they blank (two blind readings, 66 such questions): a blank for a
 * person, place, organisation or date was mostly answered by the type of the words around it or
 * by general knowledge — 5 of 45 name and place clozes and none of 4 date clozes were kept as is,
 * against 22 of 34 number clozes and 9 of 11 "who …?" questions on the same facts. The real
 * question on the fact (wh-question, stance, quote) is asked instead; a name cloze stays only for
 * the article's most important French sentences.
 */
const CLOZE_SLOT_TRUST: Record<"fr" | "en", Record<string, number>> = {
  fr: { person: 0.68, place: 0.5, org: 0.5, date: 0.6 },
  en: { person: 0.5, place: 0.5, org: 0.5, date: 0.5 },
};

function clozeSlotTrust(c: Candidate, lang: "fr" | "en"): number {
  if (c.template !== "entity-choice" && c.template !== "date-choice" && c.template !== "fill-blank") return 1;
  return CLOZE_SLOT_TRUST[lang][c.meta?.slot ?? ""] ?? 1;
}

/**
 * A detail asked for as a free answer ("who was the mayor at the time?", « quel nombre manque … ? »):
 * 2 of 17 kept as is in readings 13–24 (a passing office holder, a name found in the first line,
 * accepted spellings that miss the natural answer), against 65 % for number clozes with options.
 * Offered only to a teacher who asks for free answers; a quotation's speaker (stance) stays.
 */
const FREE_DETAIL_TRUST = 0.55;
function freeAnswerDetail(c: Candidate): boolean {
  return c.kind === "short_answer" && (c.skill ?? "detail") === "detail";
}

/**
 * "Pourquoi …?", "grâce à quoi …?" whose wrong options are phrases of the article (« Bâtiment
 * d'exploitation de 4 500 m² », « Développement durable »): none of 5 was kept in readings 1–26,
 * three rejected — the options are no causes, so the key stands out. Only a cause of a known kind
 * with causes of other kinds as options is proposed unasked.
 */
const UNTYPED_CAUSE_TRUST = 0.55;
function untypedCause(c: Candidate): boolean {
  return c.template === "relation.cause" && !c.meta?.typedOptions;
}

/** The product of every factor that applies to this candidate's format. */
export function formatTrust(c: Candidate, lang: "fr" | "en"): number {
  return (TEMPLATE_TRUST[c.template ?? ""] ?? 1) * clozeSlotTrust(c, lang) * (freeAnswerDetail(c) ? FREE_DETAIL_TRUST : 1) *
    (untypedCause(c) ? UNTYPED_CAUSE_TRUST : 1);
}
