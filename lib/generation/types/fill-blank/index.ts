// Free-recall cloze: the student types the missing name or date; several spellings are accepted.
import type { QuestionTemplate, Candidate } from "../../template";
import { excerptWith, BLANK } from "../../excerpt";
import { PHRASES } from "../../phrases";
import { withoutPrintedFunctions } from "../../slots";
import { danglingReference, difficultyFor, evidenceOf, explanationFor, kitFor, sentenceQuality } from "../../question-kit";
import { applyTypography, quoteExcerpt } from "../../typography";

export const fillBlankTemplate: QuestionTemplate = {
  name: "fill-blank",
  generate(a) {
    const { full, slots } = kitFor(a);
    const lang = a.language;
    const out: Candidate[] = [];
    for (const slot of slots) {
      if (slot.type === "number") continue; // numbers are asked by short-answer and numeric
      // « La capitale, qui porte alors son prénom, s'appelle _____ »: whose first name?
      if (danglingReference(full, slot.sentence)) continue;
      const ex = excerptWith(full, slot.sentence, slot.start, slot.end, BLANK);
      if (!ex) continue;
      const accepted = new Set(slot.accepted);
      if (slot.mention && slot.start < slot.mention.start) accepted.add(a.text.slice(slot.mention.start, slot.mention.end));
      accepted.delete(slot.display);
      const prompt = applyTypography(PHRASES[lang].fillBlank(quoteExcerpt(ex, lang)), lang);
      out.push({
        kind: "fill_blank",
        category: "comprehension",
        source: "article",
        prompt,
        answer: slot.display,
        // A function the excerpt prints beside the blank (« le ministre _____ ») is no answer.
        accepted: withoutPrintedFunctions([...accepted], prompt, slot.display),
        evidence: evidenceOf(a, slot.sentence),
        explanation: explanationFor(a, slot.sentence, slot),
        difficulty: difficultyFor(slot.sentence, 2),
        template: "fill-blank",
        score: Math.min(1, slot.weight - 0.1 + sentenceQuality(slot.sentence)),
        sentenceIndex: slot.sentence.index,
        meta: { slot: slot.type, fact: slot.fact ?? slot.id },
      });
    }
    return out;
  },
};
