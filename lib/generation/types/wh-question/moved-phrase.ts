// "Où est-ce que … ?", "À quelle date est-ce que … ?", "Par qui est-ce que … ?": a place, a date or
// the agent of a passive leaves a simple clause together with its preposition, and the rest keeps
// its declarative order behind "est-ce que" (French) or an inverted auxiliary (English: "Where was
// the rover launched?"). The student answers from the article without the sentence being copied
// around a blank; the asked phrase must be the only one of its kind in the sentence, so "where"
// or "when" has exactly one answer.
import type { FullAnalysis } from "../../../analysis/types";
import { frenchQuestion } from "../../french-inversion";
import { EN_INVERTIBLE_AUX, FINITE, lowerFirst, selfContained, subjectOf, wordCount } from "../../clauses";
import type { Slot } from "../../slots";
import { withoutDeicticTime } from "../../compress";

export type MovedWh = "where" | "when" | "byWhom";
type Lang = "fr" | "en";

/** The preposition right before the slot, for each question word. */
const PREP: Record<MovedWh, Record<Lang, RegExp>> = {
  where: { fr: /(?:^|[\s\u00A0])(à|au|aux|en|dans)[\s\u00A0]+$/iu, en: /(?:^|\s)(in|at)\s+$/iu },
  when: { fr: /(?:^|[\s\u00A0])(le|en)[\s\u00A0]+$/iu, en: /(?:^|\s)(on|in)\s+$/iu },
  // The agent of a passive: "construit par", "sponsored by".
  byWhom: {
    fr: /[\p{Ll}](?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)[\s\u00A0]+(par)[\s\u00A0]+$/u,
    en: /[\p{Ll}](?:ed|en|t|wn)\s+(by)\s+$/u,
  },
};

const SUBORDINATE = /(?:^|[\s\u00A0'’])(?:(?:que|qui|dont|où|lorsque|quand|si|that|which|who|whom|where|when|whether|if)(?=[\s\u00A0]|$)|(?:qu|lorsqu|jusqu)['’])/iu;

/** The word before the moved phrase: a participle, a finite verb, an infinitive or an adverb. */
const VERB_OR_ADVERB_BEFORE: Record<Lang, RegExp> = {
  // "-t" only as in « fait », « dit », « ouvert », « atteint »: « sud-ouest » is no verb (reading 13).
  fr: /(?:\p{Ll}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ait|it|ert|int|aient|ent|er|ir|re)|(?<![\p{L}'’-])(?:a|ont|est|sont|était|sera|lieu|également|aussi|notamment|encore|déjà|hier|aujourd['’]hui|année|ensuite))$/u,
  en: /(?:\p{Ll}(?:ed|en|wn|ing|ght|ld|ok|ew|ne|ut)|(?:is|are|was|were|has|have|had|be|been|far|also|again|today|yesterday|now|later|recently|first|then))$/u,
};

/**
 * « le constat d'état engagé en 2004 », "the study published in 2004": a participle without its
 * auxiliary describes the noun before it, and the phrase after it belongs to that noun, not to the
 * clause's verb (reading 13: « en quelle année le comité a-t-il examiné … » keyed 2004).
 */
const BARE_PARTICIPLE: Record<Lang, RegExp> = {
  fr: /(?:^|[\s\u00A0'’])([\p{L}\p{N}'’.,-]+)[\s\u00A0]+\p{Ll}+(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues|aite?s?|ite?s?|erte?s?|einte?s?)$/u,
  en: /(?:^|\s)([\p{L}\p{N}'’.,-]+)\s+\p{Ll}+(?:ed|en|wn)$/u,
};
const AUXILIARY: Record<Lang, RegExp> = {
  fr: /^(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront|été|être|avoir|fut|furent|soit|sont|ai|as|avons|avez|suis|es|sommes|êtes)$/iu,
  en: /^(?:has|have|had|is|are|was|were|be|been|being|will|would|got|get|gets)$/iu,
};

/** Words that may sit between an auxiliary and its participle ("was quickly released", « a déjà engagé »). */
const BETWEEN_AUX: Record<Lang, RegExp> = {
  fr: /^(?:\p{Ll}+ment|déjà|aussi|encore|également|ensuite|enfin|bien|pas|plus|jamais|toujours|alors|ainsi|ne|n['’]\p{L}+|été)$/u,
  en: /^(?:\p{Ll}+ly|not|also|already|still|never|then|first|later|just|been|since|once|again|officially|reportedly)$/u,
};

/**
 * The last word of the head is a participle with no auxiliary of its own: walking back from it, only
 * adverbs before the auxiliary. "The previous record for the state was 3,289 documented" (reading
 * 107: "in what year was … documented?"): a figure between, and "documented" describes the figure.
 */
function participleOfNoun(head: string, lang: Lang): boolean {
  const m = BARE_PARTICIPLE[lang].exec(head);
  if (!m) return false;
  const before = head.slice(0, m.index + m[0].length).split(/[\s\u00A0]+/u).slice(-4, -1).reverse();
  for (const raw of before) {
    const w = raw.replace(/^[\p{L}]+['’]/u, "");
    if (AUXILIARY[lang].test(w)) return false;
    if (!BETWEEN_AUX[lang].test(w.toLowerCase())) return true;
  }
  return true;
}

/** A frame opening the sentence ("Selon X, ", "Le 2 janvier, "): dropped when it holds no verb. */
const LEAD = /^[^,;:«»“”"()]{2,45},[\s\u00A0]+/u;

export interface MovedPhrase {
  wh: MovedWh;
  /** The preposition as written ("en", "par", "on"). */
  prep: string;
  /** The clause left once the phrase is out, as the question prints it. */
  clause: string;
  /** The question without its frame ("où est-ce que …", "where was …"). */
  question: string;
}

function sameKindElsewhere(a: FullAnalysis, slot: Slot, wh: MovedWh): boolean {
  const s = slot.sentence;
  if (wh === "when") return a.dates.some((d) => d.sentenceIndex === s.index && (d.end <= slot.start || d.start >= slot.end));
  const types = wh === "where" ? ["place"] : ["person", "org"];
  if (a.entityMentions.some((m) => m.sentenceIndex === s.index && types.includes(m.type) && m.entityId !== slot.entityId &&
    (m.end <= slot.start || m.start >= slot.end) && (wh === "where" || /(?:^|[\s\u00A0])(?:par|by)[\s\u00A0]+$/iu.test(a.text.slice(Math.max(s.start, m.start - 5), m.start))))) return true;
  // Another "à Lyon" / "in Paris" the analysis did not type would make "où" ambiguous.
  const rest = a.text.slice(s.start, slot.start) + " " + a.text.slice(slot.end, s.end);
  // « à la Direction générale de la santé », "at the White House" too.
  return wh === "where" && /(?:^|[\s\u00A0])(?:à|au|aux|en|in|at)[\s\u00A0]+(?:(?:la|le|les|the)[\s\u00A0]+|l['’])?\p{Lu}/u.test(rest);
}

const REPORTING_VERB = /(?<![\p{L}])(?:reports|reported|says|said|writes|wrote|notes|noted|explains|explained|adds|added|rapporte|indique|affirme|explique|précise|souligne|ajoute|écrit)[\s\u00A0]+(?=(?:the|a|an|le|la|les|l['’]|un|une|des)(?![\p{L}]))/iu;

/** A second verb with its own auxiliary, coordinated after the first: cut from a question on the first. */
const SECOND_VERB = {
  fr: /[\s\u00A0]+(?:et|mais)[\s\u00A0]+(?:est|sont|a|ont|était|étaient|avait|avaient|sera|seront|va|vont|purge|reste|demeure)(?![\p{L}])[^?]*$/u,
  en: /[\s\u00A0]+(?:and|but)[\s\u00A0]+(?:is|are|was|were|has|have|had|will|would|can|could|remains?)(?![\p{L}])[^?]*$/u,
};

export function movePhrase(a: FullAnalysis, slot: Slot, wh: MovedWh): MovedPhrase | null {
  const lang = a.language as Lang;
  const s = slot.sentence;
  if (s.isHeading || !s.quotesBalanced) return null;
  if (wh === "when" && (!slot.date || slot.date.relative)) return null;
  const before = a.text.slice(s.start, slot.start);
  const m = PREP[wh][lang].exec(before);
  if (!m) return null;
  const prepAt = before.length - m[0].length + m[0].indexOf(m[1]);
  let head = before.slice(0, prepAt).replace(/[\s\u00A0]+$/u, "");
  let tail = a.text.slice(slot.end, s.end).replace(/[.!…]+$/u, "");
  // What follows the phrase: the sentence end, a comma closing an incise opened before it, or a
  // lower-case word of the same clause.
  if (/^,/.test(tail)) {
    if (!/,$/.test(head) && head) return null;
    tail = tail.replace(/^,[\s\u00A0]*/u, "");
    head = head.replace(/,$/u, "");
  } else if (tail && !/^[\s\u00A0]+\p{Ll}/u.test(tail)) return null;
  let clause = withoutDeicticTime(`${head} ${tail}`, lang).replace(/[\s\u00A0]+/gu, " ").trim();
  const lead = LEAD.exec(clause);
  if (lead && !FINITE[lang].test(lead[0])) {
    // « Condamné en 1986 pour deux meurtres, l'accusé a … » (reading 68): the phrase sat inside the
    // frame, and belongs to its participle, not to the clause left.
    if (head.length < lead[0].length) return null;
    clause = clause.slice(lead[0].length);
  }
  if (!clause || /[?;:]/.test(clause) || !selfContained(clause, lang, 26) || !FINITE[lang].test(clause)) return null;
  // A relative or reported clause ("où Merah a tué …", "has learned that …", « Rappelons que … »)
  // may be what the phrase belongs to: which verb "où" asks about would be unclear.
  if (SUBORDINATE.test(clause)) return null;
  // "VOA White House Correspondent Paula Wolfson reports the deal was announced in Hanoi" (reading
  // 142: "where was VOA … reports the deal announced?"): a verb of saying with a clause of its own
  // after it, its "that" left out, reports the clause the phrase belongs to.
  const saying = REPORTING_VERB.exec(clause);
  if (saying && FINITE[lang].test(` ${clause.slice(saying.index + saying[0].length)} `)) return null;
  // « de telles manifestations », "such protests": the clause points back to another sentence.
  if (/(?:^|[\s\u00A0])(?:tel|telle|tels|telles|such|ce|cet|cette|ces|this|these|those)(?=[\s\u00A0]|$)/iu.test(clause)) return null;
  // "… on the blog of a mathematics professor at Manchester": after a noun, the place may belong
  // to that noun; it must follow the verb or an adverb of the clause.
  if (!VERB_OR_ADVERB_BEFORE[lang].test(head) || participleOfNoun(head, lang)) return null;
  // "… were incubated at the zoo until the crocodiles' hatching in 2011" (reading 89): a date right
  // after "until", "after" or "since" and their noun dates that phrase, not the clause's verb.
  if (wh === "when" && /(?:^|[\s\u00A0])(?:until|till|after|before|since|following|during|jusqu['’]à|jusqu['’]au|après|avant|depuis|lors)(?:[\s\u00A0]+[^\s\u00A0,;]+){1,4}$/iu.test(head)) return null;
  // « en juin dernier »: the phrase's own qualifier would stay behind.
  if (/^[\s\u00A0]*(?:dernier|dernière|prochain|prochaine|last|next|précédent|suivant)(?![\p{L}])/iu.test(tail)) return null;
  // Incises and lists ("Hughes Network Systems, LLC, une filiale de …") make the question hard to read.
  if ((clause.match(/,/g) ?? []).length > 1) return null;
  // A second clause ("…, et le ministre a …") would make the question double.
  if (/,[\s\u00A0](?:et|mais|and|but|while|alors que|tandis que|qui|which|who)[\s\u00A0]/iu.test(clause)) return null;
  const sub = subjectOf(clause, lang);
  if (!sub || wordCount(sub.subject) > 10) return null;
  if (sameKindElsewhere(a, slot, wh)) return null;
  // The slot itself must stay whole: a phrase glued to more capitalised words is a cut name.
  if (/^[\s\u00A0]+\p{Lu}/u.test(a.text.slice(slot.end, slot.end + 2))) return null;
  // "confirmed by University of Arizona researchers using …" (reading 168: "by whom was the
  // observation confirmed researchers using …?"): a name before a plural noun describes the agent.
  if (wh === "byWhom" && lang === "en" && /^[\s\u00A0]+(?!(?:as|is|was|has|this|thus|its|us|yes|across|towards?|plus|less|unless)(?![\p{L}]))\p{Ll}{3,}s(?![\p{L}])/u.test(a.text.slice(slot.end, slot.end + 20))) return null;
  // « Tous sont sains et saufs … et seront déposés à Cazeaux » (reading 183: "où est-ce que tous
  // sont sains et saufs ?"): a phrase after a second, coordinated verb belongs to that verb.
  if (SECOND_VERB[lang].test(head)) return null;
  // « où est-ce que … se sont rassemblés devant la gare du Midi ? » keyed Bruxelles (reading 192): a
  // place the question keeps answers "where" already.
  if (wh === "where" && /(?<![\p{L}])(?:devant|derrière|près[\s\u00A0]+d[eu']|à[\s\u00A0]+côté[\s\u00A0]+d[eu']|en[\s\u00A0]+face[\s\u00A0]+d[eu']|aux[\s\u00A0]+abords[\s\u00A0]+d[eu']|outside|in[\s\u00A0]+front[\s\u00A0]+of|near|next[\s\u00A0]+to|opposite)(?![\p{L}])/iu.test(clause)) return null;
  const prep = m[1];
  let question: string;
  if (lang === "fr") {
    // « … a été condamné en 2009 et purge une peine … »: the second verb is not asked about.
    const body = lowerFirst(a, clause).replace(SECOND_VERB.fr, "");
    const g = slot.date?.granularity;
    // « en quel mois » for « novembre 2013 » asks a month and is answered with a year too (reading
    // 69): a month written with its year is asked « quand ».
    const monthOfYear = g === "month" && /\d{4}/u.test(a.text.slice(slot.start, slot.end));
    const word = wh === "where" ? "où" : wh === "byWhom" ? "par qui" : g === "year" ? "en quelle année" : monthOfYear ? "quand" : g === "month" ? "en quel mois" : "à quelle date";
    question = frenchQuestion(word, body);
  } else {
    if (!EN_INVERTIBLE_AUX.test(sub.aux)) return null;
    // "Petters was convicted in 2009 and is serving a 50-year sentence" (reading 174: "in what
    // year was Petters convicted and is serving …?"): a second verb of its own is not asked about.
    const verbRest = sub.rest.slice(sub.aux.length).replace(SECOND_VERB.en, "").trim();
    if (!verbRest) return null;
    const word = wh === "where" ? "where" : wh === "byWhom" ? "by whom" : slot.date?.granularity === "year" ? "in what year" : "when";
    question = `${word} ${sub.aux} ${lowerFirst(a, sub.subject)} ${verbRest}`;
  }
  return { wh, prep, clause, question };
}
