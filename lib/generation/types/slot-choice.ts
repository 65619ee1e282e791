// Shared body of the cloze multiple-choice templates (numbers, dates, names): blank the slot
// in its sentence and offer the key among fitting distractors.
import type { ArticleAnalysis } from "../../analysis/types";
import { excerptWith, BLANK } from "../excerpt";
import { PHRASES } from "../phrases";
import { choicesWith, danglingReference, difficultyFor, evidenceOf, explanationFor, kitFor, sentenceQuality } from "../question-kit";
import { rngFor } from "../random";
import { blankedFigure, type Slot, type SlotType, uniqueForms } from "../slots";
import type { Candidate } from "../template";
import { applyTypography, quoteExcerpt } from "../typography";

export function slotChoiceCandidates(a: ArticleAnalysis, types: SlotType[], template: string): Candidate[] {
  const { full, hash, slots } = kitFor(a);
  const out: Candidate[] = [];
  for (const slot of slots) {
    if (!types.includes(slot.type) || slot.distractors.length < 2) continue;
    // A cloze on a sentence whose pronoun or possessive points outside it is not answerable.
    if (danglingReference(full, slot.sentence)) continue;
    const c = slotChoice(full, hash, slot, template);
    if (c) out.push(c);
  }
  return out;
}

/** "eight", "18%", "11,000", "$80": an English number read with a vowel sound takes "an". */
function takesAn(option: string): boolean {
  const t = option.trim().toLowerCase().replace(/^[$€£]/u, "");
  if (/^\p{L}/u.test(t)) return /^(?:[aei]|o(?!ne))/u.test(t);
  // "eight…", "eighty…", "eight hundred…" open on 8; "eleven" and "eighteen" are the leading group
  // itself ("11", "18.5", "18,000"), not "110" or "1,800".
  return /^8/u.test(t) || /^(?:11|18)(?!\d)/u.test(t);
}

/** "a _____", "An _____": the article before a blank, with the space the options would follow. */
const ARTICLE_BEFORE_BLANK = /(?<![\p{L}])([Aa])n?[\s\u00A0]+(?=_____)/u;

/**
 * "had an _____ lower risk" with 40% among the options: only the key reads right (reading 29), and
 * "a(n)" reads as a template leftover (readings 32, 34). Options that cannot all take one article
 * carry their own: "had _____ lower risk" with "an 18%", "a 40%".
 */
function articleInOptions(prompt: string, options: string[]): { prompt: string; option: (o: string) => string } | null {
  if (new Set(options.map(takesAn)).size < 2) return null;
  const m = ARTICLE_BEFORE_BLANK.exec(prompt);
  if (!m) return null;
  const cap = m[1] === "A";
  return {
    prompt: prompt.slice(0, m.index) + prompt.slice(m.index + m[0].length),
    option: (o) => `${cap ? "A" : "a"}${takesAn(o) ? "n" : ""} ${o}`,
  };
}

function slotChoice(a: ArticleAnalysis, hash: number, slot: Slot, template: string): Candidate | null {
  const lang = a.language;
  const { from, key, bare } = blankedFigure(slot, lang);
  const cut = excerptWith(a as never, slot.sentence, from, slot.end, BLANK);
  if (!cut) return null;
  const rng = rngFor(hash, `${template}:${slot.id}`);
  // After "a"/"an", options that take the key's article when there are enough: readers called
  // "a(n)" a template leftover (reading 32); when they cannot agree, each option carries its own.
  const distractors = slot.distractors.map(bare);
  const agreeing = lang === "en" && ARTICLE_BEFORE_BLANK.test(cut) ? distractors.filter((d) => takesAn(d) === takesAn(key)) : distractors;
  const plain = choicesWith(key, agreeing.length >= Math.min(3, distractors.length) ? agreeing : distractors, 3, rng);
  const own = lang === "en" ? articleInOptions(cut, plain) : null;
  const choices = own ? plain.map(own.option) : plain;
  const answer = own ? own.option(key) : key;
  return {
    kind: "multiple_choice",
    category: "comprehension",
    source: "article",
    prompt: applyTypography(PHRASES[lang].cloze[slot.type](quoteExcerpt(own ? own.prompt : cut, lang)), lang),
    choices,
    answer,
    // Numbers: the same value written with its unit ("15 mois") for graders that accept typed answers.
    ...(slot.type === "number" ? { accepted: uniqueForms([slot.display, ...slot.accepted], [answer]) } : {}),
    evidence: evidenceOf(a, slot.sentence),
    explanation: explanationFor(a, slot.sentence, slot),
    difficulty: difficultyFor(slot.sentence, 1, slot.type === "number" && slot.distractors.length > 0 && slot.sentence.index > 2),
    template,
    score: Math.min(1, slot.weight + sentenceQuality(slot.sentence)),
    sentenceIndex: slot.sentence.index,
    meta: { slot: slot.type, fact: slot.fact ?? slot.id },
  };
}
