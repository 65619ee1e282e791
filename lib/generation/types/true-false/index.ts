// True/false: an article sentence shown as written, or with one value swapped for a
// same-type distractor (the explanation then gives the correction).
import type { QuestionTemplate, Candidate } from "../../template";
import type { FullAnalysis, Sentence } from "../../../analysis/types";
import { excerptWith } from "../../excerpt";
import { PHRASES } from "../../phrases";
import { difficultyFor, evidenceOf, explanationFor, kitFor, sentenceQuality } from "../../question-kit";
import { rngFor } from "../../random";
import { applyTypography, capitalise, quoteExcerpt } from "../../typography";

const PRONOUN = /(?<![\p{L}])(?:il|elle|ils|elles|lui|son|sa|ses|leur|leurs|he|she|they|him|his|her|their|its)(?![\p{L}])/iu;

function danglingPronoun(a: FullAnalysis, s: Sentence): boolean {
  const m = PRONOUN.exec(s.text);
  if (!m) return false;
  const at = s.start + m.index;
  return !a.entityMentions.some((e) => e.sentenceIndex === s.index && e.start < at && (e.type === "person" || e.type === "org"));
}

export const trueFalseTemplate: QuestionTemplate = {
  name: "true-false",
  generate(a) {
    const { full, hash, slots } = kitFor(a);
    const lang = a.language;
    const P = PHRASES[lang];
    const out: Candidate[] = [];
    for (const slot of slots) {
      if (slot.distractors.length < 1) continue;
      // "Elle estime que…": a statement about an unnamed "elle" cannot be judged true or false.
      if (/^(?:Il|Elle|Ils|Elles|He|She|They|It)\b/.test(slot.sentence.text)) continue;
      // "La capitale, qui porte alors son prénom, …": a pronoun or possessive before any name in the
      // sentence points outside it, so the statement cannot be judged on its own.
      if (danglingPronoun(full, slot.sentence)) continue;
      const rng = rngFor(hash, `tf:${slot.id}`);
      const makeFalse = rng() < 0.6;
      const original = a.text.slice(slot.start, slot.end);
      let replacement = makeFalse ? slot.distractors[Math.floor(rng() * Math.min(2, slot.distractors.length))] : original;
      if (makeFalse && slot.start === slot.sentence.start) replacement = capitalise(replacement);
      const ex = excerptWith(full, slot.sentence, slot.start, slot.end, replacement);
      // A statement cut out of a longer quote ("… a expliqué X") cannot be judged on its own.
      if (!ex || ex.startsWith("…")) continue;
      out.push({
        kind: "true_false",
        category: "comprehension",
        source: "article",
        prompt: applyTypography(P.trueFalse(quoteExcerpt(ex, lang)), lang),
        choices: [...P.tfLabels],
        answer: makeFalse ? P.tfLabels[1] : P.tfLabels[0],
        evidence: evidenceOf(a, slot.sentence),
        explanation: applyTypography(makeFalse ? P.tfFalse(slot.display, replacement) + " " + explanationFor(a, slot.sentence, slot) : P.tfTrue, lang),
        difficulty: difficultyFor(slot.sentence, 1),
        template: "true-false",
        // A true statement copied as written tests little: prefer the swapped (false) ones.
        score: Math.min(1, slot.weight - (makeFalse ? 0.2 : 0.3) + sentenceQuality(slot.sentence)),
        sentenceIndex: slot.sentence.index,
        // A true statement does not test the slot's value: it must not block the cloze on it.
        meta: { slot: slot.type, fact: makeFalse ? slot.id : `tf:s${slot.sentence.index}`, swap: makeFalse ? { original: slot.display, replacement } : undefined },
      });
    }
    return out;
  },
};
