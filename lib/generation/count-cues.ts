// Counts the prompt itself gives away: the whole and its other parts are printed (a subtraction),
// the items a small count counts are listed around the blank
// ("his _____ children, ages 10 and 6", « les préfectures du Calvados et des Alpes-Maritimes où se
// déroulent _____ sommets »), or a demonstrative points back to them (« Ces _____ chercheurs »,
// after three names). The student counts the list instead of reading (readings 9, 14, 22, 25).
import { HEDGES, NUMBER_WORDS } from "../analysis/lexicon/number-words";
import { compoundValue } from "../analysis/lexicon/compound-numbers";
import type { Candidate } from "./template";

/** A key as a number: digits, or a number in words ("quatre", "four"), its hedge left out. */
export function numberValue(answer: string, lang: "fr" | "en"): number | null {
  let t = answer.trim().toLowerCase();
  const hedge = HEDGES[lang].find(([h]) => t.startsWith(`${h} `));
  if (hedge) t = t.slice(hedge[0].length + 1);
  // "$150,000", « 2.412 », « 30 000 € »: a currency sign and thousands separators are no part of the value.
  const bare = t.replace(/^[$€£][\s\u00A0]*/u, "").replace(/[\s\u00A0\u202F]*[$€£]$/u, "").replace(/[\s\u00A0\u202F]/gu, "");
  const digits = (lang === "fr" ? bare.replace(/\.(?=\d{3}(?!\d))/gu, "") : bare.replace(/,(?=\d{3}(?!\d))/gu, "")).replace(",", ".");
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  return NUMBER_WORDS[lang][t] ?? compoundValue(t, lang);
}

/** One listed item: a name (with its determiner, « des Alpes-Maritimes ») or a figure ("ages 10 and 6"). */
const ITEM = "(?:(?:du|des|de la|de l['’]|de|le|la|les|l['’]|the)[\\s\\u00A0]+)?(?:\\p{Lu}[\\p{L}'’.-]*(?:[\\s\\u00A0]+(?:(?:de|du|des|of|the)[\\s\\u00A0]+)?\\p{Lu}[\\p{L}'’.-]*)*|\\d[\\d.,]*)";
const LIST = new RegExp(`${ITEM}((?:,[\\s\\u00A0]*${ITEM})*),?[\\s\\u00A0]+(?:et|and|&)[\\s\\u00A0]+${ITEM}`, "gu");
const DEMONSTRATIVE_BLANK = /(?<![\p{L}])(?:ces|these|those)[\s\u00A0]+_____/iu;

const BREAKDOWN = /(?<![\p{L}])(?:dont|soit|including|of which|of whom|among them|parmi (?:eux|elles|lesquels|lesquelles))[\s\u00A0]+/iu;
const FIGURE = /\d[\d\s\u00A0\u202F.,]*\d|\d|(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu;

/**
 * "A total of 26 sites were added, including _____ cultural sites, four natural sites and one mixed
 * site": the whole and the other parts are printed, so the key is a subtraction (reading 26).
 */
function partOfPrintedWhole(prompt: string, key: number, lang: "fr" | "en"): boolean {
  const at = prompt.indexOf("_____");
  const marker = BREAKDOWN.exec(prompt);
  if (!marker || marker.index > at) return false;
  const values = (t: string) => [...t.matchAll(FIGURE)].map((x) => numberValue(x[0].trim(), lang)).filter((v): v is number => v !== null);
  const wholes = values(prompt.slice(Math.max(0, marker.index - 80), marker.index));
  const parts = values(prompt.slice(marker.index, Math.min(prompt.length, at + 90)).replace("_____", " "));
  return parts.length >= 1 && wholes.some((w) => w > key && Math.abs(parts.reduce((x, y) => x + y, 0) + key - w) <= 1);
}

/**
 * « obtient _____ sièges, le PDCI seul 23, et les pro-Gbagbo seuls 8, soit au total 81 » (reading
 * 61): two or more other parts and their total printed anywhere in the prompt give the blank by a
 * subtraction. Years are no parts.
 */
function totalAfterParts(prompt: string, key: number, lang: "fr" | "en"): boolean {
  const shown = prompt.replace("_____", " ");
  const found = [...shown.matchAll(FIGURE)].map((x) => ({ v: numberValue(x[0].trim(), lang), at: x.index }))
    .filter((x): x is { v: number; at: number } => x.v !== null && !(Number.isInteger(x.v) && x.v >= 1800 && x.v <= 2100));
  const figures = found.map((x) => x.v);
  if (figures.length < 3) return false;
  const total = Math.max(...figures);
  // The total is named as one: « soit au total 81 », "a total of 81", « en tout ».
  const totalAt = found.find((x) => x.v === total)!.at;
  if (!/(?<![\p{L}])(?:au[\s\u00A0]+total|en[\s\u00A0]+tout|in[\s\u00A0]+total|a[\s\u00A0]+total[\s\u00A0]+of|altogether|soit)[\s\u00A0,:]*(?:de[\s\u00A0]+)?$/iu.test(shown.slice(Math.max(0, totalAt - 25), totalAt))) return false;
  const parts = [...figures];
  parts.splice(parts.indexOf(total), 1);
  return total > key && Math.abs(key + parts.reduce((x, y) => x + y, 0) - total) <= 1;
}

/**
 * « une augmentation de _____ cas, dont 15 cas autochtones et un cas importé » (reading 76): the
 * parts after the blank add up to it.
 */
function sumOfBreakdown(prompt: string, key: number, lang: "fr" | "en"): boolean {
  const at = prompt.indexOf("_____");
  const after = prompt.slice(at + 5, at + 140);
  // « transportait _____ personnes, 15 adolescents et deux chauffeurs » (reading 93): the parts
  // set after the counted noun and a comma, with no word to announce them.
  // "_____ medals across nine world championships — 10 golds, eight silvers, and one bronze"
  // (reading 95): after a dash.
  const marker = BREAKDOWN.exec(after) ?? /^[\s\u00A0]*\p{L}[\p{L}-]*,[\s\u00A0]+(?=\d)/u.exec(after) ??
    /^[^.;:!?—–]{0,80}?[\s\u00A0][—–][\s\u00A0]+(?=\d)/u.exec(after);
  if (!marker || marker.index > 80) return false;
  // « et un cas importé »: in a breakdown the article « un » counts one.
  const valueOf = (w: string) => (/^(?:un|une|one)$/iu.test(w) ? 1 : numberValue(w, lang));
  const parts = [...after.slice(marker.index + marker[0].length).split(/[.;:]/u)[0].matchAll(FIGURE)].map((x) => valueOf(x[0].trim())).filter((v): v is number => v !== null);
  return parts.length >= 2 && parts.reduce((x, y) => x + y, 0) === key;
}

/** « un 4/13 soit seulement _____ de réussite » (reading 76): a fraction printed gives the share. */
function shareOfFraction(prompt: string, answer: string): boolean {
  if (!/%|pour[\s\u00A0]?cent|percent/iu.test(answer)) return false;
  const key = Number(answer.replace(/[^\d,.]/gu, "").replace(",", "."));
  return [...prompt.matchAll(/(?<![\d.,])(\d{1,4})[\s\u00A0]*\/[\s\u00A0]*(\d{1,4})(?![\d.,])/gu)]
    .some((m) => Number(m[2]) > 0 && Math.abs((100 * Number(m[1])) / Number(m[2]) - key) <= 1);
}

/** Why the prompt gives a count away, or null. */
export function countCue(c: Candidate, lang: "fr" | "en"): string | null {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return null;
  if (shareOfFraction(c.prompt, c.answer)) return "a fraction in the prompt gives the share";
  const key = numberValue(c.answer, lang);
  const at = c.prompt.indexOf("_____");
  if (key === null || at < 0) return null;
  if (partOfPrintedWhole(c.prompt, key, lang)) return "the whole and the other parts are printed";
  if (totalAfterParts(c.prompt, key, lang)) return "the whole and the other parts are printed";
  if (sumOfBreakdown(c.prompt, key, lang)) return "the parts after the blank add up to it";
  // « composée de _____ membres (chef d'équipe, tireur, équipier d'assaut, équipier de PC,
  // techniciens) », "_____ members: a, b and c", "_____ additions - a and b": the items are listed
  // right after the count, in words no capital marks (readings 36 and 39).
  // "_____ key additions - the Tranquility node and the Cupola observatory" too (reading 39).
  // Whatever the count: « dans _____ communes … : Bézenet, Bizeneuille, … » lists fourteen (reading 90).
  // "charged with _____ counts of assault, trespass and public insult" (reading 94): "of" opens the list too.
  const listed = /^[^()]{0,60}?(?:\(([^()]{3,200})\)|(?::|[\s\u00A0][-–—])[\s\u00A0]*([^.;:!?]{3,400}))/u.exec(c.prompt.slice(at + 5)) ??
    /^[\s\u00A0]+(?:counts|charges|chefs[\s\u00A0]+d['’]accusation)[\s\u00A0]+(?:of|de|d['’])[\s\u00A0]*([^.;:!?]{3,200}?)(?=[\s\u00A0]+(?:against|contre|envers|on|in|at|for|pour)[\s\u00A0]|[.;:!?]|$)/iu.exec(c.prompt.slice(at + 5)) ??
    // "in _____ main categories of fiction, non-fiction, poetry and young adult literature"
    // (reading 116): a kind of thing, "of", then its items to the end of the sentence.
    /^[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?(?:categories|types|kinds|classes|genres|catégories|sortes|disciplines)[\s\u00A0]+(?:of|de|d['’])[\s\u00A0]*([^.;:!?()]{3,200}?(?:,|[\s\u00A0](?:and|et)[\s\u00A0])[^.;:!?()]{1,200}?)(?=[.;:!?]|[”»"][\s\u00A0]*$|$)/iu.exec(c.prompt.slice(at + 5));
  const items = listed ? (listed[1] ?? listed[2]).split(/,|[\s\u00A0]+(?:et|and|ou|or)[\s\u00A0]+/u).filter((x) => x.trim()) : [];
  if (items.length >= 2 && items.length === key) return "the prompt lists what the count counts";
  if (!Number.isInteger(key) || key < 2 || key > 6) return null;
  if (DEMONSTRATIVE_BLANK.test(c.prompt)) return "a demonstrative points back to what the count counts";
  // "the _____ inexperienced climbers" after "his partner", « les _____ assemblées »: "the two" takes
  // up a pair the text has named (readings 36 and 38; 2 of 7 such blanks on "two" accepted).
  if (key === 2 && /(?<![\p{L}])(?:the|les)[\s\u00A0]+_____/iu.test(c.prompt)) return "'the two' points back to a pair";
  // "their last _____ missions to Mars both end in failure" (reading 61): "both" counts two.
  if (key === 2 && /(?<![\p{L}])(?:both|tous[\s\u00A0]+(?:les[\s\u00A0]+)?deux|toutes[\s\u00A0]+(?:les[\s\u00A0]+)?deux)(?![\p{L}])/iu.test(c.prompt)) return "'both' counts two";
  // "a collision of _____ black holes", « la fusion de _____ galaxies » (reading 60): a collision is of two.
  if (key === 2 && /(?<![\p{L}])(?:collision|merger|fusion|duel|collided|merged)[\s\u00A0]+(?:of|de|d['’]|between|entre)[\s\u00A0]*_____/iu.test(c.prompt)) return "a collision is of two";
  // "the heart, _____ kidneys and liver" keyed "two" (reading 121): what a body has in pairs.
  if (key === 2 && /_____[\s\u00A0]+(?:reins|poumons|yeux|oreilles|mains|pieds|jambes|ailes|jumeaux|jumelles|kidneys|lungs|eyes|ears|hands|feet|legs|arms|wings|twins)(?![\p{L}])/iu.test(c.prompt)) return "a pair by nature";
  // « _____ trains de voyageurs sont entrés en collision frontale » (reading 120): the things that
  // collide head-on, or with each other, are two.
  if (key === 2 && /_____[\s\u00A0]+(?:[\p{L}'’-]+[\s\u00A0]+){1,4}(?:(?:sont|se[\s\u00A0]+sont)[\s\u00A0]+(?:entrés|entrées)[\s\u00A0]+en[\s\u00A0]+collision|se[\s\u00A0]+sont[\s\u00A0]+percuté(?:e|s|es)?|collided|collide)(?![\p{L}])/iu.test(c.prompt)) return "a collision is of two";
  // « _____ incendies, l'un près de Landiras … et l'autre à proximité de la Dune du Pilat », "one
  // … the other": the prompt tells the pair apart (reading 56).
  if (key === 2 && /(?<![\p{L}])(?:l['’]une?|one)(?![\p{L}])[^.;]{2,160}?(?<![\p{L}])(?:l['’]autre|the[\s\u00A0]+other)(?![\p{L}])/iu.test(c.prompt.slice(at))) return "'one … the other' counts a pair";
  // A whole list (not the tail a window would cut) that reaches near the blank: a list at the
  // other end of a long sentence counts something else.
  // "Wilco Kelderman (LottoNl-Jumbo), Thomas De Gendt (Lotto Soudal) and Cyril Gautier (Europcar)"
  // (reading 77): an aside in brackets after each name is no item of its own.
  const plain = c.prompt.replace(/[\s\u00A0]*\([^()]{1,40}\)/gu, "");
  const plainAt = plain.indexOf("_____");
  for (const m of plain.replace("_____", ";;;;;").matchAll(LIST)) {
    const items = 2 + (m[1].match(/,/g)?.length ?? 0);
    if (items === key && m.index < plainAt + 65 && m.index + m[0].length > plainAt - 60) return "the prompt lists what the count counts";
  }
  return null;
}

/**
 * « Saisie de 2,4 tonnes de cocaïne » over a key of 2 435 kg: a figure of the title that rounds the
 * key, in the same unit or a thousand times larger or smaller, leaves one option near it (reading 26).
 */
export function titleRoundsKey(title: string, answer: string, lang: "fr" | "en"): boolean {
  const key = numberValue(answer.replace(/[^\d\s\u00A0\u202F.,]+$/u, "").trim(), lang);
  if (key === null || key < 10) return false;
  if (titleFigures(title, lang).some(({ value: f }) => f > 0 && [1, 1000, 0.001].some((k) => {
    const v = f * k;
    return v !== key && Math.abs(v - key) / key <= 0.03;
  }))) return true;
  // « Marine nationale : plus de 6 tonnes de cocaïne saisies » over « 6 386 kg » (reading 112): the
  // headline's whole figure in the larger unit leaves one option between 6 and 7 tonnes.
  const unit = answer.replace(/^[\d\s\u00A0\u202F.,]+/u, "").trim() || null;
  if (LARGER_UNIT.some(([small, large]) => (unit === null || small.test(unit)) &&
    [...title.matchAll(large)].some((m) => {
      const f = Number(m[1]);
      return f >= 1 && (Math.floor(key / 1000) === f || Math.round(key / 1000) === f);
    }))) return true;
  // « Fleury Michon supprime une centaine d'emplois » over a key of 101 (reading 62): a round
  // number in words leaves one option near it.
  return ROUND_WORDS.some(([re, v]) => re.test(title) && Math.abs(v - key) / v <= 0.1);
}

/** A unit, and a whole figure of the unit a thousand times larger as a headline writes it ("6 tonnes"). */
const inLargerUnit = (units: string) => new RegExp(`(?<![\\d.,])(\\d+)[\\s\\u00A0\\u202F]*(?:${units})(?![\\p{L}])`, "giu");
const LARGER_UNIT: Array<[RegExp, RegExp]> = [
  [/^(?:kg|kilos?|kilogrammes?|kilograms?)$/iu, inLargerUnit("tonnes?|tons?|t")],
  [/^(?:m|mètres?|metres?|meters?)$/iu, inLargerUnit("km|kilomètres?|kilometres?|kilometers?")],
  [/^(?:g|grammes?|grams?)$/iu, inLargerUnit("kg|kilos?|kilogrammes?|kilograms?")],
];

const ROUND_WORDS: Array<[RegExp, number]> = [
  [/(?<![\p{L}])(?:une?[\s\u00A0]+)?centaine(?![\p{L}])|(?<![\p{L}])(?:about|some|nearly|around)[\s\u00A0]+(?:a|one)[\s\u00A0]+hundred(?![\p{L}])/iu, 100],
  [/(?<![\p{L}])(?:un[\s\u00A0]+)?millier(?![\p{L}])|(?<![\p{L}])(?:about|some|nearly|around)[\s\u00A0]+(?:a|one)[\s\u00A0]+thousand(?![\p{L}])/iu, 1000],
];

/**
 * A figure that reads as a calendar year (a whole number, 1800–2100 unless told): a date, not a
 * quantity, in the checks that compare figures (a difference, a figure shared by two sentences).
 * A wider range suits older texts' years (« la loi de 1791 »).
 */
export function isCalendarYear(value: number, from = 1800, to = 2100): boolean {
  return Number.isInteger(value) && value >= from && value <= to;
}

/** Words that name a period by its length: a "quarter" is three months, a « décennie » ten years. */
const PERIOD_NAMES: { value: number; unit: RegExp; name: RegExp }[] = [
  { value: 3, unit: /^(?:months?|mois)$/iu, name: /(?<![\p{L}])(?:quarters?|quarterly|trimestres?|trimestriel\p{L}*)(?![\p{L}])/iu },
  { value: 6, unit: /^(?:months?|mois)$/iu, name: /(?<![\p{L}])(?:semesters?|half-year\p{L}*|semestres?|semestriel\p{L}*)(?![\p{L}])/iu },
  { value: 2, unit: /^(?:weeks?|semaines?)$/iu, name: /(?<![\p{L}])(?:fortnights?|quinzaine)(?![\p{L}])/iu },
  { value: 10, unit: /^(?:years?|ans?|années?)$/iu, name: /(?<![\p{L}])(?:decades?|décennies?|decennial)(?![\p{L}])/iu },
  { value: 100, unit: /^(?:years?|ans?|années?)$/iu, name: /(?<![\p{L}])(?:century|centuries|centenary|centennial|siècles?|centenaire)(?![\p{L}])/iu },
  { value: 1000, unit: /^(?:years?|ans?|années?)$/iu, name: /(?<![\p{L}])(?:millenni(?:um|a)|millénaires?)(?![\p{L}])/iu },
];

/**
 * "the last _____ months of 2012" under the headline "US economy shrinks in last quarter"
 * (reading 50): a text that names the period gives its length away.
 */
export function periodNamedIn(text: string, value: number, unit: string): boolean {
  return PERIOD_NAMES.some((p) => p.value === value && p.unit.test(unit.trim()) && p.name.test(text));
}

export interface TitleFigure {
  /** The figure's digits, separators left out ("2 435" → "2435", "2,4" → "24"): how an option prints it. */
  digits: string;
  /** Its value, read the language's way: « 2,4 » is 2.4 and « 2 435 » 2435; "2,400" is 2400. */
  value: number;
}

/** The figures a headline prints, for the checks that a title gives a key away or states it. */
export function titleFigures(title: string, lang: "fr" | "en"): TitleFigure[] {
  return (title.match(/\d[\d\s\u00A0\u202F.,]*\d|\d/gu) ?? []).map((raw) => {
    const t = raw.replace(/[\s\u00A0\u202F]/gu, "");
    const decimal = lang === "fr" ? t.replace(/\.(?=\d{3}(?:\D|$))/gu, "").replace(",", ".") : t.replace(/,(?=\d{3}(?:\D|$))/gu, "");
    return { digits: raw.replace(/[\s\u00A0\u202F.,]/gu, ""), value: Number(decimal) };
  }).filter((f) => f.digits && Number.isFinite(f.value));
}
