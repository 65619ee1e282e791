// Validators: the automated deficiency list. Any question that breaks a contract rule is
// dropped, never repaired, so what reaches a student has passed every check.
import type { ArticleAnalysis, Sentence } from "../analysis/types";
import { containsCompact, containsWords, fold, foldWords } from "../analysis/fold";
import { normaliseAnswer } from "../grading/normalise";
import { ANSWER_OUTSIDE_EVIDENCE, QUESTION_KINDS, QUESTION_SKILLS, type Language } from "./contract";
import { mixedEntityChoices } from "./entity-kinds";
import { BLANK } from "./excerpt";
import { PHRASES } from "./phrases";
import type { Candidate } from "./template";

export interface Dropped {
  reason: string;
  candidate: Candidate;
}

function balanced(s: string): boolean {
  const count = (c: string) => s.split(c).length - 1;
  if (count("«") !== count("»") || count("“") !== count("”") || count("(") !== count(")")) return false;
  // Order matters too: a closing mark before its opening one is not balanced.
  let depth = 0;
  for (const ch of s) {
    if (ch === "«" || ch === "(" || ch === "“") depth++;
    else if (ch === "»" || ch === ")" || ch === "”") depth--;
    if (depth < 0) return false;
  }
  return true;
}

const BAD_CONTRACTION = /(?<![\p{L}])(?:de|à)[\s\u00A0]+(?:le|les)(?![\p{L}'’])/giu;

function countBad(s: string): number {
  return (s.match(BAD_CONTRACTION) ?? []).length;
}

/** The answer (or any spelling of it) is written in the prompt. */
function leaks(prompt: string, answers: string[]): boolean {
  return answers.some((x) => x.trim().length > 0 && containsWords(prompt, x));
}

function inEvidence(evidence: string, answer: string): boolean {
  return containsWords(evidence, answer) || (/\d/.test(answer) && containsCompact(evidence, answer));
}

function numericValue(s: string, lang: Language): number | null {
  const digits = lang === "fr" ? s.replace(/[\s\u00A0\u202F]/g, "").replace(",", ".") : s.replace(/,/g, "");
  const m = /(\d+(?:\.\d+)?)/.exec(digits);
  return m ? Number(m[1]) : null;
}

const NORM_MEMO = new Map<string, string>();

/** normaliseAnswer, remembered: every choice is compared with the key and each accepted form. */
function norm(s: string, lang: Language): string {
  const k = `${lang}\u0000${s}`;
  let r = NORM_MEMO.get(k);
  if (r === undefined) {
    r = normaliseAnswer(s, lang);
    if (NORM_MEMO.size > 20_000) NORM_MEMO.clear();
    NORM_MEMO.set(k, r);
  }
  return r;
}

function sameAnswer(x: string, y: string, lang: Language): boolean {
  const a = norm(x, lang);
  const b = norm(y, lang);
  if (a === b) return true;
  if (a.length >= 3 && b.length >= 3 && (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `))) return true;
  if (/\d/.test(x) && /\d/.test(y)) {
    const vx = numericValue(x, lang);
    const vy = numericValue(y, lang);
    if (vx !== null && vx === vy && foldWords(x).replace(/[\d\s]/g, "") === foldWords(y).replace(/[\d\s]/g, "")) return true;
  }
  return false;
}

const CONTENT_MEMO = new Map<string, Set<string>>();

/** Words longer than 3 letters (read-only result, shared between calls). */
function contentWords(s: string): Set<string> {
  let r = CONTENT_MEMO.get(s);
  if (!r) {
    r = new Set(foldWords(s).split(" ").filter((w) => w.length > 3));
    if (CONTENT_MEMO.size > 20_000) CONTENT_MEMO.clear();
    CONTENT_MEMO.set(s, r);
  }
  return r;
}

/** Sentence indexes by folded word, built once per analysis. */
const WORD_INDEX = new WeakMap<readonly Sentence[], Map<string, number[]>>();

function sentencesWithWord(sentences: readonly Sentence[], word: string): readonly number[] {
  let idx = WORD_INDEX.get(sentences);
  if (!idx) {
    idx = new Map();
    for (let i = 0; i < sentences.length; i++) {
      for (const w of new Set(foldWords(sentences[i].text).split(" "))) {
        const list = idx.get(w);
        if (list) list.push(i);
        else idx.set(w, [i]);
      }
    }
    WORD_INDEX.set(sentences, idx);
  }
  return idx.get(word) ?? [];
}

const NUM_WORDS = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|" +
  "soixante|cent|mille|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand";
const SP = "[\\s\u00A0\u202F]";
const NUM = `(\\d[\\d\\s\u00A0\u202F.,]*(?:${SP}?[%€$£])?|(?:${NUM_WORDS}))`;
// "quatre ou _____", "de 1990 à _____", "3-_____".
const BOUND_BEFORE = new RegExp(`(?<![\\p{L}\\d])${NUM}${SP}*(?:ou|or|à|au|to|[-–—])${SP}*$`, "iu");
// "between 3 and _____": et/and only after entre/between ("3 dead and _____ injured" is no range).
const BETWEEN_BEFORE = new RegExp(`(?:entre|between)${SP}+${NUM}${SP}+(?:et|and)${SP}*$`, "iu");
// "_____ ou cinq", "_____ à 2020".
const BOUND_AFTER = new RegExp(`^${SP}*(?:ou|or|à|au|to|[-–—])${SP}*${NUM}(?![\\p{L}\\d])`, "iu");
const AND_AFTER = new RegExp(`^${SP}*(?:et|and)${SP}+${NUM}(?![\\p{L}\\d])`, "iu");

/**
 * The blank is one bound of a range or alternative whose other bound is shown next to it
 * (« tous les quatre ou _____ ans », “between 3 and _____”, « de 1990 à _____ »): the answer is
 * guessed from its neighbour, not read in the article. A neighbour with another unit is no
 * bound (« augmenteront de 4 % au _____ » asks a date).
 */
export function blankInRange(prompt: string, answer = ""): boolean {
  const at = prompt.indexOf(BLANK);
  if (at < 0) return false;
  const before = prompt.slice(Math.max(0, at - 60), at);
  const after = prompt.slice(at + BLANK.length, at + BLANK.length + 60);
  const bound = BOUND_BEFORE.exec(before)?.[1] ?? BETWEEN_BEFORE.exec(before)?.[1] ?? BOUND_AFTER.exec(after)?.[1] ??
    (/(?:entre|between)[\s\u00A0\u202F]*$/iu.test(before) ? AND_AFTER.exec(after)?.[1] : undefined);
  if (bound === undefined) return false;
  const unit = (x: string) => /[%€$£]/.exec(x)?.[0] ?? "";
  return !answer || unit(bound) === unit(answer);
}

/** Returns why the candidate must be dropped, or null when it passes. */
export function checkCandidate(c: Candidate, a: ArticleAnalysis): string | null {
  const lang = a.language;
  const ev = c.evidence;
  if (!QUESTION_KINDS.includes(c.kind)) return "unknown kind";
  if (![1, 2, 3].includes(c.difficulty)) return "difficulty out of range";
  if (c.skill !== undefined && !QUESTION_SKILLS.includes(c.skill)) return "unknown skill";
  if (!c.prompt.trim() || c.prompt.length > 700) return "empty or overlong prompt";
  if (ev.start < 0 || ev.end > a.text.length || ev.start >= ev.end || ev.text !== a.text.slice(ev.start, ev.end)) return "evidence mismatch";

  const P = PHRASES[lang];
  if (c.kind === "ordering") {
    if (!Array.isArray(c.answer) || c.answer.length < 3 || !c.choices) return "ordering shape";
    const sortedA = [...c.answer].sort().join("\n");
    if ([...c.choices].sort().join("\n") !== sortedA) return "ordering choices are not a permutation of the answer";
    if (new Set(c.answer.map(fold)).size !== c.answer.length) return "duplicate ordering items";
    if (c.source === "article" && c.answer.some((x) => !inEvidence(ev.text, x))) return "ordering item not in evidence";
    if (leaks(c.prompt, c.answer)) return "prompt contains an item";
  } else {
    if (typeof c.answer !== "string" || !c.answer.trim()) return "empty answer";
    const answer = c.answer;
    if (c.kind === "true_false") {
      if (!c.choices || c.choices.length !== 2 || c.choices[0] !== P.tfLabels[0] || c.choices[1] !== P.tfLabels[1]) return "true/false labels";
      if (!c.choices.includes(answer)) return "true/false answer";
      const swap = c.meta?.swap;
      if ((answer === P.tfLabels[1]) !== !!swap) return "true/false without its swap";
      if (swap) {
        if (containsWords(ev.text, swap.replacement)) return "swapped value also in the evidence";
        // The false statement must not be true elsewhere: no similar sentence may carry the swapped value.
        const cw = contentWords(ev.text);
        // Only sentences holding the replacement's first word can contain it as whole words:
        // an index replaces the scan of every sentence per statement (quadratic on long texts).
        const first = foldWords(swap.replacement).split(" ")[0];
        for (const i of first ? sentencesWithWord(a.sentences, first) : []) {
          const s = a.sentences[i];
          if (s.start >= ev.start && s.end <= ev.end) continue;
          if (!containsWords(s.text, swap.replacement)) continue;
          const sw = contentWords(s.text);
          let shared = 0;
          for (const w of sw) if (cw.has(w)) shared++;
          if (shared / Math.max(1, Math.min(cw.size, sw.size)) >= 0.4) return "swapped statement true elsewhere";
        }
        if (c.source === "article" && !inEvidence(ev.text, swap.original)) return "corrected value not in evidence";
      }
    } else {
      if (c.source === "article" && !inEvidence(ev.text, answer) && !ANSWER_OUTSIDE_EVIDENCE.includes(c.skill ?? "detail")) return "answer not in evidence";
      if (leaks(c.prompt, [answer, ...(c.accepted ?? []).filter((x) => x.length >= 3)])) return "prompt contains the answer";
      const slot = c.meta?.slot;
      if ((slot === "number" || slot === "date" || /\d/.test(answer)) && blankInRange(c.prompt, answer)) return "blank is one bound of a range";
    }
    if (c.kind === "multiple_choice") {
      const ch = c.choices ?? [];
      if (ch.length < 3 || ch.length > 5) return "multiple choice needs 3-5 choices";
      if (ch.filter((x) => x === answer).length !== 1) return "answer is not exactly one choice";
      const normed = ch.map((x) => norm(x, lang));
      if (new Set(normed).size !== ch.length) return "choices not distinct";
      for (const d of ch) {
        if (d === answer) continue;
        if (sameAnswer(d, answer, lang)) return "distractor equals or aliases the key";
        if ((c.accepted ?? []).some((x) => sameAnswer(d, x, lang))) return "distractor equals an accepted spelling";
        if (!balanced(d) || countBad(d) > 0) return "malformed choice";
      }
      // A name question answerable by type alone ("which of these is a river?") is not a question.
      const slot = c.meta?.slot;
      if (slot === "person" || slot === "place" || slot === "org") {
        const mixed = mixedEntityChoices(a, answer, ch);
        if (mixed) return mixed;
      }
    }
    if ((c.kind === "fill_blank" || c.kind === "short_answer") && c.choices) return "free answer with choices";
  }
  if (!balanced(c.prompt)) return "unbalanced quotes or parentheses";
  if (countBad(c.prompt) > countBad(ev.text)) return "de le / à le";
  if (/ {2}/.test(c.prompt)) return "double space";
  if (lang === "fr") {
    if (/[ \u00A0][?!;:]/.test(c.prompt)) return "French punctuation needs U+202F";
    if (/[^\u202F][?!]$/.test(c.prompt)) return "French question mark needs U+202F";
  } else if (/[ \u00A0\u202F][?!;:]/.test(c.prompt)) return "English punctuation takes no space";
  return null;
}

/** Candidates that pass `check` (null) and those dropped with its reason. */
export function keepPassing(cands: Candidate[], check: (c: Candidate) => string | null): { kept: Candidate[]; dropped: Dropped[] } {
  const kept: Candidate[] = [];
  const dropped: Dropped[] = [];
  for (const c of cands) {
    const reason = check(c);
    if (reason) dropped.push({ reason, candidate: c });
    else kept.push(c);
  }
  return { kept, dropped };
}

export function validateCandidates(cands: Candidate[], a: ArticleAnalysis): { kept: Candidate[]; dropped: Dropped[] } {
  return keepPassing(cands, (c) => checkCandidate(c, a));
}
