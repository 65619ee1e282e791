// Word tokens with offsets. A plain regex scan (linear, no nested quantifiers) is enough:
// letters, digit runs, and single punctuation characters; French elisions split off.
import type { Language } from "../generation/contract";
import { FR_ELISIONS } from "./lexicon/stopwords";
import type { Sentence, Token } from "./types";

const TOKEN_RE = /[\p{L}\p{M}]+|\p{N}+|[^\s\u00A0\u202F\u2009]/gu;

export function tokenize(text: string, sentences: Sentence[], lang: Language): Token[] {
  const tokens: Token[] = [];
  for (const s of sentences) {
    TOKEN_RE.lastIndex = 0;
    const body = s.text;
    let m: RegExpExecArray | null;
    while ((m = TOKEN_RE.exec(body))) {
      const start = s.start + m.index;
      const t = m[0];
      const kind = /^\p{L}/u.test(t) ? "word" : /^\p{N}/u.test(t) ? "number" : "punct";
      tokens.push({ text: t, start, end: start + t.length, kind, sentenceIndex: s.index });
    }
  }
  // Mark French elisions: word + apostrophe directly followed by a word ("l'", "d’").
  if (lang === "fr") {
    for (let i = 0; i + 2 < tokens.length; i++) {
      const a = tokens[i];
      const ap = tokens[i + 1];
      if (a.kind === "word" && (ap.text === "'" || ap.text === "’") && ap.start === a.end && tokens[i + 2].start === ap.end &&
        FR_ELISIONS.has(a.text.toLowerCase())) {
        a.elision = true;
      }
    }
  }
  return tokens;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
