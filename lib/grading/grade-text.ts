// Lenient grading of a typed answer (fill_blank, short_answer).
// Order of tests: numbers by value, then exact normalised text (the key, its accepted
// spellings, a person's surname), then small typos, which are refused whenever the response is
// at least as close to a wrong answer (Iran/Irak).
import { PERSON_TITLES } from "../analysis/lexicon/people";
import type { Language } from "../generation/contract";
import { confusablesOf } from "./confusables";
import { damerauLevenshtein, typoTolerance } from "./edit-distance";
import { MAX_ANSWER_CHARS, compactAnswer, normaliseAnswer } from "./normalise";
import { parseNumberDetailed, sameNumber } from "./numbers";
import { looksLikePersonName, surnameOf } from "./person-name";

export interface TextAnswerKey {
  answer: string;
  /** Other spellings graded as correct. */
  accepted?: string[];
  lang: Language;
  /** Wrong answers the response must not be mistaken for: the question's wrong choices and
   * any other entity of the same type (other people or places of the article). */
  wrongChoices?: string[];
  /** Whether the key is a person's name; left out, it is guessed from capitalisation. */
  person?: boolean;
}

export interface TextGrade {
  correct: boolean;
  /** Wrong, but one typo beyond the tolerance: worth a "Presque !" hint. */
  close: boolean;
  /** The key or accepted spelling the response matched. */
  matched?: string;
}

interface Form {
  /** Compact normalised text. */
  text: string;
  /** The candidate (key or accepted spelling) it stands for. */
  matched: string;
}

const WRONG: TextGrade = { correct: false, close: false };
/** The analysis's courtesy titles ("Mr.", « M. », "Dr"), as a normalised response writes them. */
const HONORIFICS = new Set([...PERSON_TITLES.fr, ...PERSON_TITLES.en].map((t) => t.replace(/\./g, "").toLowerCase()));
function withoutHonorific(normalised: string): string {
  const space = normalised.indexOf(" ");
  return space > 0 && HONORIFICS.has(normalised.slice(0, space)) ? normalised.slice(space + 1) : normalised;
}

/** A surname alone must be at least this long to identify a person. */
const MIN_SURNAME_LETTERS = 4;

export function gradeTextAnswer(response: string, key: TextAnswerKey): TextGrade {
  const raw = (response ?? "").slice(0, MAX_ANSWER_CHARS);
  const { lang } = key;
  const normalised = normaliseAnswer(raw, lang);
  if (normalised === "") return WRONG;
  const candidates = unique([key.answer, ...(key.accepted ?? [])].filter((c) => c.trim() !== ""));

  // Numbers compare by value, whatever the format; a numeric key never gets typo tolerance
  // (the digit check below keeps "2 031" from passing for "2 030").
  for (const c of candidates) {
    const k = parseNumberDetailed(c, lang);
    if (!k) continue;
    const r = parseNumberDetailed(raw, lang, { integerKey: Number.isInteger(k.value) });
    if (r && sameNumber(r.value, k.value) && unitsAgree(r.unit, k.unit, lang)) {
      return { correct: true, close: false, matched: c };
    }
  }

  const forms: Form[] = candidates.map((c) => ({ text: formOf(c, lang), matched: c }));
  const wrong = wrongForms(key, forms);
  forms.push(...surnameForms(candidates, key, wrong));

  // "Mr. Hanson", « M. Dupont »: a courtesy title before a person's name is no part of the answer
  // (reading 28: the article's own "Mr. Hanson" was not accepted for Hanson).
  const person = key.person ?? candidates.some((c) => isPerson(c, key));
  const r = compactAnswer(person ? withoutHonorific(normalised) : normalised);
  const exact = forms.find((f) => f.text === r);
  if (exact) return { correct: true, close: false, matched: exact.matched };
  if (wrong.includes(r)) return WRONG;

  let close = false;
  for (const f of forms) {
    if (digitsOf(f.text) !== digitsOf(r)) continue;
    const tolerance = typoTolerance(Array.from(f.text).length);
    const d = damerauLevenshtein(r, f.text, tolerance + 1);
    if (d > tolerance + 1) continue;
    // As close to a wrong answer as to the key: the student may well mean the wrong one.
    if (wrong.some((w) => damerauLevenshtein(r, w, d) <= d)) continue;
    if (d <= tolerance) return { correct: true, close: false, matched: f.matched };
    if (tolerance > 0) close = true;
  }
  return { correct: false, close };
}

function formOf(s: string, lang: Language): string {
  return compactAnswer(normaliseAnswer(s, lang));
}

/** Wrong choices (and, for people, their surnames) plus known look-alike country names. */
function wrongForms(key: TextAnswerKey, forms: Form[]): string[] {
  const out = new Set<string>();
  for (const w of key.wrongChoices ?? []) {
    out.add(formOf(w, key.lang));
    const surname = isPerson(w, key) ? surnameOf(w) : null;
    if (surname && letters(surname) >= MIN_SURNAME_LETTERS) out.add(formOf(surname, key.lang));
  }
  for (const f of forms) for (const c of confusablesOf(f.text)) out.add(c);
  // A wrong choice that is also an accepted spelling must not count against it.
  for (const f of forms) out.delete(f.text);
  out.delete("");
  return [...out];
}

/** Surnames of person keys, unless a wrong choice shares them (Marine / Jean-Marie Le Pen). */
function surnameForms(candidates: string[], key: TextAnswerKey, wrong: string[]): Form[] {
  const wrongWords = (key.wrongChoices ?? []).map((w) => ` ${normaliseAnswer(w, key.lang)} `);
  const out: Form[] = [];
  for (const c of candidates) {
    if (!isPerson(c, key)) continue;
    const surname = surnameOf(c);
    if (!surname || letters(surname) < MIN_SURNAME_LETTERS) continue;
    const norm = normaliseAnswer(surname, key.lang);
    const text = compactAnswer(norm);
    const shared = wrong.includes(text) || wrongWords.some((w) => w.includes(` ${norm} `));
    if (!shared) out.push({ text, matched: c });
  }
  return out;
}

function isPerson(candidate: string, key: TextAnswerKey): boolean {
  if (candidate.trim().split(/\s+/).length < 2) return false;
  return key.person ?? looksLikePersonName(candidate);
}

/** Units after a number agree when either is absent or they match up to plural and a typo. */
function unitsAgree(a: string, b: string, lang: Language): boolean {
  if (a === "" || b === "" || a === b) return true;
  const fa = singular(compactAnswer(normaliseAnswer(a, lang)));
  const fb = singular(compactAnswer(normaliseAnswer(b, lang)));
  const tolerance = typoTolerance(Math.max(fa.length, fb.length));
  return damerauLevenshtein(fa, fb, tolerance) <= tolerance;
}

function singular(s: string): string {
  return s.replace(/[sx]$/, "");
}

function digitsOf(s: string): string {
  return (s.match(/\d+/g) ?? []).join(" ");
}

function letters(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
