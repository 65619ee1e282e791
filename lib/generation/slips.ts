// Whether a text shown to students copies a slip of the article (a misspelt word beside its
// right spelling, a phrase typed twice, two words run together, a footnote mark): see
// analysis/lexicon/spelling.ts. Also two slips of punctuation readers marked for an edit.
import type { FullAnalysis } from "../analysis/types";
import { doubledPhrase, footnoteMark, misspellings, runTogether } from "../analysis/lexicon/spelling";
import { nounGender } from "../analysis/lexicon/french-genders";
import { MONTHS, WEEKDAYS } from "../analysis/lexicon/calendar";
import { NUMBER_WORDS } from "../analysis/lexicon/number-words";
import { STOPWORDS } from "../analysis/lexicon/stopwords";
import { firstNameGender } from "../analysis/lexicon/first-names";
import { isCalendarYear } from "./count-cues";

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

/**
 * « trois embarcation » (reading 45): a French count of two or more before a noun the Lefff
 * knows in the singular only. Not a year, a month or a weekday (« le 3 janvier »), nor a decimal
 * below two (« 1,4 tonne »).
 */
/** Month and weekday names: invariable nouns after a count (« 3 mars »). */
const CALENDAR_FR: ReadonlySet<string> = new Set([...MONTHS.fr, ...WEEKDAYS.fr]);

export function countAgreementSlip(shown: string): boolean {
  // The noun is read in a lookahead: « à trois embarcation » must not lose « trois » to « à ».
  // Not after a capitalised word: « le Falcon 50 repère » is a model and a verb.
  const re = /(?<![\p{L}\d,.'’-])(?<!\p{Lu}[\p{L}-]*[\s\u00A0])(\d+(?:,\d+)?|\p{Ll}+)(?=[\s\u00A0\u202F]+(\p{Ll}{4,})(?![\p{L}\d'’-]))/gu;
  for (const m of shown.matchAll(re)) {
    const value = /^\d/u.test(m[1]) ? Number(m[1].replace(",", ".")) : Object.hasOwn(NUMBER_WORDS.fr, m[1]) ? NUMBER_WORDS.fr[m[1]] : undefined;
    // Not a year either (« la loi de 1791 portant … »).
    if (value === undefined || !(value >= 2) || (/^\d{4}$/u.test(m[1]) && isCalendarYear(value, 1000))) continue;
    const noun = m[2];
    if (/[sxz]$/u.test(noun) || CALENDAR_FR.has(noun) || Object.hasOwn(NUMBER_WORDS.fr, noun) || STOPWORDS.fr.has(noun) || /^(?:mille|cent|vingt)$/u.test(noun)) continue;
    if (nounGender(noun)) return true;
  }
  return false;
}

/**
 * « Boileau, ChateaubriandPaul Deschanel ou René Clair » (reading 47): a name glued to the first
 * name of the next person, followed by that person's surname, written once in the article (a
 * brand such as "EchoStar XVII" is written again).
 */
export function gluedNames(shown: string, timesWritten: (word: string) => number): boolean {
  for (const m of shown.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}{3,}(\p{Lu}\p{Ll}{2,}))[\s\u00A0]+\p{Lu}/gu)) {
    if (firstNameGender(m[2]) && timesWritten(m[1].normalize("NFC").toLowerCase()) <= 1) return true;
  }
  return false;
}

export function copiesSlip(a: FullAnalysis, shown: string): boolean {
  let seen = VERDICTS.get(a);
  if (!seen) VERDICTS.set(a, (seen = new Map()));
  if (a.language === "fr" && countAgreementSlip(shown)) return true;
  if (gluedNames(shown, (w) => wordCounts(a).get(w) ?? 0)) return true;
  return punctuationSlip(shown, a.language) || !!doubledPhrase(shown) || !!runTogether(shown, a.language) || !!footnoteMark(shown, a.language) || misspellings(shown, a.language, wordCounts(a), seen).length > 0;
}
