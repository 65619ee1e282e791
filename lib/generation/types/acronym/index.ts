// Acronym expansion, both ways: "Que signifie le sigle OTSC ?" (choices) and
// "Quel sigle désigne « Organisation du traité de sécurité collective » ?" (short answer).
import type { QuestionTemplate, Candidate } from "../../template";
import { fold } from "../../../analysis/fold";
import { ORG_NAMES } from "../../distractors/org-names";
import { PHRASES } from "../../phrases";
import { choicesWith, difficultyFor, evidenceOf, kitFor } from "../../question-kit";
import { rngFor, shuffle } from "../../random";
import { applyTypography, quoteExcerpt } from "../../typography";

function initials(s: string): string {
  return fold(s).split(/[\s']+/).filter((w) => w.length > 3 || /^[a-z]{2,3}$/.test(w) && !["de", "du", "des", "la", "le", "les", "of", "the", "and", "for", "et"].includes(w))
    .map((w) => w[0]).join("");
}

export const acronymTemplate: QuestionTemplate = {
  name: "acronym",
  generate(a) {
    const { full, hash } = kitFor(a);
    const lang = a.language;
    const P = PHRASES[lang];
    const out: Candidate[] = [];
    const seen = new Set<string>();
    for (const x of full.acronyms) {
      if (seen.has(x.acronym)) continue;
      seen.add(x.acronym);
      const s = full.sentences[x.sentenceIndex];
      const rng = rngFor(hash, `acronym:${x.acronym}`);
      const letters = fold(x.acronym);
      const firstWord = fold(x.expansion).split(" ")[0];
      const n = x.expansion.split(/\s+/).length;
      const fromArticle = full.acronyms.filter((y) => y.acronym !== x.acronym).map((y) => y.expansion);
      const folded = fold(x.expansion);
      const filtered = shuffle(ORG_NAMES[lang], rng).filter((o) => initials(o) !== letters && fold(o) !== folded);
      // Scores computed once, not inside the comparator (same values, so the same stable order).
      const scores = new Map(filtered.map((o) => [o, score(o)]));
      const pool = filtered.sort((p, q) => scores.get(q)! - scores.get(p)!);
      function score(o: string): number {
        return (fold(o).split(" ")[0] === firstWord ? 2 : 0) - Math.abs(o.split(/\s+/).length - n) * 0.3;
      }
      // First spelling of each folded form, in order (was an O(n²) findIndex filter).
      const distractors: string[] = [];
      const seenFolded = new Set<string>();
      for (const d of [...fromArticle, ...pool]) {
        const k = fold(d);
        if (seenFolded.has(k)) continue;
        seenFolded.add(k);
        distractors.push(d);
        if (distractors.length === 3) break;
      }
      const explanation = applyTypography(P.acronymExplain(x.acronym, x.expansion), lang);
      out.push({
        kind: "multiple_choice",
        category: "comprehension",
        source: "article",
        prompt: applyTypography(P.acronym(x.acronym), lang),
        choices: choicesWith(x.expansion, distractors, 3, rng),
        answer: x.expansion,
        evidence: evidenceOf(full, s),
        explanation,
        difficulty: difficultyFor(s, 1),
        template: "acronym",
        skill: "vocabulary",
        score: 0.9,
        sentenceIndex: s.index,
        meta: { slot: "org", fact: `acronym:${x.acronym}` },
      });
      out.push({
        kind: "short_answer",
        category: "comprehension",
        source: "article",
        prompt: applyTypography(P.acronymReverse(quoteExcerpt(x.expansion, lang)), lang),
        answer: x.acronym,
        accepted: [x.acronym.split("").join(".")],
        evidence: evidenceOf(full, s),
        explanation,
        difficulty: difficultyFor(s, 2),
        template: "acronym",
        skill: "vocabulary",
        score: 0.7,
        sentenceIndex: s.index,
        meta: { slot: "org", fact: `acronym:${x.acronym}` },
      });
    }
    return out;
  },
};
