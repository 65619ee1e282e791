// Sentence segmentation on top of Intl.Segmenter, repaired for news typography:
// abbreviations ("M.", "Mr.", "U.S."), a closing » or ” pushed onto the next sentence,
// and title/subheading lines. Offsets always point into the original text.
import type { Language } from "../generation/contract";
import { RANK_ABBREVIATIONS } from "./lexicon/people";
import type { Sentence } from "./types";

const ABBREVIATIONS = new Set(
  (
    "m mme mlle mm dr pr me mgr st ste av apr etc art n no p vol cf env éd hab " +
    "mr mrs ms prof jr sr vs rev inc ltd co corp dept " +
    // "on Mt. McKinley's West Buttress" (reading 27: a sentence cut at "Mt."), "Ft. Worth".
    "mt mts ft " +
    // US states in a wire dateline: "SANTA BARBARA, Calif. (AP) —" (reading 58: a prompt opening on "(AP) —").
    "calif ariz colo conn fla tenn okla minn mich nev neb wyo " +
    // "United States v. Nathaniel Gray" (reading 45: a case name cut at "v." made an option a fragment).
    "v " +
    "jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" ").concat(
    // Ranks and titles before a name: "Spc. Jones", "Gov. Smith" (reading 47: a main-idea option cut at "Spc.").
    [...RANK_ABBREVIATIONS].map((x) => x.toLowerCase()),
  ),
);

/**
 * Abbreviations that stand before a figure ("approx. 5 km", « max. 3 mètres »): no break before
 * the figure, though they may end a sentence elsewhere (« en 45 min. Il … »).
 */
const BEFORE_FIGURE = new Set("approx max min ca fig ch pp tél tel ext est nr nos".split(" "));

/** Words that open a sentence far more often than they follow an abbreviation inside one. */
const SENTENCE_OPENER = /^[\s\u00A0]*(?:The|A|An|He|She|It|They|We|This|These|Those|There|In|On|At|After|But|However|Le|La|Les|Il|Elle|Ils|Elles|Ce|Cette|Ces|Dans|Selon|Mais|Pour)(?=[\s\u00A0,])/u;

const SPACE = /[\s\u00A0\u202F\u2009]/;

/** Last word before a final period, or "" when the chunk does not end with "word.". */
function lastWordBeforePeriod(chunk: string): string {
  const t = chunk.replace(/[\s\u00A0\u202F]+$/, "");
  if (!t.endsWith(".")) return "";
  let i = t.length - 1;
  while (i > 0 && /[\p{L}.]/u.test(t[i - 1])) i--;
  return t.slice(i, t.length - 1);
}

/** What a clock's "p.m." runs into inside one sentence: "5 p.m. Sunday", "8 a.m. EDT", "9 p.m. Pacific time". */
const CLOCK_GOES_ON = /^[\s\u00A0]*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z]{2,4}T|GMT|UTC|ET|CT|PT|MT|Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich|Local)(?![\p{L}])/u;

export function isAbbreviationEnd(chunk: string, next: string): boolean {
  const w = lastWordBeforePeriod(chunk);
  if (!w) return false;
  if (ABBREVIATIONS.has(w.toLowerCase())) return true;
  // "Fr. Deo Debono" (reading 88: a priest's name cut at his title): a capital "Fr." before a name;
  // not « .fr » ending an address, which is written in lower case.
  if (w === "Fr") return /^[\s\u00A0]*\p{Lu}\p{Ll}/u.test(next) && !SENTENCE_OPENER.test(next);
  // "at approximately 8 p.m. Watchstanders directed …" (reading 78: two sentences read as one, a
  // clock cut then glued them): a clock goes on only into a day, a month or a time zone.
  if (/^[ap]\.m$/iu.test(w)) return !/^[\s\u00A0]*\p{Lu}/u.test(next) || CLOCK_GOES_ON.test(next);
  // U.S., U.K., D.C.: "U.S. President" goes on, "Washington D.C. The team…" ends on a word that opens sentences.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(w)) return (!/^[\s\u00A0]*\p{Lu}\p{Ll}/u.test(next) || w.length <= 3) && !SENTENCE_OPENER.test(next);
  // "Metop-C. Il s'agit …" (reading 125: two sentences read as one key): a capital glued to a word
  // by a hyphen ends a name ("MSG-C", "Metop-C"), no initial; it goes on only into a lower-case word.
  if (/^\p{Lu}$/u.test(w)) return !/[\p{L}\d]-\p{Lu}\.[\s\u00A0\u202F]*$/u.test(chunk) || !/^[\s\u00A0]*\p{Lu}/u.test(next); // an initial: "J. Smith"
  return false;
}

/** Occurrences of one BMP character (indexOf hops instead of iterating code points). */
function countChar(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

export function quotesBalanced(s: string): boolean {
  return countChar(s, "«") === countChar(s, "»") && countChar(s, "“") === countChar(s, "”") && countChar(s, '"') % 2 === 0;
}

// Building a segmenter loads ICU break rules: one per language, reused.
const SEGMENTERS: Partial<Record<string, Intl.Segmenter>> = {
  fr: new Intl.Segmenter("fr", { granularity: "sentence" }),
  en: new Intl.Segmenter("en", { granularity: "sentence" }),
};

export function segmentSentences(text: string, lang: Language): Sentence[] {
  const seg = SEGMENTERS[lang] ?? new Intl.Segmenter(lang, { granularity: "sentence" });
  // 1. raw chunks with offsets. A line feed is a mandatory sentence break (UAX #29 SB4) and no
  // rule looks past it, so segmenting line by line gives the same chunks; on one long string
  // the segmenter's iteration is superlinear (about 0.4 s on 200,000 characters, vs a few ms).
  const raw: Array<{ start: number; end: number }> = [];
  for (let from = 0; from < text.length; ) {
    const nl = text.indexOf("\n", from);
    const to = nl < 0 ? text.length : nl + 1;
    for (const s of seg.segment(text.slice(from, to))) {
      // « … au Nord.Ce dernier a déjà ravagé … », "récidive.Au terme": a period glued to the next
      // sentence (a lost space or line break, readings 21 and 22) still ends a sentence; two
      // lower-case letters before it rule out initials and abbreviations ("U.S.", "M.Dupont").
      let at = from + s.index;
      const end = from + s.index + s.segment.length;
      // « … les Pays de la Loire. 100 gendarmes ont procédé … » (reading 51): a sentence that opens
      // on a figure followed by a lower-case word is no break for the segmenter (UAX #29 SB8).
      const cuts = [
        ...[...s.segment.matchAll(/(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu)].map((g) => ({ offset: g.index! + 1, figure: false })),
        ...[...s.segment.matchAll(/(?<=(?:\p{Ll}{2}|\d{4})[.!?])[\s\u00A0]+(?=\d[\d\s\u00A0\u202F.,]*[\s\u00A0]+\p{Ll})/gu)].map((g) => ({ offset: g.index! + g[0].length, figure: true })),
      ].sort((x, y) => x.offset - y.offset);
      for (const { offset, figure } of cuts) {
        const cut = from + s.index + offset;
        if (isAbbreviationEnd(text.slice(at, cut), text.slice(cut, end))) continue;
        if (figure && BEFORE_FIGURE.has(lastWordBeforePeriod(text.slice(at, cut)).toLowerCase())) continue;
        raw.push({ start: at, end: cut });
        at = cut;
      }
      raw.push({ start: at, end });
    }
    from = to;
  }
  // '… Honduras and Nicaragua."We are giving back hope …"' (reading 156), « … dit.«Nous … »: a
  // quotation opened right after a period with no space is cut after its mark; the mark opens the
  // next sentence (a straight one when the chunk holds an odd count of them).
  for (let i = 0; i + 1 < raw.length; i++) {
    const r = raw[i];
    const next = raw[i + 1];
    if (next.start !== r.end || r.end - r.start < 3) continue;
    const mark = text[r.end - 1];
    if (!/[.!?]/u.test(text[r.end - 2]) || !/^\p{Lu}/u.test(text.slice(next.start, next.start + 1))) continue;
    const opening = mark === "«" || mark === "“" || (mark === '"' && (text.slice(r.start, r.end).match(/"/gu) ?? []).length % 2 === 1);
    if (!opening) continue;
    r.end -= 1;
    next.start -= 1;
  }

  // 2. merge chunks split after an abbreviation, move leading closing quotes back
  const merged: Array<{ start: number; end: number }> = [];
  let straightOpen = false; // parity of straight double quotes so far
  for (const r of raw) {
    const chunk = text.slice(r.start, r.end);
    const prev = merged[merged.length - 1];
    if (prev) {
      const prevText = text.slice(prev.start, prev.end);
      const prevEndsParagraph = /\n[\s\u00A0]*$/.test(prevText);
      if (!prevEndsParagraph && isAbbreviationEnd(prevText, chunk)) {
        prev.end = r.end;
        continue;
      }
      // « "C'est énorme, j'en ai marre !" s'agace Sylvain Hiriard, berger … » (reading 147), "“Wow!”
      // said John": after an exclamation or a question, a lower-case word goes on the sentence (its
      // attribution); only a full stop is a break the segmenter may keep there.
      if (!prevEndsParagraph && /[!?][\s\u00A0\u202F]*[»”"’]?[\s\u00A0\u202F]*$/u.test(prevText) && /^[\s\u00A0\u202F]*\p{Ll}/u.test(chunk)) {
        prev.end = r.end;
        if (countChar(chunk, '"') % 2 === 1) straightOpen = !straightOpen;
        continue;
      }
      // A chunk starting with » or ” (or a closing straight quote) belongs to the previous sentence.
      const lead = /^[\s\u00A0\u202F]*(?:[»”]|"(?=[\s\u00A0\u202F,.;:!?]))[\s\u00A0\u202F,.;:!?]*/.exec(chunk);
      if (lead && !prevEndsParagraph && (lead[0].includes("»") || lead[0].includes("”") || straightOpen)) {
        prev.end = r.start + lead[0].length;
        if (lead[0].includes('"')) straightOpen = !straightOpen;
        const rest = { start: r.start + lead[0].length, end: r.end };
        if (rest.end > rest.start) merged.push(rest);
        if (rest.end > rest.start) straightOpen = (countChar(text.slice(rest.start, rest.end), '"') % 2 === 1) !== straightOpen;
        continue;
      }
    }
    merged.push({ ...r });
    if (countChar(chunk, '"') % 2 === 1) straightOpen = !straightOpen;
  }

  // 3. trim whitespace, drop empty chunks, flag headings
  const out: Sentence[] = [];
  for (const m of merged) {
    let s = m.start;
    let e = m.end;
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e <= s) continue;
    const t = text.slice(s, e);
    // Intl.Segmenter already breaks at newlines, but a chunk may still hold "Heading\nText".
    const nl = t.indexOf("\n");
    if (nl > 0) {
      const head = t.slice(0, nl).replace(/[\s\u00A0]+$/, "");
      push(out, text, s, s + head.length);
      let s2 = s + nl;
      while (s2 < e && SPACE.test(text[s2])) s2++;
      if (s2 < e) push(out, text, s2, e);
    } else push(out, text, s, e);
  }
  return out;
}

/**
 * "Taipei, Taiwan — ", "PARIS (AFP) - ", "PITTSBURGH -- " (reading 23), "WASHINGTON, March 26,
 * 1997 – ", « PARIS, 3 mars (AFP) - » (reading 45), "CAMBRIDGE, Mass.—The" (reading 71), "LOS ANGELES
 * (Jan. 29, 2015) — " (reading 72), "LAKE CHARLES, La.-A" (reading 74), "YANGON, Nov. 16 (Xinhua) — " (reading
 * 83), "BRASILIA, Brazil (AP) _ " (reading 102: the archive's dash), "HAWTHORNE ( — " (reading 110: the
 * agency lost from its parentheses): a dateline opening a paragraph places and dates the story; it
 * is no part of the sentence.
 */
const DATELINE = /^\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]\p{Lu}[\p{L}.'’-]*){0,3}(?:,[\s\u00A0]+\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]\p{Lu}[\p{L}.'’-]*){0,2})?(?:,[\s\u00A0]+(?:\p{Lu}\p{Ll}{2,8}\.?[\s\u00A0]+\d{1,2}|\d{1,2}(?:er)?[\s\u00A0]+\p{Ll}{3,9})(?:,?[\s\u00A0]+\d{4})?)?(?:[\s\u00A0]+\((?:[\p{Lu}]{2,6}|\p{Lu}\p{Ll}{2,8}\.?[\s\u00A0]+\d{1,2},?[\s\u00A0]+\d{4}|\p{Lu}[\p{L}.&'’-]{2,20}(?:[\s\u00A0]\p{Lu}[\p{L}.&'’-]{1,20}){0,2})\)|[\s\u00A0]+\((?=[\s\u00A0]+(?:[—–_-]|--)))?(?:[\s\u00A0]+(?:[—–_-]|--)[\s\u00A0]+|[\s\u00A0]*(?:—|--)[\s\u00A0]*|(?<=\.)-)(?=\p{Lu})/u;

/**
 * "Washignton: For the first time …", « Nouméa : le … » (readings 55, 71): a place and a colon
 * opening a paragraph — a dateline the main idea already cut, now cut for every question.
 */
// "Palembang (Indonesia): At least 27 …" (reading 100): the place may carry its country in parentheses.
// "Chennai/Madurai:" (reading 136): two places joined by a slash.
const COLON_DATELINE = /^\p{Lu}[\p{L}'’.-]+(?:(?:[\s\u00A0]+|\/)\p{Lu}[\p{L}'’.-]+){0,2}(?:[\s\u00A0]*\([^()\n]{2,30}\))?[\s\u00A0]*:[\s\u00A0]+(?=\p{Lu})/u;

/** "Paris, Dec 10 (SocialNews.XYZ) Ukraine and …" (reading 58): a place, a date and a source, no dash. */
const DATELINE_SOURCE = /^\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]\p{Lu}[\p{L}.'’-]*){0,3},[\s\u00A0]+(?:\p{Lu}\p{Ll}{2,8}\.?[\s\u00A0]+\d{1,2}|\d{1,2}(?:er)?[\s\u00A0]+\p{Ll}{3,9})(?:,?[\s\u00A0]+\d{4})?[\s\u00A0]+\([^()\n]{2,30}\)[\s\u00A0]+(?=\p{Lu})/u;

/** "Sept. 11 (UPI) -- Leaders in China …" (reading 59): a date and a source before a dash, no place. */
// "JUNE 15 — The chief engineer …" (reading 137): the month in capitals too.
const DATE_DATELINE = /^(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)[\s\u00A0]+\d{1,2}(?:,[\s\u00A0]+\d{4})?(?:[\s\u00A0]+\([^()\n]{2,30}\))?[\s\u00A0]+(?:[—–]|--?)[\s\u00A0]+(?=\p{Lu})/u;

/** « Hochfelden, France | AFP | jeudi 24/02/2022 - Un TER … » (reading 67): a place, a source and a date between pipes. */
const PIPE_DATELINE = /^\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]\p{Lu}[\p{L}.'’-]*){0,3}(?:,[\s\u00A0]+\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]\p{Lu}[\p{L}.'’-]*){0,2})?[\s\u00A0]+\|[\s\u00A0]+[^|\n]{2,30}?[\s\u00A0]+\|[\s\u00A0]+[^|\n]{2,40}?[\s\u00A0]+(?:[—–-]|--)[\s\u00A0]+(?=\p{Lu})/u;

// "(CNN) — " (reading 111): any agency or outlet, an acronym or up to three capitalised words;
// "(PhysOrg.com) -- " (reading 119): a site's name with its domain.
const WIRE_CREDIT = /^\((?:\p{Lu}{2,8}|AFP|Reuters|Xinhua|dpa|Belga|Bloomberg|\p{Lu}\p{Ll}+(?:[\s\u00A0]\p{Lu}\p{Ll}+){0,2}|\p{Lu}[\p{L}\d-]*(?:\.\p{Ll}{2,4}){1,2})\)[\s\u00A0]+(?:[—–-]|--)[\s\u00A0]+(?=\p{Lu})/u;

// "SHAFAQNA (Shia International News Association)- The National Book Awards …" (reading 116): an
// outlet's name in capitals, its expansion in brackets, glued to a hyphen.
const CAPS_CREDIT = /^\p{Lu}{3,}(?:[\s\u00A0]\p{Lu}{2,}){0,2}(?:[\s\u00A0]*\([^()\n]{2,60}\))?-[\s\u00A0]+(?=\p{Lu}\p{Ll})/u;

// "STRASBOURG, France (AP) Monica Puig became …" (reading 148): a place in capitals and a wire
// agency in brackets, the dash lost; the agency's initials mark it as a dateline.
const AGENCY_DATELINE = /^\p{Lu}{2,}(?:[\s\u00A0-]\p{Lu}{2,}){0,2}(?:,[\s\u00A0]+\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]\p{Lu}[\p{L}.'’-]*){0,2})?[\s\u00A0]+\((?:AP|AFP|Reuters|UPI|Xinhua|dpa|IANS|PTI|ANI|Belga|ATS|Bloomberg|CNN)\)[\s\u00A0]+(?=\p{Lu})/u;

function push(out: Sentence[], text: string, start: number, end: number): void {
  const opensLine = start === 0 || text[start - 1] === "\n" || /\n[\s\u00A0]*$/.test(text.slice(Math.max(0, start - 4), start));
  if (opensLine) {
    const d = DATELINE.exec(text.slice(start, end)) ?? DATELINE_SOURCE.exec(text.slice(start, end)) ?? DATE_DATELINE.exec(text.slice(start, end)) ??
      PIPE_DATELINE.exec(text.slice(start, end)) ?? COLON_DATELINE.exec(text.slice(start, end)) ?? CAPS_CREDIT.exec(text.slice(start, end)) ??
      AGENCY_DATELINE.exec(text.slice(start, end));
    if (d && d[0].length < end - start - 20) start += d[0].length;
  }
  // "(AP) — Cleanup teams …": a wire credit left at a sentence's start by a dateline cut before it.
  const credit = WIRE_CREDIT.exec(text.slice(start, end));
  if (credit && credit[0].length < end - start - 20) start += credit[0].length;
  const t = text.slice(start, end);
  const words = t.split(/[\s\u00A0\u202F]+/).length;
  // A heading is a line of its own. The last sentence of a paragraph that lost its full stop
  // ("… 129 morts et plus de 200 blessés, selon une source judiciaire", reading 13) is no heading.
  const isHeading = opensLine && (!/[.!?…»”"):]$/.test(t) || (words <= 3 && !/[.!?]$/.test(t)));
  out.push({ index: out.length, start, end, text: t, isHeading, quotesBalanced: quotesBalanced(t) });
}
