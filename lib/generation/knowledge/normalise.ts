// Matching view of a text: accents stripped, ligatures expanded, apostrophes, dashes and
// spaces unified, with a map back to the original offsets so matches can be cut verbatim.

export interface FoldedText {
  /** Folded text, case kept (for acronym and capital-letter checks). */
  folded: string;
  /** Same text lower-cased; same length as `folded`. */
  lower: string;
  /** For each folded UTF-16 unit: start offset of its source character in the original. */
  starts: number[];
  /** For each folded UTF-16 unit: end offset of its source character in the original. */
  ends: number[];
}

const LIGATURES: Record<string, string> = { "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss" };
const APOSTROPHES = /[’ʼ‘`´′]/;
const DASHES = /[‐‑‒–—−]/;
const SPACES = /[\u00A0\u202F\u2009\u2007\u200A\t\n\r]/;

/** Fold one character (code point). Never changes letter case, so case checks stay possible. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Fast path: printable ASCII folds to itself.
  if (code >= 0x20 && code < 0x7f && ch !== "`") return ch;
  if (LIGATURES[ch]) return LIGATURES[ch];
  if (APOSTROPHES.test(ch)) return "'";
  if (DASHES.test(ch)) return "-";
  if (SPACES.test(ch)) return " ";
  return ch.normalize("NFD").replace(/\p{M}/gu, "");
}

export function foldText(text: string): FoldedText {
  const folded: string[] = [];
  const lower: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    const l = f.toLowerCase();
    // Lower-casing can change length for a few exotic letters: keep the case then.
    folded.push(f);
    lower.push(l.length === f.length ? l : f);
    for (let k = 0; k < f.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    i += ch.length;
  }
  return { folded: folded.join(""), lower: lower.join(""), starts, ends };
}

const KEY_MEMO = new Map<string, string>();
/** One long string (the article, folded once per organisation question) is remembered. */
let lastLong: { s: string; r: string } | null = null;

/** Folded, lower-cased form of a short string (aliases, answers). */
export function foldKey(s: string): string {
  if (s.length > 200 && lastLong?.s === s) return lastLong.r;
  let r = KEY_MEMO.get(s);
  if (r === undefined) {
    r = foldText(s.normalize("NFC")).lower.replace(/\s+/g, " ").trim();
    // Distractor filters fold the same few hundred names many times per run; long texts are
    // not kept (they are folded once and would only pin memory).
    if (s.length <= 200) {
      if (KEY_MEMO.size > 20_000) KEY_MEMO.clear();
      KEY_MEMO.set(s, r);
    } else {
      lastLong = { s, r };
    }
  }
  return r;
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
