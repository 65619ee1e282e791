// Matching view of text: case, accents, ligatures, apostrophe/quote styles and space kinds
// must not decide whether two strings are "the same". Lengths are NOT preserved.

const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss" };

const FOLD_MEMO = new Map<string, string>();

/** Lower-case, accent-free, one ASCII space between words, straight apostrophes, no quote marks. */
export function fold(s: string): string {
  let r = FOLD_MEMO.get(s);
  if (r === undefined) {
    r = foldUncached(s);
    // Templates fold the same names and sentences many times (sort comparators, dedupe
    // filters); a bounded memo of the short ones removes the repeated regex passes.
    if (s.length <= 1000) {
      if (FOLD_MEMO.size > 20_000) FOLD_MEMO.clear();
      FOLD_MEMO.set(s, r);
    }
  }
  return r;
}

function foldUncached(s: string): string {
  return s
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/[«»“”„"]/g, " ")
    .replace(/[\s\u00A0\u202F\u2009\u2007]+/g, " ")
    .trim();
}

const WORDS_MEMO = new Map<string, string>();

/** Fold and keep only letters, digits and single spaces: for whole-word containment tests. */
export function foldWords(s: string): string {
  let r = WORDS_MEMO.get(s);
  if (r === undefined) {
    r = fold(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    // Validators fold the same sentences many times; a bounded memo keeps that linear.
    if (WORDS_MEMO.size > 20_000) WORDS_MEMO.clear();
    WORDS_MEMO.set(s, r);
  }
  return r;
}

/** Does `needle` occur in `hay` as whole words (accent-, case-, space- and punctuation-insensitive)? */
export function containsWords(hay: string, needle: string): boolean {
  const n = foldWords(needle);
  if (!n) return false;
  return ` ${foldWords(hay)} `.includes(` ${n} `);
}

/** Same as containsWords but also ignores spaces, so "2 030" matches "2030". */
export function containsCompact(hay: string, needle: string): boolean {
  const n = foldWords(needle).replace(/ /g, "");
  if (!n) return false;
  return foldWords(hay).replace(/ /g, "").includes(n);
}

export function isUpperInitial(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}][\p{Lu}\d&]+$/u.test(word);
}

export function isVowelInitial(word: string): boolean {
  return /^[aeiouyhàâäéèêëîïôöûüœæ]/i.test(word.normalize("NFC"));
}
