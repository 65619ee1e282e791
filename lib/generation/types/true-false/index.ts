// True/false: an article sentence shown as written, or with one value swapped for a
// same-type distractor (the explanation then gives the correction).
import type { QuestionTemplate, Candidate } from "../../template";
import { excerptWith } from "../../excerpt";
import { PHRASES } from "../../phrases";
import { difficultyFor, evidenceOf, explanationFor, kitFor, sentenceQuality } from "../../question-kit";
import { rngFor } from "../../random";
import { applyTypography, capitalise, quoteExcerpt } from "../../typography";

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
      const rng = rngFor(hash, `tf:${slot.id}`);
      const makeFalse = rng() < 0.6;
      const original = a.text.slice(slot.start, slot.end);
      let replacement = makeFalse ? slot.distractors[Math.floor(rng() * Math.min(2, slot.distractors.length))] : original;
      if (makeFalse && slot.start === slot.sentence.start) replacement = capitalise(replacement);
      const ex = excerptWith(full, slot.sentence, slot.start, slot.end, replacement);
      if (!ex) continue;
      out.push({
        kind: "true_false",
        category: "comprehension",
        source: "article",
        prompt: applyTypography(P.trueFalse(quoteExcerpt(ex, lang)), lang),
        choices: [...P.tfLabels],
        answer: makeFalse ? P.tfLabels[1] : P.tfLabels[0],
        evidence: evidenceOf(a, slot.sentence),
        explanation: applyTypography(makeFalse ? P.tfFalse(slot.display, replacement) + " " + explanationFor(a, slot.sentence) : P.tfTrue, lang),
        difficulty: difficultyFor(slot.sentence, 1),
        template: "true-false",
        score: Math.min(1, slot.weight - 0.2 + sentenceQuality(slot.sentence)),
        sentenceIndex: slot.sentence.index,
        meta: { slot: slot.type, fact: slot.id, swap: makeFalse ? { original: slot.display, replacement } : undefined },
      });
    }
    return out;
  },
};
