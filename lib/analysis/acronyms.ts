// Acronyms with their expansion: "Organisation du traité de sécurité collective (OTSC)"
// and "OTAN (Organisation du traité de l'Atlantique nord)". Initials must match the letters,
// in order or (for borrowed acronyms such as ESA) as the same set of letters.
import type { Language } from "../generation/contract";
import { fold } from "./fold";
import type { AcronymMention, Sentence, Token } from "./types";

const MINOR: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["de", "du", "des", "la", "le", "les", "l", "d", "et", "à", "a", "en", "pour", "sur", "aux", "au"]),
  en: new Set(["of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "&"]),
};

/** "World Health Organization" → "WHO": the initials of the words that are not minor words, in order. */
export function initialsOf(name: string, lang: Language): string {
  return name.split(/[\s\u00A0'’-]+/u).filter((w) => w && !MINOR[lang].has(w.toLowerCase())).map((w) => fold(w).charAt(0)).join("");
}

function initialsMatch(words: string[], acronym: string): boolean {
  const initials = words.map((w) => fold(w).charAt(0)).join("");
  const letters = fold(acronym).replace(/[^a-z]/g, "");
  if (initials === letters) return true;
  return initials.length === letters.length && [...initials].sort().join("") === [...letters].sort().join("");
}

export function extractAcronyms(text: string, sentences: Sentence[], tokens: Token[], lang: Language): AcronymMention[] {
  const out: AcronymMention[] = [];
  const bySentence = new Map<number, Token[]>();
  for (const t of tokens) {
    let l = bySentence.get(t.sentenceIndex);
    if (!l) bySentence.set(t.sentenceIndex, (l = []));
    l.push(t);
  }
  for (const s of sentences) {
    const toks = bySentence.get(s.index) ?? [];
    for (let i = 1; i + 2 < toks.length; i++) {
      // Pattern 1: expansion ( ACR )
      if (toks[i].text === "(" && toks[i + 2].text === ")" && /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(toks[i + 1].text)) {
        const acronym = toks[i + 1].text;
        const n = acronym.replace(/[^\p{L}]/gu, "").length;
        const content: Token[] = [];
        let k = i - 1;
        let first = -1;
        while (k >= 0 && content.length < n) {
          const t = toks[k];
          if (t.kind === "punct" && t.text !== "'" && t.text !== "’" && t.text !== "-") break;
          if (t.kind === "word" && !MINOR[lang].has(t.text.toLowerCase()) && !t.elision) {
            content.unshift(t);
            first = k;
          }
          k--;
        }
        if (content.length === n && first >= 0 && initialsMatch(content.map((t) => t.text), acronym)) {
          const expansionStart = toks[first].start;
          const expansionEnd = toks[i - 1].end;
          out.push({ start: expansionStart, end: toks[i + 2].end, sentenceIndex: s.index, acronym,
            expansion: text.slice(expansionStart, expansionEnd), expansionStart, expansionEnd });
        }
        continue;
      }
      // Pattern 2: ACR ( expansion )
      if (/^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(toks[i - 1].text) && toks[i].text === "(") {
        let j = i + 1;
        while (j < toks.length && toks[j].text !== ")" && j - i < 20) j++;
        if (j >= toks.length || toks[j].text !== ")") continue;
        const words = toks.slice(i + 1, j).filter((t) => t.kind === "word" && !MINOR[lang].has(t.text.toLowerCase()) && !t.elision);
        if (words.length && initialsMatch(words.map((t) => t.text), toks[i - 1].text)) {
          const expansionStart = toks[i + 1].start;
          const expansionEnd = toks[j - 1].end;
          out.push({ start: toks[i - 1].start, end: toks[j].end, sentenceIndex: s.index, acronym: toks[i - 1].text,
            expansion: text.slice(expansionStart, expansionEnd), expansionStart, expansionEnd });
        }
      }
    }
  }
  return out;
}
