// The gist of a statement for a main-idea option: what happened, to whom, where — without the
// clock time, the calendar date, the floor area or the trailing participle that a news lede
// carries. Blind readers edited the copied lede as "keeps needless details (13h15, 3 700 m²)",
// "the longest option", "trim the key to the essentials" (readings 26–29). Each cut is kept only
// when what is left still opens on a capital, keeps at least six words and, after a participle is cut, the verb it had.
import type { Language } from "./contract";
import { MONTHS, WEEKDAYS } from "../analysis/lexicon/calendar";
import { capitalised, DATE_APPOSITION, DAY_LIST, hasVerb, otherTime, PREPOSITION_AFTER_COMMA, quotesIntact } from "./compress";
import { wordCount } from "./clauses";

const S = "[\\s\\u00A0\\u202F]";
const DAYS = { fr: WEEKDAYS.fr.join("|"), en: WEEKDAYS.en.join("|") };
const MONTH = { fr: MONTHS.fr.join("|"), en: MONTHS.en.join("|") };

/** Where a named place lies, after it: « dans le nord-ouest de l'Inde », "in northern Italy". Case-sensitive. */
const NAME = `\\p{Lu}[\\p{L}'’-]*(?:${S}+(?:de${S}+|du${S}+|of${S}+)?\\p{Lu}[\\p{L}'’-]*)*`;
const REGION: Record<Language, string> = {
  fr: `(?:dans|en)${S}+(?:le|la|l['’])${S}?(?:extrême${S}+)?(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?${S}+(?:de${S}+la${S}+|de${S}+l['’]|de${S}+|du${S}+|des${S}+|d['’])${S}?${NAME}`,
  en: `in${S}+(?:the${S}+)?(?:far${S}+)?(?:northern|southern|eastern|western|central|north|south|east|west)(?:ern)?(?:-?(?:eastern|western))?${S}+(?:part${S}+of${S}+)?(?:the${S}+)?${NAME}`,
};

/** What may follow a cut complement: punctuation, the end, or another word. */
const AFTER = `(?=[,.;:!?]|$|${S})`;

/** A clock time: « vers 13h15 », « peu avant 17 h », « à 2h25 »; "at 9:30 a.m.", "around 2 p.m.". */
const CLOCK: Record<Language, string> = {
  fr: `(?:(?:peu${S}+(?:avant|après)|vers|dès|(?:à|a)(?:${S}+(?:environ|près${S}+de))?|jusqu['’]à)${S}+)?\\d{1,2}${S}?h(?:${S}?\\d{2})?(?:${S}+(?:environ|heures?${S}+locales?|\\(heures?${S}+locales?\\)|heure${S}+de${S}+Paris|heure${S}+française|GMT|UTC|TU|\\((?:GMT|UTC)\\)))?(?![\\p{L}\\d])`,
  // « à 8 h 38 heures locales » (reading 171: « s'est produit heures locales » left): the plural too.
  // « vers 15h GMT » (reading 121: « sur les lieux GMT » left once the time was cut): its zone goes with it.
  // "at about 5 p.m." (reading 78): cutting "about 5 p.m." alone left "plight at after detecting".
  en: `(?:(?:(?:at${S}+)?(?:around|about|approximately)|at|shortly${S}+(?:after|before)|just${S}+(?:after|before)|after|before)${S}+)?\\d{1,2}(?::\\d{2})?${S}*(?:a\\.m\\.|p\\.m\\.|am|pm)(?:${S}+(?:local${S}+time|GMT|UTC|[ECMP][SD]T|\\((?:GMT|UTC|[ECMP][SD]T)\\)))?(?![\\p{L}\\d])`,
};

/** A calendar date as a complement: « le (mercredi) 22 mars (2023) »; "on (Monday,) August 14th(, 2012)", "on the evening of …". */
const DATE: Record<Language, string> = {
  fr: `(?:dans${S}+la${S}+nuit${S}+du|le|dans${S}+la${S}+(?:matinée|soirée|journée)${S}+du)${S}+(?:(?:${DAYS.fr})${S}+)?\\d{1,2}(?:er)?${S}+(?:${MONTH.fr})(?:${S}+\\d{4})?(?:${S}+(?:dernier|prochain))?(?![\\p{L}\\d])`,
  // "occurred late on Friday about 1.6km south" (reading 99): cut without "late", it left "occurred late about".
  en: `(?:(?:late|early)${S}+)?on${S}+(?:the${S}+(?:morning|afternoon|evening|night)${S}+of${S}+)?(?:(?:${DAYS.en}),?${S}+)?(?:(?:${MONTH.en})${S}+\\d{1,2}(?:st|nd|rd|th)?(?:,${S}+\\d{4})?|(?:${DAYS.en})(?:${S}+(?:morning|afternoon|evening|night))?)(?:${S}+local${S}+time)?(?![\\p{L}\\d])`,
};

/** A date or time that completes its verb (« l'ouverture se fera le 22 mai », "had been held on May 19") is no aside. */
const NEEDED_BY: Record<Language, RegExp> = {
  // « … ne prendront leurs fonctions que le 1er mai » (reading 93: cut to « … que. »): "only" asks for the date.
  // « ravagé depuis le 15 décembre par des combats » (reading 125: cut to « ravagé depuis par »): a
  // preposition before « le » governs the date.
  fr: /(?<![\p{L}])(?:est|sont|sera|seront|était|étaient|fera|fait|lieu|prévue?s?|fixée?s?|programmée?s?|reportée?s?|entre|et|de|du|à|que|qu['’]|jusqu['’]au|jusqu['’]à|depuis|dès|avant|après|pendant|durant|pour)$/iu,
  en: /(?<![\p{L}])(?:is|are|was|were|be|been|held|scheduled|set|place|due|between|and|from|to|until|a|an|the|only|not|till)$/iu,
};
/** What opens a phrase in apposition to a date: « , jour de … », "the 27th working day". */

/**
 * A range (« entre 4 h et 6 h », "from 2 to 4 p.m.") needs both ends; so does a span ("on Friday
 * night through to Saturday morning", reading 182: "stuck in the mud through to Saturday morning").
 */
const RANGE_NEXT = new RegExp(`^${S}*(?:(?:et|and|to|à|au|-|–)(?![\\p{L}])|(?:through(?:${S}+to)?|until|till|into|jusqu['’](?:à|au))${S}+(?:(?:the|le|la)${S}+(?:next|following|lendemain)${S}+)?(?:(?:early|late|tôt|tard)${S}+)?(?:${DAYS.en}|${DAYS.fr}|\\d|noon|midnight|dawn|morning|afternoon|evening|night|midi|minuit|l['’]aube)(?![\\p{L}]))`, "iu");
/** Words before a size that make it the point (« un poids de 970 kg », « longue de 2 m », « à près de 350 km »). */
const SIZE_IS_POINT = /(?<![\p{L}])(?:près|plus|moins|environ|jusqu['’]|total|totale|long|longue|large|haut|haute|profond|profonde|épais|épaisse|poids|masse|superficie|surface|longueur|largeur|hauteur|profondeur|capacité|altitude|distance|rayon|périmètre|lancement)(?![\p{L}])[^,;:]{0,30}$/iu;

/** A size told after a noun: « de 3 700 m² », « d'une superficie de 4 ha ». English sizes are compounds ("a 30-foot section"), left alone. Not a speed (« de 90 km/h », reading 104: cut to « à partir /h »). */
const SIZE_FR = `d['’]une${S}+(?:superficie|surface|capacité|longueur|hauteur|contenance)${S}+de${S}+\\d[\\d\\s\\u00A0\\u202F,.]*${S}?\\p{L}{1,9}²?|de${S}+\\d[\\d\\s\\u00A0\\u202F,.]*${S}?(?:m²|m2|m³|m3|ha|hectares?|km²|km|kilomètres?|mètres?(?:${S}+carrés)?|tonnes?|t|kg|l|litres?|MW)(?![\\p{L}\\d/])`;

/**
 * A present participle closing a French statement, with its object: « … un entrepôt contenant
 * 3 150 palettes », « … appartenant à l'État ». The object opens on a determiner, a figure or « à »:
 * an adjective in "-ant" takes « de » or nothing (« indépendant de la fondation », « grandissant »).
 */
// A reflexive participle goes with its pronoun: « quatre individus se préparant à commettre … »
// cut at the participle alone left « quatre individus se. » (reading 36).
// Not a gerund (« réagi en prononçant la dissolution »): « en » would be left behind (reading 55).
const PARTICIPLE_TAIL = new RegExp(`(?:${S}+se|${S}+s['’](?=\\p{Ll}))?${S}*(?<![\\p{L}])(?<!(?<![\\p{L}])en${S}+)(\\p{Ll}{3,}ant)${S}+(?=(?:le|la|les|l['’]|un|une|des|du|au|aux|à|plusieurs|\\d))[^,;:«»“”"()]{2,120}?(?=[.!]?$)`, "u");
/**
 * Words in "-ant" that are no participle: nouns, adjectives, prepositions. « une procédure de rappel
 * concernant plusieurs fromages » (reading 190: cut to « … de rappel. »): « concernant » and
 * « visant » introduce what the noun is about, its substance.
 */
export const NOT_PARTICIPLE = /^(?:concernant|visant|avant|devant|pendant|durant|cependant|maintenant|suivant|courant|montant|gagnant|enfant|restaurant|important|puissant|dirigeant|habitant|représentant|étudiant|vivant|commandant|lieutenant|sergent|géant|élégant|méchant|savant|brillant|constant|distant|flagrant|galant|relevant|pesant|plaisant|suffisant|tremblant|vacant|volant|amant|diamant|aimant|instant|néant|seulement|quant|tant|autant|pourtant|pourvu|éléphant|croissant|carburant|comburant|trafiquant|participant|manifestant|combattant|surveillant|intervenant|occupant|exploitant|navigant|plaignant|requérant|assistant|passant|sachant|étant|ayant)$/iu;

/** The statement with its clock times, dates, sizes and closing participle cut where the rest still stands. */
export function gistOf(statement: string, lang: Language, minWords = 6, year?: number): string {
  let t = statement.trim();
  const fine = (next: string) => wordCount(next) >= minWords && /^[\p{Lu}\d«“"]/u.test(next) && quotesIntact(statement, next);
  const tidy = (x: string) => capitalised(x.replace(/[\s\u00A0]+([,.])/gu, "$1").replace(/,[\s\u00A0]*,/gu, ",").replace(/^,[\s\u00A0]*/u, "")
    .replace(/,[\s\u00A0]*([.!?…])$/u, "$1").replace(/[\s\u00A0]{2,}/gu, " ").replace(/[\s\u00A0]+([.!?…])$/u, "$1"));
  const cuts: { re: RegExp; kind: "opening" | "inside" | "size" | "aside" }[] = [
    // Opening on the time or the date: « A 9h45, une explosion … », "On August 14th, …".
    { kind: "opening", re: new RegExp(`^(?:${CLOCK[lang]}|${DATE[lang]})(?:${S}+(?:${CLOCK[lang]}))?,${S}+`, "iu") },
    // Inside: « se déclare vers 13h15 dans », "on Monday announced"; a pair of commas around the
    // complement goes with it. A bare clock time ("at 6:21 a.m. EDT launch", « entre 4 h et 6 h »)
    // is left: only one its preposition introduces is cut.
    { kind: "inside", re: new RegExp(`(,?)${S}+(?=(?:peu|vers|dès|à|a|at|around|about|shortly|just|after|before)${S})(?:${CLOCK[lang]})(,?)${AFTER}`, "giu") },
    { kind: "inside", re: new RegExp(`(,?)${S}+(?:${DATE[lang]})(,?)${AFTER}`, "giu") },
    ...(lang === "fr" ? [{ kind: "size" as const, re: new RegExp(`()${S}+(?:${SIZE_FR})()`, "giu") }] : []),
    // « …, dans le nord-ouest de l'Inde, … », ", in northern Italy": where a named place lies, an
    // aside between commas (reading 46: the key "much longer than the other choices").
    { kind: "aside", re: new RegExp(`(,)${S}+${REGION[lang]}(,?)${AFTER}`, "gu") },
  ];
  for (const { re, kind } of cuts) {
    const next = tidy(t.replace(re, (m: string, ...args: unknown[]) => {
      // A date of another year than the news is part of what the statement says (compress.ts).
      if (otherTime(m, year)) return m;
      if (kind === "opening") return "";
      if (kind === "aside") return (args as [string, string])[1] ? ", " : "";
      const [lead, trail, offset, whole] = args as [string, string, number, string];
      const before = whole.slice(0, offset);
      const after = whole.slice(offset + m.length);
      if (NEEDED_BY[lang].test(before.trimEnd()) || RANGE_NEXT.test(after)) return m;
      // "again on Friday, Saturday, Sunday and every other day" (reading 173): a day in a list of days.
      if (kind === "inside" && DAY_LIST[lang].test(whole)) return m;
      // "The fire, which was reported at about 7:40 a.m., began …" (reading 158: "which was
      // reported," left): a relative clause whose passive verb the time completes keeps it.
      if (/(?<![\p{L}])(?:which|that|who|qui)[\s\u00A0]+(?:was|were|is|are|had[\s\u00A0]+been|has[\s\u00A0]+been|a[\s\u00A0]+été|ont[\s\u00A0]+été|avait[\s\u00A0]+été|est|sont)[\s\u00A0]+\p{Ll}+$/iu.test(before.trimEnd())) return m;
      // "adopted three laws on November 26, the 27th working day of …" (reading 125: the cut left
      // the apposition hanging): a phrase after the date's own comma describes the date.
      if (kind === "inside" && !lead && trail && DATE_APPOSITION.test(after)) return m;
      if (kind === "size" && SIZE_IS_POINT.test(before)) return m;
      // « …, lundi, tuant 150 personnes »: a participle after the pair keeps its comma.
      if (lead && trail && /^[\s\u00A0]*\p{Ll}+(?:ing|ant)(?![\p{L}])/u.test(after)) return ", ";
      // "launched on June 28, 2022, aboard a rocket" (reading 142: cut to "launched, aboard"): the
      // comma after an English date's year closes the date and goes with it.
      if (!lead && trail && lang === "en" && /\d{4}[\s\u00A0]*,$/u.test(m) && !/^[\s\u00A0]*\p{Ll}+ing(?![\p{L}])/u.test(after)) return " ";
      // « signé le 27 juin, entre le président … » (reading 158: cut to « signé, entre »): the
      // date's closing comma before a complement goes with the date, as in compress.ts.
      if (!lead && trail && PREPOSITION_AFTER_COMMA[lang].test(`,${after}`)) return " ";
      return lead && trail ? " " : lead || trail ? ", " : " ";
    }));
    if (next !== t && fine(next)) t = next;
  }
  if (lang === "fr") {
    const tail = PARTICIPLE_TAIL.exec(t);
    // Not when the tail holds a verb (« … reliant Rio à Paris a été provoqué »: the participle sits
    // inside the subject), nor when the clause before it has none (« …, le taux de gémellité
    // pouvant atteindre 20 % »: the participle is that clause's predicate).
    const clause = t.slice(0, tail?.index ?? 0).split(/[,;:]/u).pop() ?? "";
    if (tail && !NOT_PARTICIPLE.test(tail[1]) && !hasVerb(tail[0].slice(tail[0].indexOf(tail[1]) + tail[1].length), lang) && hasVerb(clause, lang)) {
      const next = tidy(`${t.slice(0, tail.index)}${t.slice(tail.index + tail[0].length)}`);
      // A tail may hold the clause's only verb the test finds (« se produit » after a name it
      // does not read as a subject): kept then.
      if (fine(next) && (hasVerb(next, lang) || !hasVerb(t, lang))) t = next;
    }
  }
  return t;
}
