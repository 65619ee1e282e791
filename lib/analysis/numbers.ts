// Numbers with their hedge, scale, unit and head noun: "plus de 1 600 blessés",
// "1,5 million", "près de 80 %", "$3.4 million", "sept instruments". Parsed by language:
// in French "2,030" is 2.03 and "2 030" (any space kind) is 2030.
import type { Language } from "../generation/contract";
import { WEEKDAYS } from "./lexicon/calendar";
import { HEDGES, NUMBER_PART, NUMBER_WORDS, SCALE_WORDS } from "./lexicon/number-words";
import { COMPOUND_NUMBER, compoundValue } from "./lexicon/compound-numbers";
import { STOPWORDS } from "./lexicon/stopwords";
import type { DateMention, Hedge, NumberMention, Sentence } from "./types";

const DIGITS: Record<Language, RegExp> = {
  // « 10.000 morts », « 1.147 véhicules »: French also groups thousands with a dot (its decimal
  // mark is the comma), so a dot before exactly three digits is a group, not a decimal.
  fr: /(?<![\p{L}\p{N},.])(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d.])|\d+)(?:,(\d+))?(?![\p{N}])/gu,
  // "over 36 300 brown trout" (reading 100: a cloze blanked "300" and left "36" printed): British
  // copy groups thousands with a space too. Not after a month ("May 5 300 …") nor before another digit.
  en: /(?<![\p{L}\p{N},.])(?<!(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[\p{L}.]*[\s\u00A0])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\p{N},.])|\d+)(?:\.(\d+))?(?![\p{N}])/gu,
};

function wordsRe(lang: Language): RegExp {
  const words = Object.keys(NUMBER_WORDS[lang]).sort((a, b) => b.length - a.length).join("|");
  return new RegExp(`(?<![\\p{L}\\-])(${words})(?![\\p{L}\\-])`, "giu");
}
const WORDS_RE: Record<Language, RegExp> = { fr: wordsRe("fr"), en: wordsRe("en") };

const WEEKDAY_SET = new Set([...WEEKDAYS.fr, ...WEEKDAYS.en]);

const HEDGE_WORDS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(HEDGES.fr.flatMap(([h]) => h.split(" "))),
  en: new Set(HEDGES.en.flatMap(([h]) => h.split(" "))),
};

function findHedge(before: string, lang: Language): { text: string; hedge: Hedge } | null {
  const low = before.toLowerCase().replace(/[\u00A0\u202F]/g, " ");
  for (const [h, kind] of HEDGES[lang]) {
    if (!low.endsWith(`${h} `)) continue;
    const prev = low.charAt(low.length - h.length - 2);
    if (prev === "" || /[\s'’(]/.test(prev)) return { text: before.slice(before.length - h.length - 1, before.length - 1), hedge: kind };
  }
  return null;
}

interface Tail {
  scaleText: string;
  scale: number;
  unit: string;
  isPercent: boolean;
  /** End of the mention (numeral + scale, and % when present). */
  end: number;
  unitEnd: number;
}

const PERCENT_WORDS: Record<Language, RegExp> = {
  fr: /^[\s\u00A0\u202F]*(?:%|pour[\s\u00A0]cent\b)/u,
  en: /^[\s\u00A0\u202F]*(?:%|percent\b|per[\s\u00A0]cent\b)/u,
};
const WORD_AFTER = /^[\s\u00A0\u202F-]*([\p{L}][\p{L}\p{M}]*)/u;

function readTail(body: string, pos: number, lang: Language): Tail {
  let end = pos;
  let scaleText = "";
  let scale = 1;
  let m = WORD_AFTER.exec(body.slice(end, end + 40));
  if (m && SCALE_WORDS[lang][m[1].toLowerCase()]) {
    scaleText = m[1];
    scale = SCALE_WORDS[lang][m[1].toLowerCase()];
    end += m[0].length;
  }
  const pm = PERCENT_WORDS[lang].exec(body.slice(end, end + 20));
  if (pm) {
    end += pm[0].length;
    return { scaleText, scale, unit: "%", isPercent: true, end, unitEnd: end };
  }
  // Head noun: skip "de/d'/of" after a scale word ("1,2 milliard d'euros", "3 million of").
  let look = end;
  const rest = body.slice(look, look + 60);
  const ofm = /^[\s\u00A0\u202F]+(?:de|d['’]|of)[\s\u00A0\u202F]*/iu.exec(rest);
  if (scaleText && ofm) look += ofm[0].length;
  m = WORD_AFTER.exec(body.slice(look, look + 40));
  let unit = "";
  let unitEnd = end;
  if (m && !STOPWORDS[lang].has(m[1].toLowerCase()) && !/^\p{Lu}/u.test(m[1]) || (m && /^(?:h|km|kg|m|cm|mm|t|g)$/i.test(m[1]))) {
    unit = m![1].toLowerCase();
    unitEnd = look + m![0].length;
    // "140 km/h", "5 m/s", "3 t/an": a rate is one unit; "140 km" would be another quantity (reading 34).
    const rate = /^\/[\p{L}]{1,3}(?![\p{L}])/u.exec(body.slice(unitEnd, unitEnd + 5));
    if (rate) {
      unit += rate[0].toLowerCase();
      unitEnd += rate[0].length;
    }
  }
  return { scaleText, scale, unit, isPercent: false, end, unitEnd };
}

function parseDigits(intPart: string, frac: string | undefined): { mantissa: number; decimals: number } {
  const i = Number(intPart.replace(/[^\d]/g, ""));
  if (!frac) return { mantissa: i, decimals: 0 };
  return { mantissa: Number(`${i}.${frac}`), decimals: frac.length };
}

export function extractNumbers(text: string, sentences: Sentence[], dates: DateMention[], lang: Language): NumberMention[] {
  const out: NumberMention[] = [];
  let di = 0;
  for (const s of sentences) {
    if (s.isHeading) continue;
    const body = s.text;
    const found: NumberMention[] = [];
    const inDate = (a: number, b: number) => {
      while (di < dates.length && dates[di].end <= s.start) di++;
      for (let k = di; k < dates.length && dates[k].start < s.end; k++) if (a < dates[k].end && b > dates[k].start) return true;
      return false;
    };
    const consider = (localStart: number, localEnd: number, mantissa: number, decimals: number, format: "digits" | "words", compound?: string) => {
      const absStart = s.start + localStart;
      if (inDate(absStart, s.start + localEnd)) return;
      const after = body.slice(localEnd, localEnd + 12);
      // Times ("14 h 27", "2:19:07", "14h"), ordinals ("1er", "11e", "35th") and model names are not quantities.
      if (/^(?:[:h]\d|[\s\u00A0\u202F]?h[\s\u00A0\u202F]?\d|er\b|e\b|ème|th\b|st\b|nd\b|rd\b)/u.test(after)) return;
      if (localStart > 0 && body[localStart - 1] === ":") return;
      // "plusde3 000" (a source's typo): a figure glued to a word, or the "000" left of a split
      // thousands group, is no quantity (reading 23's text gave a key of 0).
      if (format === "digits" && (/^0\d/.test(body.slice(localStart, localEnd)) || (localStart > 0 && /\p{L}/u.test(body[localStart - 1])))) return;
      const beforeWord = /([\p{L}]+)[\s\u00A0\u202F]*$/u.exec(body.slice(Math.max(0, localStart - 30), localStart));
      if (format === "digits" && beforeWord && /^\p{Lu}/u.test(beforeWord[1]) && !/[,.;:]\s*$/.test(body.slice(0, localStart)) &&
        !STOPWORDS[lang].has(beforeWord[1].toLowerCase()) && !HEDGE_WORDS[lang].has(beforeWord[1].toLowerCase())) return; // "Ariane 6"
      if (/\d[\s\u00A0\u202F]?h[\s\u00A0\u202F]?$/.test(body.slice(Math.max(0, localStart - 5), localStart))) return; // "14 h 27"
      if (beforeWord && WEEKDAY_SET.has(beforeWord[1].toLowerCase())) return; // "du samedi 19 au dimanche 20"
      if (format === "digits" && decimals === 0 && mantissa >= 1900 && mantissa <= 2100 && /^\d{4}$/.test(body.slice(localStart, localEnd))) return; // a year
      // "a 911 call", "dialled 999", « ont appelé le 17 » (reading 132): a telephone number names a
      // service, it counts nothing.
      if (format === "digits" && decimals === 0 && (([911, 999, 112].includes(mantissa) && /^[\s\u00A0-]*(?:calls?|callers?|emergency|dispatch\p{L}*|operators?|lines?)(?![\p{L}])/iu.test(after)) ||
        /(?<![\p{L}])(?:dial(?:l?ed|l?ing|s)?|called|calling|(?:appel(?:é|ée|és|er|ait|aient|ant|ent|le|lent)?|compos(?:é|er|ait|ant|ent|e)|joint|joindre)[\s\u00A0]+(?:le|au))[\s\u00A0]*$/iu.test(body.slice(Math.max(0, localStart - 20), localStart)))) return;
      let prefix = "";
      let start = localStart;
      const pre = /([$€£])[\s\u00A0\u202F]?$/.exec(body.slice(Math.max(0, localStart - 2), localStart));
      if (pre) {
        prefix = pre[1];
        start = localStart - pre[0].length;
      }
      const tail = readTail(body, localEnd, lang);
      if (format === "words" && !tail.unit && !/^[\s\u00A0]+(?:of|sur|out|des|d['’]entre)\b/iu.test(body.slice(localEnd, localEnd + 12))) return;
      if (format === "words" && tail.isPercent) return;
      const hedge = findHedge(body.slice(Math.max(0, start - 25), start), lang);
      if (hedge) start -= hedge.text.length + 1;
      let unit = tail.unit;
      if (prefix) unit = prefix;
      // « un séisme de magnitude 6,5 », "a magnitude 6.5 quake": the scale named before its reading
      // is the figure's unit, as in "a 6.5 magnitude quake".
      if (!unit && !tail.isPercent && /(?<![\p{L}])magnitude[\s\u00A0-]*$/iu.test(body.slice(Math.max(0, localStart - 12), localStart))) unit = "magnitude";
      const end = tail.end;
      found.push({
        start: s.start + start, end: s.start + end, sentenceIndex: s.index, text: text.slice(s.start + start, s.start + end),
        hedgeText: hedge?.text ?? "", hedge: hedge?.hedge ?? null, numStart: absStart, numEnd: s.start + localEnd,
        mantissa, scaleText: tail.scaleText, value: mantissa * tail.scale, decimals, format, prefix, unit,
        unitEnd: s.start + Math.max(tail.unitEnd, end), isPercent: tail.isPercent, ...(compound ? { compound } : {}),
      });
    };
    const dre = DIGITS[lang];
    dre.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = dre.exec(body))) {
      const { mantissa, decimals } = parseDigits(m[1], m[2]);
      consider(m.index, m.index + m[0].length, mantissa, decimals, "digits");
    }
    // « Vingt-trois terroristes », "Forty-six sailors": several number words make one figure.
    const cre = COMPOUND_NUMBER[lang];
    cre.lastIndex = 0;
    while ((m = cre.exec(body))) {
      // "three thousand acres": a closing "thousand" is the scale of the word before, read below.
      const written = lang === "en" ? m[0].replace(/[\s\u00A0-]+thousand$/iu, "") : m[0];
      const v = compoundValue(written, lang);
      if (v !== null) consider(m.index, m.index + written.length, v, 0, "words", written);
    }
    const wre = WORDS_RE[lang];
    wre.lastIndex = 0;
    while ((m = wre.exec(body))) {
      const v = NUMBER_WORDS[lang][m[1].toLowerCase()];
      if (v === undefined) continue;
      // One word of a longer figure ("seven hundred eighty million", "since nineteen ninety-five"):
      // its value is not this word's. "and"/« et » joins parts too ("one hundred and twenty").
      const prev = /([\p{L}-]+)[\s\u00A0]+(?:(?:and|et)[\s\u00A0]+)?$/u.exec(body.slice(Math.max(0, m.index - 30), m.index));
      // A scale word after it is its scale ("three thousand acres") unless the figure goes on
      // ("one thousand three hundred").
      const rest = body.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const next = /^[\s\u00A0]+(?:(?:and|et)[\s\u00A0]+)?([\p{L}-]+)(?:[\s\u00A0]+(?:(?:and|et)[\s\u00A0]+)?([\p{L}-]+))?/u.exec(rest);
      const partAfter = !!next && NUMBER_PART[lang].test(next[1]) &&
        (SCALE_WORDS[lang][next[1].toLowerCase()] === undefined || (!!next[2] && NUMBER_PART[lang].test(next[2])));
      if ((prev && NUMBER_PART[lang].test(prev[1])) || partAfter) continue;
      consider(m.index, m.index + m[0].length, v, 0, "words");
    }
    found.sort((a, b) => a.start - b.start);
    for (const f of found) if (!out.some((o) => f.start < o.end && f.end > o.start)) out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
}
