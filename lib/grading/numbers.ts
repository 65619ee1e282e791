// Numeric answers: "2 030", "2030", "2,030", "2.030", "1,5 million", "plus de 1 600", "seize".
//
// Separators, by language:
//   fr: thousands = space (any kind), "." or "'"; decimal = ","  ("2 030", "2.030", "1,5")
//   en: thousands = space (any kind), "," or "'"; decimal = "."  ("2 030", "2,030", "1.5")
// Whatever the language, when both "," and "." appear the last one is the decimal mark
// ("2,030.5" and "2.030,5"), a mark repeated is a thousands separator ("1.000.000"), and a
// language's thousands mark not followed by exactly 3 digits is read as a decimal ("2.5" in a
// French answer is 2.5: students type it).
//
// Integer-key rule: a single decimal mark followed by exactly 3 digits and nothing else
// ("2,030" in French, "2.030" in English) is ambiguous. When the key is an integer
// (`integerKey: true`), it is read as a thousands separator, so "2,030" = 2030; otherwise as a
// decimal (2.03). An integer key can never equal 2.03, so this only turns a sure "wrong" into
// the reading the student most likely meant; it also means "20,000" is 20000, not 20.
import type { Language } from "../generation/contract";
import { APPROXIMATE_NOUNS, readNumberWords } from "./number-words";
import { MAX_ANSWER_CHARS, normaliseAnswer } from "./normalise";

export type NumberHedge = "gt" | "lt" | "approx";

export interface ParsedNumber {
  value: number;
  /** "plus de 1 600" → gt; informational: grading compares the value only. */
  hedge?: NumberHedge;
  /** Normalised words after the number ("soldats", "%"), "" when none. */
  unit: string;
}

export interface NumberParseOptions {
  /** The key this answer is compared with is an integer (see the integer-key rule above). */
  integerKey?: boolean;
}

const MAX_DIGITS = 15;
/** A number followed by more words than this is a sentence, not a numeric answer. */
const MAX_UNIT_WORDS = 3;

// Both languages' hedges are accepted: a bilingual class mixes them.
const HEDGES: [string, NumberHedge][] = (
  [
    ["plus de", "gt"], ["plus d'", "gt"], ["au moins", "gt"], ["au dela de", "gt"],
    ["superieur a", "gt"], ["more than", "gt"], ["at least", "gt"], ["over", "gt"],
    ["above", "gt"], ["upwards of", "gt"], [">=", "gt"], [">", "gt"], ["≥", "gt"],
    ["moins de", "lt"], ["moins d'", "lt"], ["au plus", "lt"], ["jusqu'a", "lt"],
    ["inferieur a", "lt"], ["less than", "lt"], ["fewer than", "lt"], ["at most", "lt"],
    ["up to", "lt"], ["under", "lt"], ["below", "lt"], ["<=", "lt"], ["<", "lt"], ["≤", "lt"],
    ["environ", "approx"], ["pres de", "approx"], ["a peu pres", "approx"],
    ["approximativement", "approx"], ["quelque", "approx"], ["quelques", "approx"], ["presque", "approx"],
    ["autour de", "approx"], ["about", "approx"], ["around", "approx"],
    ["approximately", "approx"], ["nearly", "approx"], ["almost", "approx"],
    ["roughly", "approx"], ["some", "approx"], ["circa", "approx"], ["~", "approx"],
    ["≈", "approx"],
  ] as [string, NumberHedge][]
).sort((a, b) => b[0].length - a[0].length);

const SCALE_WORDS: Record<string, number> = {
  mille: 1e3, thousand: 1e3, thousands: 1e3, k: 1e3,
  million: 1e6, millions: 1e6, mln: 1e6,
  milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, bn: 1e9,
  trillion: 1e12, trillions: 1e12,
};

/** French "billion" is 10^12, English 10^9. */
function billionOf(lang: Language): number {
  return lang === "fr" ? 1e12 : 1e9;
}

/** The value of a numeric answer, or null when it is not one number. */
export function parseNumberAnswer(
  s: string,
  lang: Language,
  options: NumberParseOptions = {},
): number | null {
  return parseNumberDetailed(s, lang, options)?.value ?? null;
}

/** Value, hedge and unit of a numeric answer, or null when it is not one number. */
export function parseNumberDetailed(
  s: string,
  lang: Language,
  options: NumberParseOptions = {},
): ParsedNumber | null {
  let t = prepare(s);
  if (!t) return null;

  let hedge: NumberHedge | undefined;
  for (const [words, h] of HEDGES) {
    if (t.startsWith(words) && isBoundary(t, words)) {
      hedge = h;
      t = t.slice(words.length).trim();
      break;
    }
  }

  const head = /^\d/.test(t) || /^[-+]\d/.test(t)
    ? readDigits(t, lang, options)
    : readWords(t, lang);
  if (!head) return null;
  if (head.approx) hedge ??= "approx";

  if (!Number.isFinite(head.value)) return null;
  const unit = readUnit(head.rest, lang);
  if (unit === null) return null;
  return { value: tidy(head.value), unit, ...(hedge ? { hedge } : {}) };
}

/** Lower-case, accent-free, one kind of space and apostrophe; digits and separators kept. */
function prepare(s: string): string {
  return s
    .slice(0, MAX_ANSWER_CHARS)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/[\u00A0\u202F\u2009\u2007\t\r\n]/g, " ")
    .replace(/\u2212/g, "-")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ +/g, " ")
    .trim();
}

function isBoundary(t: string, prefix: string): boolean {
  const next = t[prefix.length];
  return next === undefined || !/[a-z]/.test(prefix.slice(-1)) || !/[a-z]/.test(next);
}

interface Head {
  value: number;
  rest: string;
  approx?: boolean;
}

function readDigits(t: string, lang: Language, options: NumberParseOptions): Head | null {
  const m = /^([-+]?)(\d[\d .,']*)/.exec(t);
  if (!m) return null;
  const raw = m[2].replace(/[ .,']+$/, "");
  // Beyond 15 digits a double cannot tell neighbouring integers apart: not a quiz answer.
  if (raw.replace(/\D/g, "").length > MAX_DIGITS) return null;
  const rest = t.slice(m[1].length + raw.length).trim();
  const n = readDigitGroups(raw, lang, options.integerKey === true);
  if (n === null) return null;

  let value = m[1] === "-" ? -n : n;
  const scaled = readScale(rest, lang);
  if (scaled) value *= scaled.factor;
  return { value, rest: scaled ? scaled.rest : rest };
}

/** "2 030", "2.030", "2,030", "1,5", "2'030" → number, following the rules at the top. */
function readDigitGroups(raw: string, lang: Language, integerKey: boolean): number | null {
  const decimalMark = lang === "fr" ? "," : ".";
  if (raw.includes(" ")) {
    // Spaces group thousands; only the last group may carry a decimal part.
    const groups = raw.split(" ");
    const last = groups.length - 1;
    const ok = groups.every((g, i) =>
      i === 0 ? /^\d{1,3}$/.test(g) : i === last ? /^\d{3}(?:[.,]\d+)?$/.test(g) : /^\d{3}$/.test(g),
    );
    return ok ? Number(groups.join("").replace(",", ".")) : null;
  }

  const marks: string[] = raw.match(/[.,']/g) ?? [];
  if (marks.length === 0) return Number(raw);
  const kinds = new Set(marks);

  if (kinds.size > 1) {
    // Mixed marks: the last one is the decimal mark, used once; "'" only ever groups.
    const decimal = marks[marks.length - 1];
    if (decimal === "'" || marks.filter((c) => c === decimal).length !== 1) return null;
    const at = raw.lastIndexOf(decimal);
    const intPart = raw.slice(0, at);
    if (new Set(intPart.replace(/\d/g, "")).size > 1) return null;
    const thousands = groupedInteger(intPart);
    return thousands === null ? null : Number(`${thousands}.${raw.slice(at + 1)}`);
  }

  const mark = marks[0];
  if (marks.length > 1 || mark === "'") {
    const n = groupedInteger(raw);
    return n === null ? null : Number(n);
  }
  const [left, right] = raw.split(mark);
  const looksGrouped = right.length === 3 && left.length <= 3 && left !== "0";
  const asThousands = mark === decimalMark ? looksGrouped && integerKey : looksGrouped;
  return asThousands ? Number(left + right) : Number(`${left}.${right}`);
}

/** "1.000.000" / "2,030" / "2'030": every group after the first has exactly 3 digits. */
function groupedInteger(s: string): string | null {
  const groups = s.split(/[.,']/);
  const ok = groups.every((g, i) => (i === 0 ? /^\d{1,3}$/.test(g) : /^\d{3}$/.test(g)));
  return ok ? groups.join("") : null;
}

function readScale(rest: string, lang: Language): { factor: number; rest: string } | null {
  const m = /^([a-z]+)\b/.exec(rest);
  if (!m) return null;
  const w = m[1];
  const factor = w === "billion" || w === "billions" ? billionOf(lang) : SCALE_WORDS[w];
  return factor ? { factor, rest: rest.slice(w.length).trim() } : null;
}

function readWords(t: string, lang: Language): Head | null {
  // "une dizaine de", "un millier de": approximate by nature.
  const approx = /^(?:(?:une|un) )?([a-z]+)\b/.exec(t);
  if (approx && approx[1] in APPROXIMATE_NOUNS) {
    return { value: APPROXIMATE_NOUNS[approx[1]], rest: t.slice(approx[0].length).trim(), approx: true };
  }
  const tokens = t.split(/[ -]+/);
  const read = readNumberWords(tokens, billionOf(lang));
  if (!read) return null;
  // "une crise", "un pays": a lone "un"/"une" before a noun is an article, not the number one.
  if (read.used === 1 && /^une?$/.test(tokens[0]) && tokens.length > 1) return null;
  return { value: read.value, rest: tokens.slice(read.used).join(" ") };
}

/** The unit after the number: "" or a few words without digits; null when it is not a unit. */
function readUnit(rest: string, lang: Language): string | null {
  let r = rest.replace(/^(?:de |d' ?|of )/, "").trim();
  if (r === "") return "";
  if (/\d/.test(r)) return null;
  if (/^(?:%|pour ?cent|per ?cent|percent)$/.test(r)) return "%";
  r = normaliseAnswer(r, lang);
  if (r.split(" ").length > MAX_UNIT_WORDS) return null;
  return r;
}

/** Removes binary-float noise from scaled decimals (1.1 × 10^6). */
function tidy(v: number): number {
  return Number(v.toPrecision(15));
}

/** Equality of two parsed values, immune to float noise. */
export function sameNumber(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
