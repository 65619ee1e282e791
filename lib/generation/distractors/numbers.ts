// Numeric distractors: keep the key's format, hedge, scale and magnitude; never within 5 % of
// the key; at most one number the article states for the same noun, from another sentence and far
// from the key (telling two facts apart is reading; a near figure could restate the key).
import { APPROXIMATE_NOUNS } from "../../grading/number-words";
import type { Language } from "../contract";
import type { FullAnalysis, NumberMention } from "../../analysis/types";
import { containsWords } from "../../analysis/fold";
import { NUMBER_WORDS } from "../../analysis/lexicon/number-words";
import { wordsLike } from "../../analysis/lexicon/compound-numbers";
import { numberValue, titleFigures } from "../count-cues";
import type { Rng } from "../random";
import { shuffle } from "../random";
import { formatNumber } from "../typography";

function scaleWord(scaleText: string, mantissa: number, lang: Language): string {
  if (!scaleText) return "";
  const low = scaleText.toLowerCase();
  if (lang === "fr") {
    const base = low.replace(/s$/, "");
    return mantissa >= 2 ? `${base}s` : base;
  }
  return low.replace(/s$/, "");
}

/** Renders a value in the mention's own format ("plus de 1 600", "1,5 million", "$3.4 million", "sept"). */
export function renderNumber(m: NumberMention, mantissa: number, lang: Language): string {
  let num: string;
  if (m.format === "words") num = wordsLike(mantissa, lang, m.compound) ?? formatNumber(mantissa, 0, lang);
  // "$10.0 billion" beside "$8.8 billion" (reading 119), "$2.50 billion" beside "$2.25 billion"
  // (reading 120): millions and billions are written without trailing zeros, unless the key has one.
  else if (m.scaleText && m.decimals > 0 && !endsOnZero(m.mantissa, m.decimals)) num = formatNumber(mantissa, decimalsShown(mantissa, m.decimals), lang);
  else num = formatNumber(mantissa, m.decimals, lang);
  let s = `${m.prefix}${num}`;
  const sc = scaleWord(m.scaleText, mantissa, lang);
  if (sc) s += ` ${sc}`;
  if (m.isPercent) s += lang === "fr" ? "\u00A0%" : "%";
  if (m.hedgeText) s = `${m.hedgeText.toLowerCase()} ${s}`;
  return s;
}

/** Whether a value written with `decimals` decimals ends on a zero: 2.50, 10.0, 1 600. */
function endsOnZero(v: number, decimals: number): boolean {
  return /0$/u.test(v.toFixed(decimals));
}

/** The decimals a value needs, up to `max`: 2.50 → 1, 10.0 → 0. */
function decimalsShown(v: number, max: number): number {
  let d = max;
  while (d > 0 && endsOnZero(v, d)) d--;
  return d;
}

function roundLike(v: number, key: number, decimals: number): number {
  if (decimals > 0) {
    // "$94.00", « 2,50 € »: the key's trailing zeros kept, so the key is not the one round option.
    let zeros = 0;
    for (let k = Math.round(key * 10 ** decimals); zeros < decimals && k > 0 && k % 10 === 0; k /= 10) zeros++;
    const step = 10 ** (zeros - decimals);
    return Number((Math.round(v / step) * step).toFixed(decimals));
  }
  // Keep the key's trailing zeros: 1 600 → hundreds, 5 000 → thousands, 2 030 → tens.
  let step = 1;
  let k = Math.round(key);
  while (k >= 10 && k % 10 === 0) {
    step *= 10;
    k /= 10;
  }
  // « plus de 10 000 morts »: a power of ten would round every option back to 10 000 or 20 000;
  // its options move by the next figure down (8 000, 12 000), still round.
  if (k === 1 && step >= 10) step /= 10;
  // "$167,500" among $103,900 and $264,700 (reading 127): a key whose last figure is a five moves
  // by fives of its place ($130,000, $187,500), as sums and counts are rounded.
  else if (k >= 100 && k % 5 === 0) step *= 5;
  // "$2,500" among $1,600, $1,800 and $3,400 (reading 182): a key rounded to a half of its place
  // moves by halves of it ($2,000, $3,500), or it is the one round figure.
  else if (k >= 10 && k % 5 === 0 && step >= 10) step *= 5;
  return Math.max(step, Math.round(v / step) * step);
}

/** 4,4 / 6,6 / 88: all digits the same. */
function repdigit(v: number, decimals: number): boolean {
  const digits = v.toFixed(decimals).replace(/\D/g, "");
  return digits.length >= 2 && /^(\d)\1+$/.test(digits);
}

const BANKNOTE_BEFORE = /(?<![\p{L}])(?:billets?|coupures?|pièces?|notes?|bills?|coins?)[\s\u00A0]+(?:de[\s\u00A0]+)?$/iu;
const CURRENCY = /^(?:euros?|dollars?|livres?|francs?|pounds?|€|\$|£)$/iu;

/** "les billets de 5 euros", "a $20 bill": money comes in set denominations, so the options are those. */
function banknoteValues(a: FullAnalysis, m: NumberMention): number[] | null {
  if (m.decimals > 0 || m.scaleText || m.hedgeText) return null;
  if (!CURRENCY.test(m.unit) && !CURRENCY.test(m.prefix.trim())) return null;
  const before = a.text.slice(Math.max(0, m.start - 30), m.start);
  const after = a.text.slice(m.unitEnd || m.end, (m.unitEnd || m.end) + 12);
  if (!BANKNOTE_BEFORE.test(before) && !/^[\s\u00A0]*(?:bills?|notes?|coins?)(?![\p{L}])/iu.test(after)) return null;
  const scale = /(?:pièces?|coins?)/iu.test(before + after) ? [1, 2, 5, 10, 20, 50] : [5, 10, 20, 50, 100, 200, 500];
  return scale.includes(m.mantissa) ? scale.filter((v) => v !== m.mantissa) : null;
}

/** Race distances in metres: a sport runs its own set, and 6,000 m or 600 m is no event (readings 24, 25). */
const RACES: { cue: RegExp; metres: number[]; general?: boolean }[] = [
  { cue: /(?<![\p{L}])(?:nage|nages|swim\p{L}*|freestyle|papillon|brasse|crawl|butterfly|backstroke|breaststroke|medley|bassin|pool)(?![\p{L}])/iu, metres: [50, 100, 200, 400, 800, 1500] },
  { cue: /(?<![\p{L}])short[\s\u00A0-]?track(?![\p{L}])/iu, metres: [500, 1000, 1500, 3000, 5000] },
  { cue: /(?<![\p{L}])(?:patinage|skat\p{L}*)(?![\p{L}])/iu, metres: [500, 1000, 1500, 3000, 5000, 10000] },
  { cue: /(?<![\p{L}])(?:athlétisme|athletics|relais|relay|races?|sprint\p{L}*|marathon|steeplechase|haies|hurdles|championnats?|championships?|olympi\p{L}*|médailles?|medals?)(?![\p{L}])/iu, metres: [100, 200, 400, 800, 1500, 3000, 5000, 10000], general: true },
];

function raceDistances(a: FullAnalysis, m: NumberMention): number[] | null {
  if (m.decimals > 0 || m.scaleText || m.hedgeText || !/^(?:m|mètres?|metres?|meters?|-meter|-metre)$/iu.test(m.unit)) return null;
  const s = a.sentences[m.sentenceIndex]?.text ?? "";
  // A sport named in the sentence, else in the article ("There, he won a gold medal in the 1,500
  // meters" in a short-track story); athletics last, its cues ("gold", "final") being everyone's.
  const sets = RACES.filter((r) => r.metres.includes(m.mantissa));
  const named = (r: (typeof RACES)[number]) => r.cue.test(s) || r.cue.test(a.text);
  const specific = sets.filter((r) => !r.general);
  const race = specific.find((r) => r.cue.test(s)) ?? specific.find(named) ?? sets.find((r) => r.general && named(r));
  if (!race) return null;
  // The events next to the key's: a sprinter's 200 m among 100, 400 and 800 m, not the 10,000 m.
  return neighboursIn(race.metres, m.mantissa);
}

/** The value a round count in words stands for (grading's French nouns, and "dozen"). */
const APPROXIMATE: Record<string, number> = { ...APPROXIMATE_NOUNS, dozen: 12 };
const APPROXIMATE_WORD = new RegExp(`(?<![\\p{L}])(${Object.keys(APPROXIMATE).join("|")})s?(?![\\p{L}])`, "gu");

/**
 * "blow a _____-hole lead" keyed 54 among 38, 74 and 46 (reading 174: "can't be hole counts"): a
 * golf round has 18 holes, so a count of holes played is a whole number of rounds.
 */
function golfHoles(a: FullAnalysis, m: NumberMention): number[] | null {
  if (m.decimals > 0 || m.scaleText || m.mantissa % 18 !== 0 || m.mantissa > 72) return null;
  if (!/^[\s\u00A0-]*(?:holes?|trous)(?![\p{L}])/iu.test(a.text.slice(m.numEnd, m.numEnd + 10))) return null;
  return [18, 36, 54, 72].filter((v) => v !== m.mantissa);
}

/** The four values of an ordered set nearest to `value` by rank, `value` left out. */
function neighboursIn(set: readonly number[], value: number): number[] {
  const at = set.indexOf(value);
  return set.filter((v) => v !== value).sort((x, y) => Math.abs(set.indexOf(x) - at) - Math.abs(set.indexOf(y) - at)).slice(0, 4);
}

/**
 * Judo's weight categories (women's, men's; since 1998): « les moins de 63 kg » among 39, 49 and
 * 54 kg, or 67 kg, was ruled out by readers who know the categories (readings 81 and 111). The
 * options are the categories next to the key's, of the same side of the draw.
 */
const JUDO_CLASSES = [[48, 52, 57, 63, 70, 78], [60, 66, 73, 81, 90, 100]];
const JUDO = /(?<![\p{L}])judo/iu;
const OTHER_WEIGHED = /(?<![\p{L}])(?:haltérophil\p{L}*|weightlift\p{L}*|boxe\p{L}*|boxing|boxer\p{L}*|lutte|wrestl\p{L}*|taekwondo|karaté|karate)/iu;

/**
 * « catégorie 4 », "a Category 3 hurricane": the Saffir-Simpson scale has five categories (reading
 * 131: 6 and 8 offered beside an Atlantic hurricane's 5).
 */
function stormCategories(a: FullAnalysis, m: NumberMention): number[] | null {
  if (m.decimals || m.value > 5 || m.value < 1) return null;
  if (!/(?:catégorie|category|cat\.)[\s\u00A0]+(?:(?:maximale?|maximum)[\s\u00A0]+)?$/iu.test(a.text.slice(Math.max(0, m.start - 30), m.start))) return null;
  const sentence = a.sentences[m.sentenceIndex]?.text ?? "";
  return /(?<![\p{L}])(?:ouragans?|hurricanes?|cyclones?|typhons?|typhoons?|tempêtes?|storms?)(?![\p{L}])/iu.test(`${a.title} ${sentence}`) ? [1, 2, 3, 4, 5] : null;
}

function judoWeightClasses(a: FullAnalysis, m: NumberMention): number[] | null {
  if (m.decimals > 0 || m.scaleText || !/^(?:kg|kilos?|kilogrammes?|kilograms?)$/iu.test(m.unit)) return null;
  // Judo in the sentence, or in an article that names no other sport weighed in classes.
  if (!JUDO.test(a.sentences[m.sentenceIndex]?.text ?? "") && !((JUDO.test(a.text) || JUDO.test(a.title)) && !OTHER_WEIGHED.test(a.text))) return null;
  const set = JUDO_CLASSES.find((c) => c.includes(m.mantissa));
  return set ? neighboursIn(set, m.mantissa) : null;
}

/**
 * "the under _____ final", "U-16": a youth age group, whose options are other youth age groups
 * ("under 25" beside a junior cup was ruled out, reading 152).
 */
const AGE_GROUPS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23];
function ageGroups(a: FullAnalysis, m: NumberMention): number[] | null {
  if (m.decimals > 0 || m.scaleText || m.isPercent || !AGE_GROUPS.includes(m.value)) return null;
  const before = a.text.slice(Math.max(0, m.start - 16), m.start);
  // "the under 16 final", "U-16" (« les moins de 16 ans » reads as a bound, handled with the hedges).
  if (!/(?<![\p{L}])(?:under|U)[\s\u00A0-]*$/u.test(before)) return null;
  // "under 15 minutes", "under 20 people": a bound on a measure or a count, not an age group.
  if (/^[\s\u00A0]*(?:%|per|minutes?|hours?|seconds?|days?|weeks?|months?|miles?|kilomet|metres?|meters?|feet|foot|pounds?|kg|dollars?|euros?|people|persons?|votes?|points?)(?![\p{L}])/iu.test(a.text.slice(m.numEnd, m.numEnd + 14))) return null;
  return neighboursIn(AGE_GROUPS, m.value);
}

/**
 * A person's age: « Adama Barrow, 56 ans », « âgée de (seulement) 23 ans », "aged 41", "a
 * 14-year-old", "the 41 years old": not a duration.
 */
function isPersonAge(a: FullAnalysis, x: NumberMention): boolean {
  if (!/^(?:ans?|years?|year-old|years-old)$/iu.test(x.unit)) return false;
  const head = a.text.slice(Math.max(0, x.start - 30), x.start);
  const tail = a.text.slice(x.unitEnd || x.end, (x.unitEnd || x.end) + 6);
  return /^[\s\u00A0-]*old(?![\p{L}])/iu.test(tail) || /-old$/iu.test(x.unit) ||
    /(?:\p{Lu}[\p{L}'’-]+,[\s\u00A0]*|(?:[âÂ]gée?s?[\s\u00A0]+de(?:[\s\u00A0]+(?:seulement|à[\s\u00A0]+peine|tout[\s\u00A0]+juste|presque|près[\s\u00A0]+de))?|[aA]ged|[aA]ge[\s\u00A0]+of)[\s\u00A0]*)$/u.test(head);
}

/** A change the sentence states: « en hausse », "rose", "fell", « recule ». */
const UP = /(?<![\p{L}])(?:hausse|augment\p{L}*|progress\p{L}*|grimp\p{L}*|bondi\p{L}*|rebondi\p{L}*|hissé\p{L}*|relev\p{L}*|rise|rises|rising|rose|risen|increase[ds]?|increasing|climb\p{L}*|jump\p{L}*|up|higher|gain\p{L}*)(?![\p{L}])/iu;
const DOWN = /(?<![\p{L}])(?:baisse|diminu\p{L}*|recul\p{L}*|chut\p{L}*|régress\p{L}*|repli\p{L}*|fléchi\p{L}*|tomb\p{L}*|fell|fall|falls|fallen|falling|drop\p{L}*|decrease[ds]?|decreasing|declin\p{L}*|down|lower|slipp?\p{L}*)(?![\p{L}])/iu;
/** Before the figure it is compared with: « contre 7,2 % », "from 7.2%", « après 7,2 % ». */
const COMPARED = /(?<![\p{L}])(?:contre|après|from|versus|vs\.?|compared[\s\u00A0]+(?:with|to)|par[\s\u00A0]+rapport[\s\u00A0]+à|au[\s\u00A0]+lieu[\s\u00A0]+de)[\s\u00A0]+(?:(?:un[\s\u00A0]+taux[\s\u00A0]+de|a[\s\u00A0]+rate[\s\u00A0]+of)[\s\u00A0]+)?$/iu;

/** "month" and "months" are one noun (reading 14: 47 months beside the article's 73). */
const unitOf = (u: string) => u.toLowerCase().replace(/s$/, "");

const TOP_RANK = /(?<![\p{L}])(?:top|first|leaders?|leading|winners?|won|en[\s\u00A0]+tête|premiers?|premières?|vainqueurs?|1er|1re)(?![\p{L}])[^.;\d]{0,30}$/iu;
const LOWER_RANK = /(?<![\p{L}])(?:second|third|runners?-up|deuxièmes?|secondes?|troisièmes?|dauphins?|2e|3e)(?![\p{L}])[^.;\d]{0,30}$/iu;

const WON = /(?<![\p{L}])(?:élue?s?|réélue?s?|remport\p{L}*|l['’]emport\p{L}*|gagn\p{L}*|elected|re-elected|won|wins|beat|beats|defeated|victory|victoire)(?![\p{L}])/iu;
const RIVAL = /(?<![\p{L}])(?:contre|against|versus|vs\.?)[\s\u00A0]+$/iu;

/** The bounds a standing sets: the leader's figure above a lower rank's, in the same unit and sentence; gross above net. */
function rankBounds(a: FullAnalysis, m: NumberMention): { floor?: number; ceiling?: number } {
  if (!m.unit) return {};
  const s = a.sentences[m.sentenceIndex];
  if (!s) return {};
  const before = (x: NumberMention) => a.text.slice(Math.max(s.start, x.start - 40), x.start);
  const others = a.numbers.filter((x) => x !== m && x.sentenceIndex === m.sentenceIndex && unitOf(x.unit) === unitOf(m.unit));
  const out: { floor?: number; ceiling?: number } = {};
  // « Il a été élu … par _____ voix, contre 134 voix pour le président sortant » (reading 148: 125
  // offered): the winner's figure is above every rival's set against it.
  if (WON.test(a.text.slice(s.start, m.start))) {
    for (const x of others) if (x.start > m.start && RIVAL.test(before(x))) out.floor = Math.max(out.floor ?? -Infinity, x.value);
    if (out.floor !== undefined) return out;
  }
  // « _____ commandes brutes …, soit un total net de 288 » (reading 151: 213 offered): the gross
  // figure is above the net one, in any unit.
  const near = (x: NumberMention) => `${before(x).slice(-20)} ${a.text.slice(x.end, x.end + 25)}`;
  const gross = (x: NumberMention) => /(?<![\p{L}])(?:bruts?|brutes?|gross)(?![\p{L}])/iu.test(near(x));
  const net = (x: NumberMention) => /(?<![\p{L}])(?:nets?|nettes?)(?![\p{L}])/iu.test(near(x));
  const sameSentence = a.numbers.filter((x) => x !== m && x.sentenceIndex === m.sentenceIndex);
  if (gross(m) && !net(m)) for (const x of sameSentence) if (net(x) && !gross(x)) out.floor = Math.max(out.floor ?? -Infinity, x.value);
  if (net(m) && !gross(m)) for (const x of sameSentence) if (gross(x) && !net(x)) out.ceiling = Math.min(out.ceiling ?? Infinity, x.value);
  if (out.floor !== undefined || out.ceiling !== undefined) return out;
  const mine = TOP_RANK.test(before(m)) ? "top" : LOWER_RANK.test(before(m)) ? "lower" : null;
  if (!mine) return {};
  for (const x of others) {
    if (mine === "lower" && TOP_RANK.test(before(x))) out.ceiling = Math.min(out.ceiling ?? Infinity, x.value);
    if (mine === "top" && LOWER_RANK.test(before(x))) out.floor = Math.max(out.floor ?? -Infinity, x.value);
  }
  return out;
}

/**
 * « le taux de chômage a enregistré une hausse … à _____ %, contre 7,2 % » (reading 138: 5,1 % and
 * 6,1 % offered, ruled out by « hausse » alone): a change stated in one direction, with the figure
 * it moved from in the sentence, puts every option on the key's side of that figure.
 * Returns the bound in the figure's own units, or null.
 */
function changeBound(a: FullAnalysis, m: NumberMention): { floor?: number; ceiling?: number } | null {
  const sentence = a.sentences[m.sentenceIndex];
  if (!sentence) return null;
  // The direction of the figure's own clause first: "The jobless rate dropped from _____, and hourly
  // earnings climbed" (reading 141) moves two things two ways.
  const head = a.text.slice(sentence.start, m.start);
  const tail = a.text.slice(m.end, sentence.end);
  const clause = head.slice(Math.max(head.lastIndexOf(","), head.lastIndexOf(";")) + 1) + " " + tail.split(/[,;]/u)[0];
  const direction = (t: string) => ({ up: UP.test(t), down: DOWN.test(t) });
  let { up, down } = direction(clause);
  if (up === down) ({ up, down } = direction(sentence.text));
  if (up === down) ({ up, down } = direction(a.title));
  if (up === down) return null;
  // « à 7,4 % …, contre 7,2 au deuxième trimestre »: a bare figure takes the unit it is compared with.
  const peers = a.numbers.filter((x) => x !== m && x.sentenceIndex === m.sentenceIndex && x.value !== m.value &&
    ((x.isPercent === m.isPercent && x.unit === m.unit) || [x, m].some((y) => !y.unit && !y.isPercent && !y.scaleText)));
  const comparedWith = (x: NumberMention) => COMPARED.test(a.text.slice(Math.max(sentence.start, x.start - 30), x.start));
  const reference = peers.find(comparedWith);
  if (reference && !comparedWith(m)) {
    // The key is the new value: beyond the old one in the stated direction.
    if (up && reference.value < m.value) return { floor: reference.value };
    if (down && reference.value > m.value) return { ceiling: reference.value };
  } else if (comparedWith(m)) {
    // The key is the old value: short of the new one, in the sentence or else in the headline
    // ("U.S. jobless rate unexpectedly falls to 7.8%" over "dropped from _____", reading 141).
    const newValue = peers.length === 1 ? peers[0].value : peers.length === 0 && m.isPercent
      ? (/(\d+(?:[.,]\d+)?)[\s\u00A0\u202F]*(?:%|percent|per[\s\u00A0]cent|pour[\s\u00A0]?cent)/iu.exec(a.title)?.[1]?.replace(",", ".") ?? NaN) : NaN;
    const v = Number(newValue);
    if (!Number.isFinite(v)) return null;
    if (up && v > m.value) return { ceiling: v };
    if (down && v < m.value) return { floor: v };
  }
  return null;
}

/**
 * Scales with a top no option may pass, each read from the words around the figure: options past
 * it are ruled out without reading.
 */
const SCALE_CAPS: Array<{ name: string; cap: number; applies: (a: FullAnalysis, m: NumberMention) => boolean }> = [
  // An earthquake's magnitude stays on its scale: 10.1 beside 6.4 (reading 26); "a 7.8 earthquake"
  // names its scale by the quake itself (reading 36: 10.7 among the options).
  { name: "magnitude", cap: 9.5, applies: (a, m) => m.mantissa < 10 &&
    /(?<![\p{L}])(?:magnitude|richter|earthquakes?|quakes?|séismes?|tremblements?[\s\u00A0]+de[\s\u00A0]+terre)(?![\p{L}])/iu.test(a.text.slice(Math.max(0, m.start - 25), (m.unitEnd || m.end) + 25)) },
  // « adoptée par 14 voix » at the Security Council (reading 134: 17 and 19 offered): the council
  // has fifteen members, so no count of its votes or members goes past it.
  { name: "security council", cap: 15, applies: (a, m) => m.decimals === 0 && m.mantissa <= 15 &&
    /^[\s\u00A0]*(?:voix|votes?|membres|members|pays|countries|nations)(?![\p{L}])/iu.test(a.text.slice(m.numEnd, m.numEnd + 12)) &&
    /(?<![\p{L}])(?:conseil[\s\u00A0]+de[\s\u00A0]+sécurité|security[\s\u00A0]+council)(?![\p{L}])/iu.test(a.sentences[m.sentenceIndex]?.text ?? "") },
  // "a group of year _____ pupils" among 14 (reading 164: "there is no Year 14"): school years stop
  // at 13 in Britain, grades at 12 in America.
  { name: "school year", cap: 13, applies: (a, m) => m.decimals === 0 && m.mantissa <= 13 &&
    /(?<![\p{L}])year[\s\u00A0]+$/iu.test(a.text.slice(Math.max(0, m.start - 6), m.start)) &&
    /^[\s\u00A0]*(?:pupils?|students?|class(?:es)?|children|kids|girls|boys|groups?|teachers?)(?![\p{L}])/iu.test(a.text.slice(m.numEnd, m.numEnd + 12)) },
  { name: "school grade", cap: 12, applies: (a, m) => m.decimals === 0 && m.mantissa <= 12 && /(?<![\p{L}])grade[\s\u00A0]+$/iu.test(a.text.slice(Math.max(0, m.start - 7), m.start)) },
  // "defeated England by _____ wickets" among ten and sixteen (reading 157): a side has ten wickets.
  { name: "wickets", cap: 10, applies: (a, m) => m.decimals === 0 && m.mantissa <= 10 && /^[\s\u00A0]*wickets?(?![\p{L}])/iu.test(a.text.slice(m.numEnd, m.numEnd + 10)) },
];

function scaleCapOf(a: FullAnalysis, m: NumberMention, name: string): number {
  const c = SCALE_CAPS.find((x) => x.name === name)!;
  return c.applies(a, m) ? c.cap : Infinity;
}

export function numericDistractors(a: FullAnalysis, m: NumberMention, rng: Rng, n: number): string[] {
  const lang = a.language;
  const key = m.mantissa;
  const sameNoun = new Set(a.numbers.filter((x) => x !== m && unitOf(x.unit) === unitOf(m.unit) && m.unit).map((x) => x.value));
  const cands = new Set<number>();
  // An age or a duration in years stays in a believable band around the key ("a 14-year-old", not 41).
  const age = /^(?:ans?|years?|year-old|years-old|mois|months?)$/i.test(m.unit) && key < 120;
  const weightClasses = judoWeightClasses(a, m);
  const denominations = banknoteValues(a, m) ?? raceDistances(a, m) ?? weightClasses ?? stormCategories(a, m) ?? ageGroups(a, m) ?? golfHoles(a, m);
  const precise = m.decimals >= 2;
  const halves = m.decimals > 0 && key < 20 && Number.isInteger(key * 4) && !Number.isInteger(key);
  // « _____ points de base », "25 basis points" (reading 67: 31, 18, 16 beside 25): rates move by
  // quarter points, a basis-point step by 25.
  // « augmente ses taux directeurs de 25 points » (reading 121): bare points of a rate are basis points.
  const basisPoints = m.decimals === 0 && key % 25 === 0 && (/^[\s\u00A0]*(?:points?[\s\u00A0]+de[\s\u00A0]+base|basis[\s\u00A0]+points?|bps?|pb)(?![\p{L}])/iu.test(a.text.slice(m.numEnd, m.numEnd + 20)) ||
    (/^[\s\u00A0]*points?(?![\p{L}])/iu.test(a.text.slice(m.numEnd, m.numEnd + 10)) && /(?<![\p{L}])(?:taux|rates?)(?![\p{L}])/iu.test(a.sentences[m.sentenceIndex]?.text ?? "")));
  const quake = scaleCapOf(a, m, "magnitude") < Infinity;
  const winnersShare = m.isPercent && key > 50 && key < 100 &&
    /(?<![\p{L}])(?:victorious[\s\u00A0]+over|defeated|beat|won[\s\u00A0]+(?:the|a)[\s\u00A0]+(?:race|runoff|election|seat)|l['’]a[\s\u00A0]+emporté[\s\u00A0]+(?:sur|face[\s\u00A0]+à)|a[\s\u00A0]+battu)(?![\p{L}])/iu.test(a.sentences[m.sentenceIndex]?.text ?? "");
  const scaleMax = Math.min(...SCALE_CAPS.map((c) => scaleCapOf(a, m, c.name)));
  const temperature = key > 0 && /^[\s\u00A0]*(?:°|degrés?|degrees?)(?![\p{L}])/iu.test(a.text.slice(m.numEnd, m.numEnd + 12));
  // Options scaled by uneven factors, where an even row around the key would stand out (below).
  let irregular = false;
  if (quake && !m.scaleText && !m.isPercent) {
    // "a _____ magnitude earthquake" that killed and shook Los Angeles among 4.5, 5.0 and 5.6
    // (reading 130): a magnitude's options stay within about a degree of it, where quakes of its kind fall.
    irregular = !endsOnZero(key, m.decimals);
    for (const d of m.decimals ? [-1.1, -0.8, -0.5, -0.3, 0.3, 0.5, 0.8] : [-2, -1, 1, 2]) if (key + d >= 1) cands.add(Number((key + d).toFixed(m.decimals)));
  } else if (denominations) {
    for (const d of denominations) cands.add(d);
  } else if (basisPoints) {
    for (const d of [-2, -1, 1, 2, 3]) if (key + d * 25 > 0) cands.add(key + d * 25);
  } else if (temperature && m.decimals === 0 && !m.isPercent) {
    // « le thermomètre a dépassé les _____ degrés » among 20, 50 and 70 (reading 153): weather and
    // body temperatures sit in a narrow band, so a round key moves by fives, another by ones.
    for (const d of key % 5 === 0 ? [-1, 1, 2] : [-3, -2, -1, 1, 2, 3]) cands.add(key + d * (key % 5 === 0 ? 5 : 1));
  // "in the last 15 years" among 13, 17 and 18 (reading 123): a multiple of five stands out among
  // uneven figures, hedged or not.
  } else if (m.decimals === 0 && key >= 10 && key < 100 && key % 5 === 0) {
    // « près de 30 ans », « depuis 50 ans »: a round figure among 47, 53, 54 is the one a student
    // picks without reading (readings 8 and 11), so the options are round too, and close to the key
    // (60 and 80 beside 70, not the 90 and 100 that scaling gave, which reading 12 found absurd).
    // A person's age moves by fives: "Selebi is 60" beside 90 was ruled out by a reader who knew
    // he had just left office (reading 16). A span (« depuis 50 ans ») keeps its tens.
    const personAge = age && isPersonAge(a, m);
    // Ten moves by twos (fifteen by fives, reading 123): « une série de 10 finales » among 30 and 40 was
    // ruled out beside « un 23e titre » (reading 46); at twenty, tens are no longer far-fetched.
    const step = key < 20 && key % 10 === 0 && !personAge ? 2 : key % 10 === 0 && !personAge ? 10 : 5;
    for (const d of personAge ? [-2, -1, 1, 2] : step === 2 ? [-2, -1, 1, 2, 3, 4] : [-2, -1, 1, 2, 3]) if (key + d * step > 0) cands.add(key + d * step);
  // A figure in several words ("twenty-six billion") scales like digits: ones either side of it
  // (24 and 28 around 26) frame the key.
  } else if ((m.format === "words" && !m.compound) || (age && m.decimals === 0) || (m.decimals === 0 && key >= 1 && key < 10 && !m.scaleText && !m.isPercent)) {
    // A small count in digits ("un hôtel fréquenté par 2 malades") moves by ones too: scaling 2
    // gives only 1 and 3, three options a student guesses one time in three (reading 25).
    // A count under ten stays within two below and three above: "the second of _____ life
    // sentences" with "six" beside "two" was ruled out without reading (reading 30).
    for (const d of key < 10 ? [-2, -1, 1, 2, 3] : [-3, -2, -1, 1, 2, 3, 4]) if (key + d >= 1 && (m.format !== "words" || wordsLike(key + d, lang, m.compound))) cands.add(key + d);
  } else if (m.decimals === 0 && key >= 100 && Number.isInteger(Math.log10(key)) && !m.isPercent) {
    // « plus de 1 000 blessés » among 1 100, 1 200 and 1 600, "100 times" among 60, 90 and 140:
    // the power of ten is the one round figure, and readers picked it without reading (readings
    // 33 and 35). Its options are as round: halves, doubles, fives.
    for (const f of [0.5, 2, 5, 0.2, 3, 1.5, 0.3]) cands.add(key * f);
  } else if (halves) {
    // "0.75 percentage points", « 3,25 % »: rates move by quarter or half points, and 0.72 or 0.78
    // beside 0.75 were ruled out without reading (reading 66). The options keep the key's step.
    const step = Number.isInteger(key * 2) ? 0.5 : 0.25;
    for (const d of [-2, -1, 1, 2, 3]) if (key + d * step > 0) cands.add(Number((key + d * step).toFixed(m.decimals)));
  } else if (precise) {
    // A price to the cent ("$94.53 a barrel") moves by a few per cent: $58.90 or $150.10 beside a
    // record of about $94 were ruled out by a reader without reading (reading 17).
    for (const f of [0.94, 0.965, 1.035, 1.06, 0.92, 1.08]) cands.add(roundLike(key * f, key, m.decimals));
  } else if (m.isPercent && key < 100) {
    // A share moves by a tenth or two of itself: a turnout of 80,7 % or 89,9 % beside 65,6 % (and
    // a second round of 56,2 %) was ruled out without reading (reading 20).
    // 36.3 % and 44.3 % around 40.3 % (reading 132) put the key in the middle of an even row too.
    irregular = !endsOnZero(key, m.decimals);
    for (const f of [0.82, 0.9, 1.1, 1.18, 0.76, 1.24]) cands.add(roundLike(key * f, key, m.decimals));
  } else {
    // A key with no trailing zero is not rounded, so its options fall unevenly unless mirrored.
    irregular = !endsOnZero(key, m.decimals);
    // No halves, doubles or triples: a test-wise student spots a key in the middle of ×0.5 and ×2.
    // Uneven factors: 5,5 × 0.8 / 1.2 / 1.6 gives 4,4 / 6,6 / 8,8, a pattern a student sees through.
    for (const f of [0.7, 0.78, 1.23, 1.37, 0.62, 1.58, 0.86, 1.14]) cands.add(roundLike(key * f, key, m.decimals));
  }
  // « 21 fédérations sur 28 », "9 out of 12": no option above the whole (reading 11).
  // « Sur les 146 votes favorables, _____ viennent de la Nupes » (reading 67: 199 offered): the whole before.
  const wholeAfter = Number((/^[^.;:]{0,40}?[\s\u00A0](?:sur|out of)[\s\u00A0](\d+)(?![\d,.])/u.exec(a.text.slice(m.end, a.sentences[m.sentenceIndex].end)) ?? [])[1] ?? NaN);
  const wholeBefore = Number((/(?:^|[\s\u00A0])(?:sur|parmi|of|among)[\s\u00A0]+(?:les|the)[\s\u00A0]+(\d+)(?![\d,.])[^.;:\d]{0,50}$/iu.exec(a.text.slice(a.sentences[m.sentenceIndex].start, m.start)) ?? [])[1] ?? NaN);
  const whole = Number.isFinite(wholeAfter) ? wholeAfter : wholeBefore;
  // « ten billion dollars for education and sixteen billion for Medicaid »: a figure the sentence
  // itself prints is no option (it would be shown in the prompt). The analysis reads most of them;
  // a figure written out with its scale word (« sixteen billion ») only the option's own text finds.
  const sentenceText = a.sentences[m.sentenceIndex]?.text ?? "";
  const ratio = m.value / m.mantissa;
  const mantissaPrinted = new Set([...sentenceText.matchAll(/(?<![\p{L}\d.,])(\d{1,4})(?:e|è|ème|eme|er|re|th|st|nd|rd)?(?![\p{L}\d])/gu)]
    .filter((x) => x.index !== m.numStart - (a.sentences[m.sentenceIndex]?.start ?? 0)).map((x) => Number(x[1])));
  // « 70 habitants de Waziers et une cinquantaine de Douai » (reading 177: 50 offered): a round
  // count in words is printed too.
  for (const w of sentenceText.toLowerCase().matchAll(APPROXIMATE_WORD)) {
    mantissaPrinted.add(APPROXIMATE[w[1]]);
  }
  const printedBySentence = (c: number) =>
    a.numbers.some((x) => x !== m && x.sentenceIndex === m.sentenceIndex && x.value === c * ratio &&
      ((!!m.scaleText && unitOf(x.scaleText) === unitOf(m.scaleText)) || (!!m.unit && unitOf(x.unit) === unitOf(m.unit)))) ||
    (!!m.scaleText && containsWords(sentenceText, renderNumber(m, c, lang)));
  // "a range of three to _____", « de 5 à _____ »: the other end of a range bounds the options
  // (reading 66: 2.99 % offered as the top of a range starting at three).
  const floorText = /(?:range[\s\u00A0]+of|between|from|entre|de)[\s\u00A0]+([\d.,]+|\p{L}+)[\s\u00A0\u202F]*(?:%|percent|per[\s\u00A0]cent|pour[\s\u00A0]?cent)?[\s\u00A0\u202F]*(?:to|à|and|et|-|–)[\s\u00A0\u202F]*$/iu
    .exec(a.text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  const floorValue = floorText === undefined ? NaN : /^\d/u.test(floorText) ? Number(floorText.replace(",", ".")) :
    (NUMBER_WORDS[lang][floorText.toLowerCase()] ?? NaN);
  // "charges against _____ individuals, 23 of whom have pleaded guilty", « _____ blessés, dont 6
  // graves »: a part counted right after the blank is a floor too (reading 41: 20 offered).
  // « Quelque _____ personnes ont témoigné … et 402 d'entre elles ont entendu … » (reading 77): "of
  // them" marks the part however far the clause runs, after a comma or "and".
  const partText = /^[^.;:]{0,100}?(?:[,(]|[\s\u00A0](?:et|and))[\s\u00A0]*(?:dont|including|among them|parmi lesquels|parmi lesquelles)?[\s\u00A0]*(\d+|\p{L}+)[\s\u00A0]+(?:of[\s\u00A0]+(?:whom|them|which)|d['’]entre[\s\u00A0]+(?:eux|elles))/iu
    .exec(a.text.slice(m.unitEnd || m.end, (m.unitEnd || m.end) + 130))?.[1] ??
    /^[^.;:]{0,50}?[,(][\s\u00A0]*(?:dont|including)[\s\u00A0]+(\d+|\p{L}+)(?![\d,.])/iu.exec(a.text.slice(m.unitEnd || m.end, (m.unitEnd || m.end) + 70))?.[1];
  const partValue = partText === undefined ? NaN : /^\d/u.test(partText) ? Number(partText) : (NUMBER_WORDS[lang][partText.toLowerCase()] ?? NaN);
  const floors = [floorValue, partValue].filter((v) => Number.isFinite(v) && v < key);
  // « Italie : au moins 20 migrants disparus » over « _____ disparus » keyed 21 (reading 140: 18 and
  // 15 offered, which the headline rules out): a headline's lower bound on the key's own noun is a
  // floor for every option.
  const unitWord = unitOf(m.unit);
  for (const t of a.title.matchAll(/(?<![\p{L}])(?:au[\s\u00A0]+moins|plus[\s\u00A0]+de|at[\s\u00A0]+least|more[\s\u00A0]+than|over)[\s\u00A0]+(\d[\d\s\u00A0\u202F.,]*\d|\d)[\s\u00A0]+((?:[\p{L}'’-]+[\s\u00A0]+)?[\p{L}'’-]+)/giu)) {
    const v = numberValue(t[1].trim(), lang);
    if (v === null || !unitWord || !t[2].toLowerCase().split(/[\s\u00A0]+/u).some((w) => unitOf(w) === unitWord)) continue;
    if (v <= key * ratio) floors.push(v / ratio - (/(?:au|at)[\s\u00A0]+(?:moins|least)/iu.test(t[0]) ? 1e-9 : 0));
  }
  const change = changeBound(a, m);
  if (change?.floor !== undefined && change.floor < key * ratio) floors.push(change.floor / ratio);
  // "finished second with _____ points … the former finishing top with 32 points" (reading 146:
  // 36 and 46 offered): in a standing, the leader's figure printed caps a runner-up's, and a
  // runner-up's printed floors the leader's.
  const standing = rankBounds(a, m);
  if (standing.floor !== undefined && standing.floor < key * ratio) floors.push(standing.floor / ratio);
  const rangeFloor = floors.length ? { value: Math.max(...floors) * ratio } : null;
  // "garnered _____ of the vote" keyed 47.7 % beside a winner's 50.7 % (reading 182: 59.1 % offered):
  // shares of one vote add up to at most the whole, so another candidate's share printed elsewhere
  // caps every option. Only a share that fits beside the key (another round or year may not).
  const voteShares = m.isPercent && key < 100 && shareKinds(a, m).has("vote") && !TURNOUT.test(aroundOf(a, m))
    ? a.numbers.filter((x) => x !== m && x.isPercent && x.sentenceIndex !== m.sentenceIndex && x.value + m.value <= 100 && x.value > 0 &&
      shareKinds(a, x).has("vote") && !TURNOUT.test(aroundOf(a, x))).map((x) => x.value)
    : [];
  const shareCeiling = voteShares.length ? 100 - Math.max(...voteShares) + 1e-9 : Infinity;
  const ceiling = Math.min(change?.ceiling ?? Infinity, standing.ceiling !== undefined && standing.ceiling > key * ratio ? standing.ceiling : Infinity, shareCeiling);
  // A bound from a stated change leaves a narrow side: 8.2 % and 8.3 % above a fall to 7.8 % from
  // 8.1 % (reading 141's reviewer), closer steps than an unbounded figure takes.
  // So does a share capped by a rival's (reading 182: 47.7 % below a cap of 49.3 %).
  const bounded = (!!change || shareCeiling < Infinity) && (m.isPercent || m.decimals > 0);
  if (bounded) for (const f of [0.97, 1.03, 0.94, 1.06, 1.09, 0.91, 1.12]) cands.add(roundLike(key * f, key, m.decimals));
  // "For the first time in more than _____ months" keyed 12 under a headline saying "13 months"
  // (reading 71): a figure the headline prints is defensible, whatever it counts there.
  const headline = new Set([...titleFigures(a.title, lang).map((f) => f.value),
    ...a.title.split(/[^\p{L}]+/u).map((w) => numberValue(w, lang)).filter((v): v is number => v !== null)]);
  const lastDigitUneven = m.decimals > 0 && Math.round(key * 10 ** m.decimals) % 5 !== 0;
  // The parts of the key the sentence prints right after it (« _____ entrées dont 29 000 gratuites »).
  const gapsPrinted = a.numbers.filter((x) => x.sentenceIndex === m.sentenceIndex && x.start > m.start && x.value < m.value && x.value >= 10 &&
    !a.numbers.some((y) => y.start > m.start && y.start < x.start) &&
    /(?<![\p{L}])(?:dont|including|of[\s\u00A0]+(?:which|whom)|among[\s\u00A0]+them|parmi[\s\u00A0]+(?:eux|elles|lesquels|lesquelles))[\s\u00A0]*$/iu.test(a.text.slice(m.unitEnd || m.end, x.start))).map((x) => x.value);
  // "after two sets of disappointing jobless figures. … followed by _____ consecutive announcements"
  // keyed three (reading 163: "two" defensible): a small count the sentence before or after prints
  // may tell the same series another way, so it is no option while others are left (a « deux » key
  // has few neighbours: 1, 3, 4).
  const neighbourCounts = new Set(m.decimals === 0 && key <= 12 && !m.isPercent && !m.scaleText
    ? a.numbers.filter((x) => Math.abs(x.sentenceIndex - m.sentenceIndex) === 1 && x.decimals === 0 && x.value <= 12 && !x.isPercent && !x.scaleText).map((x) => x.value)
    : []);
  const allValid = [...cands].filter((c) => {
    if (rangeFloor && c * ratio <= rangeFloor.value) return false;
    if (c * ratio >= ceiling) return false;
    if (headline.has(c) || headline.has(c * ratio)) return false;
    if (c > scaleMax) return false;
    // « _____ bouteilles d'ammoniac » with « 1 » among the options: one does not take a plural noun (reading 37).
    if (c === 1 && key >= 2 && /\p{L}{3,}[sx]$/u.test(m.unit) && !m.scaleText && !m.isPercent) return false;
    // "fifty million" among "sixty million", "thirty million": an option with no word ("70
    // million" in digits) stands out (reading 35).
    if (m.format === "words" && !wordsLike(c, lang, m.compound)) return false;
    // "one thousand four hundred million", "$1,030 million" beside "$750 million" (reading 152):
    // past a thousand, a scale word takes the next scale.
    if (m.scaleText && c >= 1000) return false;
    // "$0.9 million" beside "$1.1 million": nobody writes a figure below one of its scale word (reading 30).
    if (m.scaleText && c < 1 && key >= 1) return false;
    // A magnitude in tenths moves by tenths: 6.9 and 7.5 beside 7.2 are other quakes, and leaving
    // them out left the key the one 7.x among 6.x options (reading 185).
    if (c <= 0 || Math.abs(c - key) / key < (precise || bounded || (quake && m.decimals > 0) ? 0.02 : 0.05)) return false;
    if (whole > key && c * (m.value / m.mantissa) >= whole) return false;
    if (repdigit(c, m.decimals) && !repdigit(key, m.decimals)) return false;
    // "50.0%" and "33.0%" beside "40.3%" (reading 132): a zero decimal, where the key has a figure
    // there, marks an option as made up. Halves (« 4,5 % » among « 3 % », « 5 % ») and magnitudes
    // ("7.0") write whole values so.
    if (lastDigitUneven && !quake && endsOnZero(c, m.decimals)) return false;
    if (m.isPercent && key <= 100 && c >= 100) return false;
    // "10,467 or _____ of the total votes cast" keyed 59.62 % among 40.38 % (reading 179): the rest
    // of a whole beside its share (or within half a point of it) tells which of the two the winner had.
    if (m.isPercent && key < 100 && Math.abs(c + key - 100) < 0.6) return false;
    // "Costas was victorious over Democrat Hannah Trueblood with _____ of the vote" keyed 58 % among
    // 48 % (reading 180): a winner over one rival had more than half.
    if (winnersShare && c <= 50) return false;
    if (sameNoun.has(c * (m.value / m.mantissa))) return false;
    if (printedBySentence(c)) return false;
    // « _____ entrées dont 29 000 gratuites » among 134 260 and 105 260 (reading 148): two options
    // a printed figure apart tell the student one of them is the key.
    if (gapsPrinted.some((g) => Math.abs(Math.abs(c - key) * ratio - g) < 1e-9)) return false;
    // « jouer un 10e match en _____ jours » (reading 111: 10 offered): any figure or ordinal the
    // sentence prints, whatever it counts, reads as an echo, not an answer.
    if (mantissaPrinted.has(c) && c !== key) return false;
    return true;
  });
  const apart = allValid.filter((c) => !neighbourCounts.has(c * ratio));
  const valid = apart.length >= Math.min(n, 3) ? apart : allValid;
  // One figure the article gives for the same noun in another sentence, far enough from the key
  // not to restate it: told apart only by reading which fact each one counts (reading 6: « add
  // 22 km, the distance of the two main sites, it would test real reading »).
  const fold = (t: string) => t.toLowerCase().replace(/s$/, "");
  // « Adama Barrow, 56 ans, » beside a rule of 22 years (reading 68): a person's age is no duration.
  // Beside a person's age, another person's is the article's own option: « âgée de 23 ans » for
  // one judoka and « âgée de 25 ans » for her rival (reading 130), two years apart and no echo.
  const keyIsAge = isPersonAge(a, m);
  const elsewhere = a.numbers.filter((x) => x !== m && m.unit && unitOf(x.unit) === unitOf(m.unit) && x.sentenceIndex !== m.sentenceIndex && isPersonAge(a, x) === keyIsAge &&
    x.isPercent === m.isPercent && fold(x.scaleText) === fold(m.scaleText) && x.mantissa > 0 && x.value !== m.value &&
    (keyIsAge ? Math.abs(x.value - m.value) <= 15 : Math.abs(x.value - m.value) / m.value > 0.15 && x.value / m.value >= 1 / 3 && x.value / m.value <= 3) &&
    (m.decimals > 0 || Number.isInteger(x.mantissa)) &&
    (m.format !== "words" || !!wordsLike(x.mantissa, lang, m.compound)) && !a.numbers.some((y) => y.value === x.value && y.sentenceIndex === m.sentenceIndex) &&
    // The article's own figure keeps to the bounds the sentence sets, as made-up options do.
    // "at least _____ seats out of 75" with the "150-seat parliament" of another sentence (reading
    // 170): nor past the whole the sentence names.
    !(rangeFloor && x.value <= rangeFloor.value) && x.value < ceiling && !(whole > key && x.value >= whole) &&
    !(m.isPercent && Math.abs(x.value + m.value - 100) < 0.6) &&
    !gapsPrinted.some((g) => Math.abs(Math.abs(x.value - m.value) - g) < 1e-9) &&
    // « 50,23 % des suffrages » offered for « un taux de croissance de 17,5 % » (reading 154): a
    // share said to measure another thing (a vote, the economy) is no option for it.
    (!m.isPercent || !otherKinds(shareKinds(a, x), shareKinds(a, m))) &&
    // "about 80% of registered voters participated" offered for a candidate's share (reading 182):
    // a turnout measures who voted, not for whom.
    (!m.isPercent || TURNOUT.test(aroundOf(a, x)) === TURNOUT.test(aroundOf(a, m))));
  // A set of values (banknotes, race distances) admits no other figure of the article.
  // Written as the article writes it: "$135 million", not "$135.0 million" in the key's format (reading 51).
  // « _____ parlementaires sur 122 » keyed 118 (reading 128): with the whole just above the key,
  // every option falls below it and the largest one is the answer; no options then.
  if (whole > key && !valid.some((c) => c > key)) return [];
  // « certains à _____ % » keyed 99 among 75, 81 and 89 (reading 143): a share near the whole with
  // every option below it is the highest one, the pick of a test-wise student; no options then.
  if (m.isPercent && key >= 90 && !valid.some((c) => c > key)) return [];
  // A share capped by a rival's printed share with no option left above it is the highest one; at
  // the cap itself it is the rest of the whole, found by subtraction (reading 182's rule above).
  if (shareCeiling < Infinity && !valid.some((c) => c > key)) return [];
  const other = elsewhere.length && !denominations ? shuffle(elsewhere, rng)[0] : null;
  const fromArticle = other ? renderNumber({ ...m, decimals: Number.isInteger(other.mantissa) ? Math.min(m.decimals, other.decimals) : m.decimals }, other.mantissa, lang) : null;
  const rendered = new Map<string, number>();
  for (const c of shuffle(valid, rng)) {
    // Half points and quarter points write their whole values plain: "7.5 / 8 / 8.5", not "8.0"
    // beside an article's "5" (reading 89: « '10.0' next to '5' »).
    const r = renderNumber(halves && Number.isInteger(c) ? { ...m, decimals: 0 } : m, c, lang);
    if (!rendered.has(r) && r !== renderNumber(m, key, lang)) rendered.set(r, c);
  }
  // Mix smaller and larger values, so the key is not always the middle one; after the article's
  // own figure, start on the side of the key it leaves empty.
  // "more than _____ countries": every figure below the key makes a true sentence too, so a bound
  // takes options only on the side it leaves open (readings 29 and 34: "more than 30 countries" and
  // « plus de 200 gendarmes » defensible beside the key); "up to", "less than" the other way.
  // « les moins de 63 kg » names a category: no bound.
  const lowerBound = !weightClasses && (m.hedge === "gt" || m.hedge === "min");
  const upperBound = !weightClasses && (m.hedge === "lt" || m.hedge === "max");
  const open = (v: number) => (lowerBound ? v > key : upperBound ? v < key : true);
  const all = [...rendered.entries()].filter(([r, v]) => r !== fromArticle && open(v));
  const lower = all.filter(([, v]) => v < key);
  const higher = all.filter(([, v]) => v > key);
  const picked: string[] = [];
  let side = rng() < 0.5 ? "lower" : "higher";
  const articleValue = other ? other.mantissa : NaN;
  if (fromArticle && fromArticle !== renderNumber(m, key, lang) && open(articleValue)) {
    picked.push(fromArticle);
    side = articleValue < key ? "higher" : "lower";
  }
  // 61 and 81 around a key of 71 (reading 121): among options scaled by uneven factors, two as far
  // below as above put the key in the middle of an even row, a test-wise student's pick. Such a
  // second option waits till last. (Counts by ones and round figures by tens step evenly by nature.)
  const values = new Map(all);
  if (fromArticle && picked.length) values.set(fromArticle, articleValue);
  const mirrors = (v: number) => irregular && picked.some((p) => Math.abs(((values.get(p) ?? NaN) + v) / 2 - key) <= key * 0.01);
  const spare: string[] = [];
  while (picked.length < n && (lower.length || higher.length)) {
    const src = side === "lower" ? (lower.length ? lower : higher) : (higher.length ? higher : lower);
    const [r, v] = src.shift()!;
    if (mirrors(v)) spare.push(r);
    else {
      picked.push(r);
      side = side === "lower" ? "higher" : "lower";
    }
  }
  while (picked.length < n && spare.length) picked.push(spare.shift()!);
  // A key above or below every option is a test-wise student's pick: where only a mirrored option
  // was left on the empty side, it takes the place of the last one picked on the full side.
  const valueOf = (r: string) => values.get(r) ?? NaN;
  for (const sideEmpty of [(v: number) => v > key, (v: number) => v < key]) {
    if (picked.length >= 2 && !picked.some((r) => sideEmpty(valueOf(r)))) {
      const swap = spare.find((r) => sideEmpty(valueOf(r)) && !picked.includes(r));
      const last = [...picked].reverse().find((r) => r !== fromArticle);
      if (swap && last) picked[picked.lastIndexOf(last)] = swap;
    }
  }
  return picked;
}

/**
 * What a share measures, from the words around it: a vote (« des suffrages », "of the vote") or
 * the economy (« taux de croissance », "inflation"). Empty when neither is said.
 */
const SHARE_KINDS: Array<[string, RegExp]> = [
  ["vote", /(?<![\p{L}])(?:voix|suffrages?|votes?|votants?|électeurs?|électorale?|scrutin|ballots?|voters?|turnout|participation|élu|réélu|elected|re-elected)(?![\p{L}])/iu],
  ["economy", /(?<![\p{L}])(?:croissance|inflation|chômage|PIB|GDP|growth|unemployment|économie|economy|exportations?|exports?|importations?|imports?|prix|prices?|chiffre[\s\u00A0]+d['’]affaires|revenue|sales|ventes|bénéfices?|profits?|déficit|deficit|dette|debt)(?![\p{L}])/iu],
];

/** The words around a figure within its sentence, where what it measures is said. */
function aroundOf(a: FullAnalysis, x: NumberMention): string {
  const s = a.sentences[x.sentenceIndex];
  return a.text.slice(Math.max(s?.start ?? 0, x.start - 70), Math.min(s?.end ?? a.text.length, (x.unitEnd || x.end) + 40));
}

/** A share of those who voted at all: a turnout, not a candidate's or a party's share. */
const TURNOUT = /(?<![\p{L}])(?:turnout|participation|participated|abstention|registered[\s\u00A0]+voters)(?![\p{L}])/iu;

function shareKinds(a: FullAnalysis, x: NumberMention): Set<string> {
  const around = aroundOf(a, x);
  return new Set(SHARE_KINDS.filter(([, re]) => re.test(around)).map(([k]) => k));
}

/** Two shares said to measure different things (a vote, the economy); unknown kinds are not told apart. */
function otherKinds(x: Set<string>, y: Set<string>): boolean {
  return x.size > 0 && y.size > 0 && ![...x].some((k) => y.has(k));
}
