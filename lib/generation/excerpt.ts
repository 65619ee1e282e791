// Article excerpts for prompts: the evidence sentence with an optional blank or replacement,
// cut to the clauses around the gap when the sentence is long.
import type { FullAnalysis, Sentence } from "../analysis/types";
import { quotesBalanced } from "../analysis/sentences";
import { tidySpaces } from "./typography";
import { doubledPhrase } from "../analysis/lexicon/spelling";
import { furnitureLength } from "./datelines";

export const BLANK = "_____";
const MAX_WORDS = 38;

function wordCount(s: string): number {
  return s.split(/[\s\u00A0\u202F]+/).filter(Boolean).length;
}

/** Is this sentence usable as question material at all? */
export function usableSentence(s: Sentence, allowUnbalanced = false): boolean {
  if (s.isHeading || (!s.quotesBalanced && !allowUnbalanced)) return false;
  // « plus de plus de 4 000 personnes »: a phrase typed twice, which a prompt would copy (reading 32).
  if (doubledPhrase(s.text)) return false;
  const n = wordCount(s.text);
  // « … dont 4 nouvellement créés : » introduces the list that follows; alone it says nothing whole (reading 20).
  return n >= 6 && n <= 80 && !/\?$/.test(s.text) && !/:[\s\u00A0]*$/u.test(s.text);
}

/**
 * The sentence with [start, end) replaced by `replacement`, trimmed to the clauses around it when long.
 * Returns null when the result would be unbalanced or unusable.
 */
export function excerptWith(a: FullAnalysis, s: Sentence, start: number, end: number, replacement: string): string | null {
  if (!usableSentence(s, true) || start < s.start || end > s.end) return null;
  let lo = s.start;
  let hi = s.end;
  let cutLeft = false;
  let cutRight = false;
  if (!s.quotesBalanced) {
    // A sentence inside a multi-sentence quote: keep only the side of the gap without quote marks.
    const marks: number[] = [];
    for (let i = s.start; i < s.end; i++) if (/[«»“”"]/.test(a.text[i])) marks.push(i);
    if (marks.every((i) => i < start)) {
      lo = marks[marks.length - 1] + 1;
      while (lo < start && /[\s\u00A0\u202F,]/.test(a.text[lo])) lo++;
      cutLeft = true;
    } else if (marks.every((i) => i >= end)) {
      hi = marks[0];
      cutRight = true;
    } else return null;
  }
  // The page's furniture before the sentence (a bullet, a dateline) is no part of what is asked.
  if (lo === s.start) {
    const furniture = furnitureLength(a.text.slice(lo, start));
    if (furniture > 0 && furniture < start - lo) lo += furniture;
  }
  const before = (cutLeft ? "… " : "") + a.text.slice(lo, start);
  const after = a.text.slice(end, hi) + (cutRight ? " …" : "");
  let full = before + replacement + after;
  if (wordCount(full) > MAX_WORDS) {
    // Split at ", " / "; " boundaries outside numbers, keep the clause with the gap plus neighbours.
    const gapAt = before.length;
    const cuts: number[] = [0];
    const re = /[,;:][\s\u00A0\u202F]/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(full))) cuts.push(m.index + 1);
    cuts.push(full.length);
    let ci = 0;
    while (ci + 1 < cuts.length && cuts[ci + 1] <= gapAt) ci++;
    let lo = ci;
    let hi = ci + 1;
    const piece = () => full.slice(cuts[lo], cuts[hi]);
    while (wordCount(piece()) < 14 && (lo > 0 || hi < cuts.length - 1)) {
      if (hi < cuts.length - 1) hi++;
      if (wordCount(piece()) < 14 && lo > 0) lo--;
    }
    // "… of which _____ became hurricanes": a relative opening the cut points to nothing shown;
    // the clause before it comes along (reading 7).
    const RELATIVE_OPENING = /^(?:of which|of whom|which|who|whom|whose|where|dont|qui|que|qu['’]|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|duquel)(?![\p{L}])/iu;
    while (lo > 0 && RELATIVE_OPENING.test(piece().trim().replace(/^[,;:]\s*/, ""))) lo--;
    if (wordCount(piece()) > 60) return null;
    let t = piece().trim().replace(/^[,;:]\s*/, "");
    if (lo > 0) t = "… " + t;
    if (hi < cuts.length - 1) t = t.replace(/[,;:]$/, "") + " …";
    full = t;
  }
  full = tidySpaces(full);
  if (!quotesBalanced(full) || !full.includes(replacement)) return null;
  return full;
}
