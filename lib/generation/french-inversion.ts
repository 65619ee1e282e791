// French questions in written order: « À quelle date la frégate Nivôse a-t-elle saisi 250 kg
// d'héroïne ? » rather than « À quelle date est-ce que la frégate … a saisi … ? ». Readers edited
// the « est-ce que » form as spoken and clumsy (readings 27, 32, 40, 41) and asked for the
// inverted one; « combien de médailles est-ce que les hommes ont remporté » also missed the
// participle's agreement with the noun asked for (reading 39).
//
// Complex inversion repeats the subject as a pronoun after the verb, so it needs the subject's
// number (from its determiner and its verb, which must agree) and gender (from its determiner, or
// from the Lefff when « l' », « les », « des » or « ces » say nothing). When any of these is
// unsure, the question keeps « est-ce que », which is never wrong.
import { frenchPresentAt, presentNumber } from "../analysis/lexicon/french-verbs";
import { nounGender } from "../analysis/lexicon/french-genders";
import { isVowelInitial } from "../analysis/fold";

import { FR_AUX_PLURAL as AUX_PLURAL, FR_AUX_SINGULAR as AUX_SINGULAR } from "./clauses";
/** Auxiliaries of « avoir », after which a participle agrees with a direct object placed before it. */
const HAVE = new Set("a ont avait avaient aura auront eut eurent".split(" "));

const DETERMINER: Record<string, { number: "s" | "p"; gender: "M" | "F" | null }> = {
  le: { number: "s", gender: "M" }, un: { number: "s", gender: "M" }, ce: { number: "s", gender: "M" }, cet: { number: "s", gender: "M" },
  la: { number: "s", gender: "F" }, une: { number: "s", gender: "F" }, cette: { number: "s", gender: "F" },
  "l'": { number: "s", gender: null }, les: { number: "p", gender: null }, des: { number: "p", gender: null }, ces: { number: "p", gender: null },
};

/** Adjectives and counts that stand before a noun and take its gender. */
const BEFORE_NOUN = /^(?:jeunes?|autres?|seule?s?|grande?s?|petite?s?|premi(?:er|ère)s?|derni(?:er|ère)s?|nouve(?:au|aux|l|lle|lles)|ancien(?:ne)?s?|vieux|vieil|vieilles?|bonn?e?s?|mauvaise?s?|gross?e?s?|plusieurs|quelques|nombreu(?:x|ses)|principa(?:l|le|les|ux)|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille)$/iu;

/** Words that end a plain subject: a clause, a list, a comparison or a negation begins. */
const NOT_IN_SUBJECT = /^(?:qui|que|qu|dont|où|et|ou|ni|mais|ne|n|comme|lorsque|quand|si|il|elle|ils|elles|on)$/u;
/** Object clitics that stay before the verb in the inverted order (« s'est-il échoué », « l'a-t-elle saisi »). */
const CLITIC = /^(?:se|s['’]|l['’]|y|en|lui|leur)$/u;

export interface Inverted {
  /** The clause in question order: subject, verb, pronoun, the rest. */
  text: string;
  /** The verb that took the pronoun, as written. */
  verb: string;
  number: "s" | "p";
}

function bare(w: string): string {
  return w.toLowerCase().replace(/[’]/gu, "'");
}

/**
 * A declarative clause with its subject first (« la frégate Nivôse a saisi 250 kg »), in the order
 * of a question (« la frégate Nivôse a-t-elle saisi 250 kg »), or null when the subject's number or
 * gender is unsure, the subject is a name or a pronoun, or no finite verb follows it closely.
 */
export function invertFrench(clause: string): Inverted | null {
  // Elided determiners and clitics are words of their own: « l'ourse » → « l' » + « ourse ».
  const words = clause.trim().replace(/(^|[\s\u00A0])([lsdnLSDN])['’](?=\p{L})/gu, "$1$2' ").split(/[\s\u00A0]+/u).filter(Boolean);
  if (words.length < 3) return null;
  // A name (« Jean-Pierre Raffarin a réuni ») keeps « est-ce que »: its gender is not known here.
  const det = DETERMINER[bare(words[0])];
  if (!det) return null;
  let verbAt = -1;
  for (let i = 1; i < Math.min(words.length, 13); i++) {
    const raw = words[i];
    const w = bare(raw);
    // A comma, a bracket or a quote inside the subject: an incise this rewrite would have to move.
    if (/[,;:()«»“”"]/u.test(words[i - 1]) || /[,;:()«»“”"]/u.test(raw)) return null;
    if (NOT_IN_SUBJECT.test(w.replace(/'$/u, ""))) return null;
    if (CLITIC.test(w)) continue;
    const aux = AUX_SINGULAR.has(w) || AUX_PLURAL.has(w);
    // « le bureau recensait … de l'est du pays » (reading 159: « … de l'est-il du pays »): a verb in
    // the imperfect or the conditional ends the subject; no auxiliary after it is the clause's.
    if (!aux && /^\p{Ll}{4,}(?:ait|aient)$/u.test(w) && nounGender(w) === null) return null;
    // A present form after a name (« … des douanes de Pau contrôlent ») agrees with the
    // determiner's noun; one followed by an auxiliary is an adjective (« la région voisine a »).
    const present = i >= 2 && (frenchPresentAt(words, i) || (/^\p{Lu}/u.test(words[i - 1]) && presentNumber(w) === det.number)) &&
      !AUX_SINGULAR.has(bare(words[i + 1] ?? "")) && !AUX_PLURAL.has(bare(words[i + 1] ?? ""));
    if (aux || present) {
      verbAt = i;
      break;
    }
  }
  if (verbAt < 2) return null;
  const verb = words[verbAt];
  const v = bare(verb);
  // The verb's number must be the determiner's: « les agents … contrôlent », « la frégate … a ».
  const verbNumber = AUX_SINGULAR.has(v) ? "s" : AUX_PLURAL.has(v) ? "p" : /(?:ent)$/u.test(v) ? "p" : "s";
  if (verbNumber !== det.number) return null;
  let cliticsFrom = verbAt;
  while (cliticsFrom > 1 && CLITIC.test(bare(words[cliticsFrom - 1]))) cliticsFrom--;
  const subject = words.slice(0, cliticsFrom);
  if (subject.length < 2) return null;
  let gender = det.gender;
  if (!gender) {
    // The first word after the determiner that the Lefff knows as a noun: the head. An adjective
    // before it is passed over: « les jeunes filles » is feminine whatever « un jeune » is.
    for (const w of subject.slice(1)) {
      if (/^\p{Lu}/u.test(w)) break;
      if (BEFORE_NOUN.test(w) || /^\d/u.test(w)) continue;
      gender = nounGender(w.replace(/[.!?]+$/u, ""));
      if (gender) break;
    }
  }
  if (!gender) return null;
  const pronoun = gender === "M" ? (det.number === "s" ? "il" : "ils") : det.number === "s" ? "elle" : "elles";
  const link = /[aeiouéè]$/u.test(v) ? "-t-" : "-";
  const glued = (ws: string[]) => ws.join(" ").replace(/([lsdnLSDN]['’]) /gu, "$1");
  const before = glued(words.slice(0, verbAt));
  const after = glued(words.slice(verbAt + 1));
  return { text: `${before}${/['’]$/u.test(before) ? "" : " "}${verb}${link}${pronoun}${after ? " " + after : ""}`, verb, number: det.number };
}

/** Participles of verbs whose figure is a measure, not an object: it never agrees. */
const MEASURE_VERB = /^(?:duré|coûté|valu|pesé|mesuré|vécu|régné|dormi|couru|marché)$/u;
/** Nouns of a span of time: « combien d'heures ont-ils attendu », an adverbial complement. */
const DURATION_NOUN = /^(?:secondes|minutes|heures|jours|nuits|semaines|mois|ans|années|décennies|siècles)$/u;

/** A past participle: « saisi », « remporté », « pris », « ouvert », « construit ». */
const PARTICIPLE = /^(\p{Ll}+(?:é|i|u|is|it|ert|aint|eint|oint))$/u;

/**
 * « combien de médailles les hommes ont-ils remporté » → « … remportées »: after « avoir », a
 * participle agrees with the direct object that comes before it, here the noun asked for.
 * Null when the participle or the noun's gender is unsure.
 */
export function agreeParticiple(question: string, noun: string): string | null {
  // After « combien de » the noun is plural; one without a plural mark is a symbol (« kg »).
  if (!/^\p{Ll}{2,}[sx]$/u.test(noun)) return null;
  const gender = nounGender(noun);
  if (!gender) return null;
  // Inverted (« … ont-ils remporté ») or after « est-ce que » (« … est-ce qu'Emmanuel Macron a
  // recueilli », reading 45): the first « avoir » of the clause.
  // « la CAQ a-t-elle finalement remporté » (reading 170): an adverb may stand before the participle.
  const m = /(?<![\p{L}])(a|ont|avait|avaient|aura|auront)(-t-|-)(?:il|elle|ils|elles)[\s\u00A0]+(?:(?:\p{Ll}+ment|déjà|bien|encore|aussi|enfin|toujours|jamais|pourtant)[\s\u00A0]+)?([\p{Ll}]+)(?![\p{L}'’])/u.exec(question) ??
    /(?<=est-ce[\s\u00A0]+qu(?:e[\s\u00A0]+|['’])[^?,]*?[\s\u00A0])(a|ont|avait|avaient|aura|auront)([\s\u00A0]+)([\p{Ll}]+)(?![\p{L}'’])/u.exec(question);
  if (!m || !HAVE.has(m[1]) || !PARTICIPLE.test(m[3])) return null;
  const p = m[3];
  // « a pu », « a dû », « a fait construire »: the object belongs to the infinitive, no agreement
  // (« combien de morts les émeutes ont-elles faits » does agree).
  const next = question.slice(m.index + m[0].length).trim().split(/[\s\u00A0]/u)[0] ?? "";
  if (/^(?:pu|dû|du|voulu|su|fallu)$/u.test(p) || (/^(?:fait|laissé|vu|entendu)$/u.test(p) && /^\p{Ll}+(?:er|ir|re|oir)$/u.test(next))) return null;
  // « combien de jours les recherches ont-elles duré » (reading 145): a measure after « durer »,
  // « coûter », « vivre »… and a span of time after any verb but « passer » are no direct object.
  if (MEASURE_VERB.test(p) || (DURATION_NOUN.test(noun) && !/^passé$/u.test(p))) return null;
  const ending = (gender === "F" ? "e" : "") + (/s$/u.test(p) ? "" : "s");
  const at = m.index + m[0].length - p.length;
  return question.slice(0, at) + p + ending + question.slice(at + p.length);
}

/**
 * A French question on a clause: « à quelle date » + the clause inverted when it can be, else
 * « est-ce que » + the clause as written.
 */
export function frenchQuestion(wh: string, clause: string): string {
  const inv = invertFrench(clause);
  if (inv) return `${wh} ${inv.text}`;
  return `${wh} ${isVowelInitial(clause) ? "est-ce qu'" : "est-ce que "}${clause}`;
}
