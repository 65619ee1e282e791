// Whether a text shown to students copies a slip of the article (a misspelt word beside its
// right spelling, a phrase typed twice, two words run together, a footnote mark): see
// analysis/lexicon/spelling.ts.
import type { FullAnalysis } from "../analysis/types";
import { doubledPhrase, footnoteMark, misspellings, runTogether } from "../analysis/lexicon/spelling";

const WORD_COUNTS = new WeakMap<FullAnalysis, Map<string, number>>();
const VERDICTS = new WeakMap<FullAnalysis, Map<string, string | null>>();

/** The article's words (title and text, lower case) with how often each is written. */
function wordCounts(a: FullAnalysis): Map<string, number> {
  let m = WORD_COUNTS.get(a);
  if (!m) {
    m = new Map();
    for (const w of `${a.title} ${a.text}`.normalize("NFC").toLowerCase().match(/\p{L}+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
    WORD_COUNTS.set(a, m);
  }
  return m;
}

export function copiesSlip(a: FullAnalysis, shown: string): boolean {
  let seen = VERDICTS.get(a);
  if (!seen) VERDICTS.set(a, (seen = new Map()));
  return !!doubledPhrase(shown) || !!runTogether(shown, a.language) || !!footnoteMark(shown, a.language) || misspellings(shown, a.language, wordCounts(a), seen).length > 0;
}
