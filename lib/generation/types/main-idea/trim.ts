// A main idea's key shortened when it is far longer than every other option: readers edited such
// keys as "the longest choice, guessable by length" (readings 60–76: of the main ideas whose key
// ran past 1.3 times the longest other option, 8 of 39 were accepted, against 43 % below). The cuts
// take what a summary leaves out — who reported the news, an apposition explaining a noun, a
// closing participle, an opening frame, a date aside — and only where the part cut holds no figure
// and no word of the headline the rest lacks, so the news the key was chosen for stays whole. (A
// closing "when" clause was tried and dropped: "…, when she collapsed" is the news.)
import type { Language } from "../../contract";
import { wordCount } from "../../clauses";
import { capitalised, ESTIMATE_SOURCE, hasVerb, quotesIntact } from "../../compress";
import { MONTHS, WEEKDAYS } from "../../../analysis/lexicon/calendar";
import { ROLE_NOUNS } from "../../../analysis/lexicon/roles";
import { NOT_PARTICIPLE } from "../../gist";

const S = "[\\s\\u00A0]";
const MONTH = { fr: MONTHS.fr.join("|"), en: `${MONTHS.en.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec` };
const DAY = { fr: WEEKDAYS.fr.join("|"), en: WEEKDAYS.en.join("|") };
/** Role nouns, lower case or capitalised ("the Health Minister"), for patterns that must stay case-sensitive. */
const anyCase = (words: Iterable<string>) => [...words].map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|");
const ROLE = { fr: anyCase(ROLE_NOUNS.fr), en: anyCase(ROLE_NOUNS.en) };

/** A verb in -ing that tells a toll or a result ("killing three", "leaving 20 injured"): the news itself. */
const TOLL_PARTICIPLE = /^(?:killing|leaving|injuring|wounding|claiming|displacing|destroying|forcing|trapping|stranding|faisant|tuant|blessant|laissant|provoquant|causant|entraînant|détruisant|privant|contraignant|forçant)$/iu;

interface Cut {
  re: RegExp;
  /** What the match becomes (the commas around an aside become one space). */
  by: string;
  /** The cut may hold a date's figures (a date aside); other cuts with a figure are refused. */
  date?: boolean;
}

function cutsFor(lang: Language): Cut[] {
  const end = "(?=[.!]?$)";
  if (lang === "en") {
    return [
      // ", according to a report published by the National Oceanic …, or NOAA."; ", the US
      // Geological Survey said"; ", the National Institute … recently confirmed."
      { re: new RegExp(`,${S}+(?:according${S}+to(?!${S}+${ESTIMATE_SOURCE.en})|as${S}+reported${S}+by)${S}[^;]{3,160}?${end}`, "u"), by: "" },
      // Not ", but local officials said no major damage or injuries were reported": a clause with
      // its own verb is news, not who told it.
      { re: new RegExp(`,${S}+(?!(?:but|and|yet|while|although|though|which|who)${S})(?:the${S}+)?(?:(?!${S}(?:said|says|that|were|was|is|are|had|has|have|been|no)${S})[^,;]){2,100}?${S}+(?:(?:recently|today|yesterday|also|earlier|previously)${S}+)?(?:said|says|announced|reported|confirmed|stated)${end}`, "u"), by: "" },
      // "Legionnaires' disease, a severe type of pneumonia, has killed": an apposition that
      // explains a noun, between commas (not a list: "a cat, a dog, and …").
      // Nor a second apposition after it (", an important river …, an ancient fish species.").
      { re: new RegExp(`,${S}+(?:a|an)${S}+[^,;()«»“”"]{3,80},${S}+(?!(?:and|or|a|an|the)${S})`, "u"), by: " " },
      // ", an important river for the threatened Gulf sturgeon, an ancient fish species." after a name.
      { re: new RegExp(`(?<=\\p{Lu}[\\p{L}'’.-]*),${S}+(?:a|an)${S}+[^;()«»“”"]{3,120}?${end}`, "u"), by: "" },
      // ", marking several spaceflight firsts for NASA", ", with officials warning of a tsunami".
      // Not ", according to preliminary results": the source of an estimate is no participle.
      { re: new RegExp(`,${S}+(?:with${S}+[^,;]{2,60}?${S}+)?(?!according${S})(\\p{Ll}+ing)${S}[^;«»“”"]{3,140}?${end}`, "u"), by: "" },
      // "Using a new type of telescope …, astronomers", "Regardless of all efforts …, the Government".
      { re: new RegExp(`^(?:Using|After|Following|Regardless${S}+of|Despite|In${S}+spite${S}+of|Amid|In${S}+a${S}+bid${S}+to|Having)${S}[^,;«»“”"]{3,110},${S}+`, "u"), by: "" },
      // "Ray Mabus, the Secretary of the Navy, announced": a role set beside a name.
      { re: new RegExp(`(?<=\\p{Lu}[\\p{L}'’.-]*),${S}+[Tt]he${S}+(?:[\\p{L}-]+${S}+)?(?:${ROLE.en})(?:${S}[^,;()«»“”"]{0,80})?,${S}+(?!(?:and|or)${S})`, "u"), by: " " },
      // ", July 22.", ", Nov. 10,": a date aside.
      { re: new RegExp(`,${S}+(?:(?:${DAY.en}),?${S}+)?(?:${MONTH.en})\\.?${S}+\\d{1,2}(?:st|nd|rd|th)?(?:,${S}+\\d{4})?(?:,(?=${S})|${end})`, "u"), by: "", date: true },
    ];
  }
  return [
    // « …, a annoncé le président français François Hollande, en déplacement en Slovaquie. »
    { re: new RegExp(`,${S}+(?:a|ont)${S}+(?:annoncé|indiqué|précisé|confirmé|déclaré|affirmé|rapporté)${S}+(?:le|la|les|l['’]|un|une)[^;«»“”"]{2,140}?${end}`, "u"), by: "" },
    { re: new RegExp(`,${S}+(?:selon|d['’]après)(?!${S}+${ESTIMATE_SOURCE.fr})${S}[^;«»“”"]{3,140}?${end}`, "u"), by: "" },
    // « Areva et Sogea Satom, une filiale de Vinci, enlevés … »: an apposition between commas.
    { re: new RegExp(`,${S}+(?:un|une)${S}+[^,;()«»“”"]{3,80},${S}+(?!(?:et|ou|un|une|le|la|les)${S})`, "u"), by: " " },
    // « le prix Goncourt, le plus prestigieux des prix littéraires du monde francophone, pour … »
    { re: new RegExp(`,${S}+(?:le|la|les)${S}+(?:plus|moins)${S}+[^,;()«»“”"]{3,80},${S}+`, "u"), by: " " },
    // « Audrey Azoulay, ministre de la Culture et de la Communication, tient à … », « Le rapport du
    // BEA, le Bureau d'enquêtes et d'analyses, conclut … »: a role or a name's explanation set
    // beside it, which a summary leaves out.
    { re: new RegExp(`(?<=\\p{Lu}[\\p{L}'’.-]*),${S}+(?:(?:[Ll]e|[Ll]a|[Ll]['’])${S}?)?(?:(?:[Aa]ncien|[Aa]ncienne|[Nn]ouveau|[Nn]ouvelle|[Pp]remier|[Pp]remière)${S}+)?(?:${ROLE.fr})(?![\\p{L}])[^,;()«»“”"]{0,80},${S}+(?!(?:et|ou)${S})`, "u"), by: " " },
    { re: new RegExp(`(?<=\\p{Lu}{2,}),${S}+(?:le|la|les|l['’])${S}?[^,;()«»“”"]{3,80},${S}+(?!(?:et|ou)${S})`, "u"), by: " " },
    // « …, mettant en orbite … »: a closing participle (not one that tells a toll).
    { re: new RegExp(`,${S}+(\\p{Ll}{3,}ant)${S}[^;«»“”"]{3,140}?${end}`, "u"), by: "" },
    // « …, lundi 8 juillet. »
    { re: new RegExp(`,${S}+(?:(?:${DAY.fr})${S}+)?\\d{1,2}(?:er)?${S}+(?:${MONTH.fr})(?:${S}+\\d{4})?${end}`, "iu"), by: "", date: true },
    // « Après … , les secours », « Malgré … , le texte »: an opening frame.
    { re: new RegExp(`^(?:Après|Malgré|En${S}+dépit${S}+d(?:e|u|es|['’])|Face${S}+(?:à|au|aux)|Lors${S}+d(?:e|u|es|['’])|À${S}+la${S}+suite${S}+d(?:e|u|es|['’])|Suite${S}+(?:à|au|aux)|Sous${S}+la${S}+direction${S}+d(?:e|u|es|['’])|Dans${S}+le${S}+cadre${S}+d(?:e|u|es|['’]))${S}?[^,;«»“”"]{3,110},${S}+`, "u"), by: "" },
  ];
}

/**
 * The key shortened, cut by cut, until it is within `targetWords` or no cut is left. `keeps` tells
 * whether a part may go, given what is left (the headline's words must stay); a cut that leaves fewer than eight
 * words, no verb, a lower-case start or a broken quotation is not made.
 */
export function trimmedKey(text: string, lang: Language, targetWords: number, keeps: (cut: string, rest: string) => boolean): string {
  let t = text;
  for (const cut of cutsFor(lang)) {
    if (wordCount(t) <= targetWords) break;
    const m = cut.re.exec(t);
    if (!m || (!cut.date && /\d/u.test(m[0]))) continue;
    // Nor a word in -ant that is no participle (« pendant », « maintenant »: gist.ts's list).
    if (m[1] && (TOLL_PARTICIPLE.test(m[1]) || NOT_PARTICIPLE.test(m[1]))) continue;
    // "boosted by cost cutting, emerging markets and price hikes" (reading 171): an -ing word
    // before "and" a word or two on is the next item of a list, an adjective, not a participle.
    if (m[1] && new RegExp(`^,${S}+${m[1]}${S}+(?:[\\p{L}'’-]+${S}+){0,2}?(?:and|or|et|ou)${S}`, "u").test(m[0])) continue;
    const rest = `${t.slice(0, m.index)}${cut.by}${t.slice(m.index + m[0].length)}`;
    if (!keeps(m[0], rest)) continue;
    const next = capitalised(rest
      .replace(/[\s\u00A0]{2,}/gu, " ").replace(/[\s\u00A0]+([,.!])/gu, "$1").replace(/,([.!])$/u, "$1"));
    const closed = /[.!…»”"]$/u.test(next) ? next : `${next}.`;
    if (wordCount(closed) >= 8 && hasVerb(closed, lang) && quotesIntact(text, closed)) t = closed;
  }
  return t;
}
