// Whether a text shown to students copies a slip of the article (a misspelt word beside its
// right spelling, a phrase typed twice, two words run together, a footnote mark): see
// analysis/lexicon/spelling.ts. Also two slips of punctuation readers marked for an edit.
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

/**
 * « à bord , », "the park ." (reading 41): a space before a comma or a full stop. « Le 1er étage
 * qui correspond aux 4 boosters …, a été largué » (reading 42): a comma between a subject that
 * holds a relative clause and its verb — not an attribution after a comma (« …, a déclaré le
 * ministre »).
 */
export function punctuationSlip(shown: string, lang: "fr" | "en"): boolean {
  if (/\p{L}[\s\u00A0]+[,.](?=[\s\u00A0]|$)/u.test(shown)) return true;
  if (lang !== "fr") return false;
  return /[\p{L}\d][\s\u00A0]+qui[\s\u00A0][^,.;:()«»“”"]{3,80},[\s\u00A0]+(?:a|ont|est|sont|avait|avaient|était|étaient|sera|seront)[\s\u00A0]+(?!(?:déclaré|indiqué|précisé|affirmé|expliqué|ajouté|souligné|annoncé|estimé|assuré|rappelé|confié|dit|reconnu|poursuivi|conclu|martelé|insisté)(?![\p{L}]))\p{Ll}/u.test(shown);
}

export function copiesSlip(a: FullAnalysis, shown: string): boolean {
  let seen = VERDICTS.get(a);
  if (!seen) VERDICTS.set(a, (seen = new Map()));
  return punctuationSlip(shown, a.language) || !!doubledPhrase(shown) || !!runTogether(shown, a.language) || !!footnoteMark(shown, a.language) || misspellings(shown, a.language, wordCounts(a), seen).length > 0;
}
