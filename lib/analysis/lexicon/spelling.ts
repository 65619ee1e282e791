// Misspellings an article would pass on to a question: « bioététhanol », "hastag", « plus de
// plus de ». Readers marked every question that copied one for an edit (19 in readings 1–34).
// A word is a slip when the article spells one slip away from it (a letter dropped, added,
// swapped or replaced, or two letters typed twice) a word it uses elsewhere, and no word list
// knows it in any form. Without the article's own spelling to compare, a word the lists lack is
// most often a rare word, not a typo: on the 440 articles read so far, judging words by the lists
// alone flagged 34 words, about half of them sound (« germanophones », "landfalling"); against
// the article's own words, 3, all slips.
//
// Word lists: an-array-of-french-words (~336 000 forms) and an-array-of-english-words (~275 000),
// MIT. Each is one JSON array sorted by UTF-8 bytes; it is searched in place as bytes, because the
// generator runs in a fresh worker per request and parsing 4 MB of JSON would cost more than the
// whole generation (about 130 ms against 50). It is read only when a word has a neighbour.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Lang = "fr" | "en";

const PACKAGE: Record<Lang, string> = { fr: "an-array-of-french-words", en: "an-array-of-english-words" };
const lists = new Map<Lang, Buffer | null>();

function listOf(lang: Lang): Buffer | null {
  if (lists.has(lang)) return lists.get(lang)!;
  let buf: Buffer | null = null;
  try {
    // The bundled worker is CommonJS (require exists); tsx and Vitest load this file as a module.
    const req = typeof require === "function" ? require : createRequire(import.meta.url);
    buf = readFileSync(req.resolve(PACKAGE[lang]));
  } catch {
    // Without its list the check says nothing: a question is never lost to a missing package.
    buf = null;
  }
  lists.set(lang, buf);
  return buf;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const OPEN = 0x5b;

/** The first letter of the entry holding byte `at` (or of the one before, on a separator). */
function startAt(buf: Buffer, at: number): number {
  let i = at;
  // An entry opens on a quote that follows `[` or `,` (words hold no quote or comma).
  while (i > 1 && !(buf[i - 1] === QUOTE && (buf[i - 2] === COMMA || buf[i - 2] === OPEN))) i--;
  return i;
}

/** Binary search over the entries of `["w1","w2",…]`, as bytes (UTF-8 order is the list's order). */
function inList(buf: Buffer, word: string): boolean {
  const key = Buffer.from(word, "utf8");
  let lo = 2;
  let hi = startAt(buf, buf.length - 3);
  while (lo <= hi) {
    const s = startAt(buf, (lo + hi) >>> 1);
    const e = buf.indexOf(QUOTE, s);
    const c = Buffer.compare(buf.subarray(s, e), key);
    if (c === 0) return true;
    if (c < 0) lo = e + 3;
    else if (s === lo) return false;
    else hi = startAt(buf, s - 4);
  }
  return false;
}

const knownCache = new Map<string, boolean>();

/** Whether the language's word list has this word (lower case). */
export function knownWord(word: string, lang: Lang): boolean {
  // The lists write « oeuvre », not « œuvre ».
  const w = word.normalize("NFC").replace(/œ/g, "oe").replace(/æ/g, "ae");
  const k = `${lang}:${w}`;
  let v = knownCache.get(k);
  if (v === undefined) {
    const buf = listOf(lang);
    v = buf ? inList(buf, w) : true;
    if (knownCache.size > 50_000) knownCache.clear();
    knownCache.set(k, v);
  }
  return v;
}

/**
 * Spellings the lists do not hold but French allows: the 1990 reform drops the circumflex on i
 * and u (« maitrise », « apparait ») and writes è in the future (« opèrera »).
 */
function rectified(w: string, lang: Lang): boolean {
  if (lang !== "fr") return false;
  for (let i = 0; i < w.length; i++) {
    const alt = w[i] === "i" ? "î" : w[i] === "u" ? "û" : w[i] === "è" ? "é" : null;
    if (alt && knownWord(w.slice(0, i) + alt + w.slice(i + 1), lang)) return true;
  }
  return false;
}

const LETTERS: Record<Lang, string> = {
  fr: "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿ",
  en: "abcdefghijklmnopqrstuvwxyz",
};

/**
 * Words one slip away inside the word: a letter dropped, added or replaced, or two swapped. The
 * first and last letters stay: changing them turns derived and inflected words the lists lack
 * (« métropolitaine », « bretonnes », "blast") into other words, and slips there are rarer.
 */
function oneSlip(w: string, lang: Lang): string[] {
  const out: string[] = [];
  for (let i = 1; i < w.length - 1; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  for (let i = 1; i + 1 < w.length; i++) if (w[i] !== w[i + 1]) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  for (let i = 1; i < w.length; i++) for (const c of LETTERS[lang]) {
    out.push(w.slice(0, i) + c + w.slice(i));
    if (i < w.length - 1 && c !== w[i]) out.push(w.slice(0, i) + c + w.slice(i + 1));
  }
  return out;
}

/** Two letters typed twice: « bioététhanol » is « bioéthanol » with its « ét » repeated. */
function typedTwice(w: string): string[] {
  const out: string[] = [];
  for (let i = 2; i + 2 <= w.length; i++) if (w.slice(i - 2, i) === w.slice(i, i + 2)) out.push(w.slice(0, i) + w.slice(i + 2));
  return out;
}

/**
 * A form the list lacks of a word it has: an ending (« ciblées », « métropolitaines ») or a prefix
 * (« réapproprier », « surchasse »); or a word of the other language (« papier » in English,
 * "tweets" in French).
 */
function derived(w: string, lang: Lang): boolean {
  const stem = /(?:ées|ée|és|es|s|e|x)$/u.exec(w);
  if (stem && w.length - stem[0].length >= 4) {
    const base = w.slice(0, stem.index);
    if (knownWord(base, lang) || (stem[0].startsWith("é") && knownWord(`${base}é`, lang))) return true;
  }
  const prefix = (lang === "fr" ? /^(?:ré|re|dé|co|in|im|sur|sous|anti|multi|pré|auto|inter|mini|micro|bio|néo)/u : /^(?:re|de|co|un|in|im|over|under|anti|multi|pre|auto|inter|mini|micro|bio|neo|non|sub)/u).exec(w);
  if (prefix && w.length - prefix[0].length >= 4 && knownWord(w.slice(prefix[0].length), lang)) return true;
  return knownWord(w, lang === "fr" ? "en" : "fr");
}

/** "épidémiologiques" beside « épidémiologique »: an ending the list lacks, not a slip. */
function inflectionOf(w: string, meant: string): boolean {
  const [long, short] = w.length >= meant.length ? [w, meant] : [meant, w];
  return long.startsWith(short) && /^[sxe]{1,2}$/u.test(long.slice(short.length));
}

/** Letters only, lower case, apostrophes inside (English "couldn't" stays one word). */
const WORD: Record<Lang, RegExp> = {
  fr: /[\p{L}]+/gu,
  en: /[\p{L}]+(?:['’][\p{L}]+)*/gu,
};

/**
 * The misspelt words of `text`, each with the article's word it was meant to be. `articleWords`
 * counts the article's words (lower case). Only lower-case words of five letters or more are
 * judged, outside hyphenated compounds and elisions: capitals are names, short words have too
 * many neighbours, and the lists hold compounds and elided words only whole.
 */
export function misspellings(text: string, lang: Lang, articleWords: ReadonlyMap<string, number>,
  /** Verdicts already reached for words of the same article (the same words recur in every question). */
  seen: Map<string, string | null> = new Map()): { word: string; meant: string }[] {
  const out: { word: string; meant: string }[] = [];
  const t = text.normalize("NFC");
  for (const m of t.matchAll(WORD[lang])) {
    const word = m[0];
    const end = m.index + word.length;
    if (/[-'’]/u.test(t[m.index - 1] ?? "") || t[end] === "-" || /['’]/u.test(word)) continue;
    if (word.length < 5 || word !== word.toLowerCase()) continue;
    let meant = seen.get(word);
    if (meant === undefined) seen.set(word, (meant = slipOf(word, lang, articleWords)));
    if (meant) out.push({ word, meant });
  }
  return out;
}

function slipOf(word: string, lang: Lang, articleWords: ReadonlyMap<string, number>): string | null {
  // Spelt so more than once: the article's own term, whatever the lists say.
  if ((articleWords.get(word) ?? 0) >= 2) return null;
  // "greements" for "agreements" (reading 98): the first letter dropped, where the article writes the word whole.
  const meant = oneSlip(word, lang).find((x) => articleWords.has(x) && !inflectionOf(word, x)) ?? typedTwice(word).find((x) => articleWords.has(x)) ??
    [...LETTERS[lang]].map((c) => c + word).find((x) => articleWords.has(x)) ??
    // "the union (negotiating) ommittee" (reading 188): a long word with its first letter lost, where
    // the word list knows it whole and the article does not write it.
    (word.length >= 7 ? [...LETTERS[lang]].map((c) => c + word).find((x) => knownWord(x, lang)) : undefined);
  if (!meant || knownWord(word, lang) || rectified(word, lang) || derived(word, lang)) return null;
  return meant;
}

/**
 * Two words run together, a lower-case word and a name: « du journalistePhilippe Lançon »
 * (reading 35). Brands written so start with a short word ("iPhone", "easyJet"): the first part
 * must be a word of five letters or more that the list knows.
 */
export function runTogether(text: string, lang: Lang): string | null {
  for (const m of text.normalize("NFC").matchAll(/(?<![\p{L}])(\p{Ll}{5,})(\p{Lu}\p{Ll}+)/gu)) {
    if (knownWord(m[1], lang)) return m[0];
  }
  // « les données de 64 glaciersont été traitées » (reading 152): a word glued to the auxiliary or
  // article after it, where the whole is no word.
  const next = lang === "fr" ? "ont|sont|est|les|des" : "the|and|was|were|has|have";
  for (const m of text.normalize("NFC").matchAll(new RegExp(`(?<![\\p{L}'’-])(\\p{Ll}{5,})(${next})(?![\\p{L}'’-])`, "gu"))) {
    if (knownWord(m[1], lang) && !knownWord(m[0], lang)) return m[0];
  }
  return null;
}

/**
 * A footnote mark left on a word: « les chercheurs ont décrit 601 taxons1, soit … » (reading 37).
 * Names with a figure ("Sentinel-1", "NH3", "A320") are capitalised or short.
 */
export function footnoteMark(text: string, lang: Lang): string | null {
  for (const m of text.normalize("NFC").matchAll(/(?<![\p{L}\d-])(\p{Ll}{4,})\d{1,2}(?![\p{L}\d])/gu)) {
    if (knownWord(m[1], lang)) return m[0];
  }
  return null;
}

/**
 * A phrase typed twice in a row: « plus de plus de », "the the", "urged urged", "The the" opening a
 * sentence. Some repeats are grammar (« nous nous », « de plus en plus en », "had had", "that
 * that"); a name may repeat with another case ("Anguilla anguilla", "FIRST"), so the repeat must
 * be exact but for the capital that opens a sentence.
 */
export function doubledPhrase(text: string): string | null {
  const re = /(?<![\p{L}'’])((?:[\p{L}'’]+[\s\u00A0]+){0,2}[\p{L}'’]+)[\s\u00A0]+\1(?![\p{L}'’])/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const first = m[1];
    const second = m[0].slice(m[0].length - first.length);
    // Look again from the next word: "the the" may follow a pair that was not a slip.
    re.lastIndex = m.index + 1;
    const opensSentence = /(?:^|[.!?…][\s\u00A0]+|[«“"][\s\u00A0]*)$/u.test(text.slice(0, m.index));
    if (first !== second && !(opensSentence && first === second.charAt(0).toUpperCase() + second.slice(1))) continue;
    if (/^plus en$|^en plus$/iu.test(first)) continue;
    if (/^(?:nous|vous|que|qu['’]il|très|bien|trop|si|no|yes|bye|ha|so|very|had|that|là|beau|bon|peu|plus|pas|fort|quand|long|far|more|again|over|round|by|day|time|side|little|ever|step|one|each|year|week|month|hand|back|face|door|arm)$/iu.test(first)) continue;
    return m[0];
  }
  return null;
}
