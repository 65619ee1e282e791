// Quote attribution: "Qui a déclaré : « … » ?" with the other people of the article as
// choices; a short answer when the article names too few people.
import type { QuestionTemplate, Candidate } from "../../template";
import type { FullAnalysis, QuoteMention } from "../../../analysis/types";
import { genderOf, sameGenderFirst } from "../../../analysis/gender";
import { firstNameGender } from "../../../analysis/lexicon/first-names";
import { isAbbreviationEnd } from "../../../analysis/sentences";
import { peopleIn, peopleRuns } from "../../../analysis/people-lists";
import { personOrSurname, spellingsOfOneName } from "../../verify";
import { lastWord, NAME_PARTICLE, surnameOf } from "../../clauses";
import { containsWords, fold } from "../../../analysis/fold";
import { PHRASES } from "../../phrases";
import { choicesWith, difficultyFor, evidenceOf, kitFor } from "../../question-kit";
import { rngFor } from "../../random";
import { entityAccepted, namesPerson } from "../../slots";
import { applyTypography, quoteExcerpt, tidySpaces } from "../../typography";

const MAX_QUOTE_WORDS = 28;

export function shortQuote(q: QuoteMention, lang: "fr" | "en"): string {
  const words = q.text.split(/[\s\u00A0\u202F]+/);
  // A final full stop inside the quote would clash with the question mark after it.
  if (words.length <= MAX_QUOTE_WORDS) return q.text.replace(/[.,]$/, "");
  // The first sentence ends at a stop that is no abbreviation's ("the Interior Department's U.S. Fish
  // and Wildlife Service" was cut after "U.S.", reading 17).
  let firstSentence: string | undefined;
  for (const m of q.text.matchAll(/[.!?](?=[\s\u00A0\u202F])/gu)) {
    const head = q.text.slice(0, m.index + 1);
    if (m[0] === "." && isAbbreviationEnd(head, q.text.slice(m.index + 1))) continue;
    firstSentence = head;
    break;
  }
  if (firstSentence && firstSentence.split(/\s+/).length >= 5 && firstSentence.split(/\s+/).length <= MAX_QUOTE_WORDS) {
    return `${firstSentence} […]`;
  }
  // "… in the next four or five hours, and of […]" (reading 159): the cut ends at a comma when one
  // falls in its last words, and never on a word that needs the next one.
  let kept = words.slice(0, MAX_QUOTE_WORDS - 4);
  const comma = kept.map((w, i) => (/,$/u.test(w) ? i : -1)).filter((i) => i >= kept.length - 8 && i >= 8).pop();
  if (comma !== undefined) kept = kept.slice(0, comma + 1);
  while (kept.length > 8 && needsNext(kept[kept.length - 1], words[kept.length])) kept = kept.slice(0, -1);
  return `${kept.join(" ")} […]`.replace(/,\s\[/u, " [");
}

/** A word a cut cannot end on: it needs the words after it. */
const DANGLING_LAST = /^(?:and|or|but|of|the|a|an|to|in|on|for|with|at|by|from|that|which|who|et|ou|mais|de|du|des|d['’]|la|le|les|l['’]|un|une|à|au|aux|en|pour|par|sur|dans|que|qu['’]|qui|dont)$/iu;
/**
 * "… to save this […]" (reading 186): a demonstrative or a possessive before its noun needs it too
 * (not "knew this and discussed it", where "this" is the object).
 */
const BEFORE_ITS_NOUN = /^(?:this|these|those|his|her|its|their|our|my|your|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|mon|ma|mes)$/iu;
const needsNext = (word: string, next: string | undefined) =>
  DANGLING_LAST.test(word) || (BEFORE_ITS_NOUN.test(word) && !!next && /^\p{L}/u.test(next) && !DANGLING_LAST.test(next.replace(/[^\p{L}'’]+$/u, "")));

/** Before a name that is a complement ("paintings by Picasso", « des œuvres de Matisse ») or part of a title (« L'Olivier Près … »). */
// "paintings by masters like Henri Matisse, Claude Monet and Georges Seurat" (reading 105: the
// three offered as speakers): names given as examples are complements too.
// "the fifth artist would rival Monet and Renoir" (reading 128: Claude Monet offered as a speaker):
// whom someone is compared to is no actor either.
// « le pont Suzan Daniel » (reading 144: the bridge's namesake offered as a speaker): a name after
// a place or an institution it names is no actor either; "a history that did not mention
// Christopher Columbus" (reading 149: Columbus offered as who says) names whom a text talks about.
const NOT_AN_ACTOR_BEFORE = /(?:^|[\s\u00A0'’])(?:de|d['’]|des|du|par|le|la|les|l['’]|by|of|the|like|such[\s\u00A0]+as|including|comme|notamment|tels?[\s\u00A0]+que|telles?[\s\u00A0]+que|than|rival|rivals|rivaled|rivalled|alongside|pont|rue|avenue|boulevard|place|quai|école|collège|lycée|stade|salle|prix|fondation|musée|bridge|street|square|school|stadium|hall|prize|award|foundation|museum|mention|mentions|mentioned|mentioning|mentionne|mentionnait|évoque|évoquait|about|regarding)[\s\u00A0]*$/iu;

/** Who speaks or acts in the article: speakers, and people named at least once other than as a complement (or in a list of them) or inside a title. */
export function actorsOf(a: FullAnalysis): Set<number> {
  const out = new Set<number>(a.quotes.flatMap((q) => (q.speakerId === undefined ? [] : [q.speakerId])));
  // People only: « le ministre de l'Intérieur, Manuel Valls » is an apposition, not a list.
  // The later items of a list ("Picasso, Matisse and Braque") share the first one's role.
  for (const run of peopleRuns(a)) {
    let complement = false;
    for (const [i, m] of run.entries()) {
      complement = NOT_AN_ACTOR_BEFORE.test(a.text.slice(Math.max(0, m.start - 12), m.start)) || (i > 0 && complement);
      if (!complement) out.add(m.entityId);
    }
  }
  return out;
}

/** Words about a group in the third person (« leur mission », "they will"), none in the first person plural. */
function aboutAGroup(quote: string): boolean {
  return /(?<![\p{L}'’])(?:leur|leurs|ils|elles|eux|their|they|them)(?![\p{L}'’])/iu.test(quote) &&
    !/(?<![\p{L}'’])(?:nous|notre|nos|we|our|us)(?![\p{L}'’])/iu.test(quote);
}

/** A person named in a list of three people or more (« Chen Dong, Liu Yang et Cai Xuzhe »): a crew, a team, a group. */
function inAListOfPeople(a: FullAnalysis, id: number): boolean {
  return peopleRuns(a).some((run) => peopleIn(run) >= 3 && run.some((m) => m.entityId === id));
}

/**
 * A long evidence shown in an explanation: the 300 characters that end with the speaker's name, so
 * the cut never falls inside it ("… ,’ Secretary of the …", reading 42).
 */
export function attributionWindow(evidence: string, speaker: string, max = 300, quote?: string): string {
  // Paragraph breaks inside a quotation spread over paragraphs are no text to show (reading 97).
  evidence = tidySpaces(evidence);
  // Just past the limit, the whole evidence reads better than a cut one ("… we couldn't do it …",
  // reading 97: the quotation asked about was cut off).
  if (evidence.length <= max + max / 3) return evidence;
  // The sentence naming the speaker and the one holding the quotation, when they differ: "General
  // Daniel Opende said … [sentences] … 'We have the resolve …,' he said." (reading 106: the window
  // stopped before the quotation, so nothing showed who "he" was).
  if (quote) {
    const sentences = evidence.split(/(?<=[.!?]["”»]?)[\s\u00A0]+(?=["“«]?\p{Lu})/u);
    const named = sentences.findIndex((x) => x.includes(speaker));
    const quoted = sentences.findIndex((x) => x.includes(tidySpaces(quote).slice(0, 30)));
    if (named >= 0 && quoted > named) {
      const shown = `${sentences[named]}${quoted === named + 1 ? " " : " … "}${sentences[quoted]}`;
      if (shown.length <= 1.5 * max) return closedQuote(shown) ?? shown;
    }
  }
  const at = evidence.indexOf(speaker);
  // "…,” said Chin, who added that …": the window ends with the attribution's own clause, not
  // forty characters into the next one (reading 55: "had not been …").
  // Only where the window would end just past the name; a full stop stays with its sentence.
  const boundary = at < 0 ? -1 : evidence.slice(at + speaker.length).search(/[,;:.]/u);
  const past = at + speaker.length + 40 > max - 3;
  const clauseEnd = past && boundary >= 0 && boundary <= 40 ? at + speaker.length + boundary + (evidence[at + speaker.length + boundary] === "." ? 1 : 0) : -1;
  const end = at < 0 ? max - 3 : Math.min(evidence.length, clauseEnd >= 0 ? clauseEnd : Math.max(max - 3, at + speaker.length + 40));
  const start = Math.max(0, end - (max - 3));
  // Whole words only, with "…" where the text goes on.
  let t = evidence.slice(start, end);
  if (start > 0) t = t.replace(/^\S*\s/u, "");
  let goesOn = end < evidence.length;
  if (goesOn && end !== clauseEnd) {
    // A window cut past the name ends on the last whole sentence after it, when there is one,
    // not in the middle of a clause ("… as visual and concise as …", reading 97).
    const named = t.indexOf(speaker);
    const from = named < 0 ? 0 : named + speaker.length;
    const stops = [...t.slice(from).matchAll(/[.!?](?=[\s\u00A0]+["“«]?\p{Lu})/gu)];
    if (from > 0 && stops.length) {
      t = t.slice(0, from + stops[stops.length - 1].index! + 1);
      // The quotation goes on past the cut: "[…]" and its closing mark say so.
      const closed = closedQuote(t);
      if (closed) {
        t = closed;
        goesOn = false;
      }
    } else {
      // No sentence ends after the name: the window ends with the attribution's own clause when
      // one closes soon after it, not inside the next clause (reading 152: « … du second tour de … »).
      const clause = from > 0 ? t.slice(from).search(/[,;:]/u) : -1;
      t = clause >= 0 && clause <= 40 ? t.slice(0, from + clause) : t.replace(/\s\S*$/u, "");
    }
  }
  // A window that starts inside the quotation keeps its closing mark alone (« …éléments", explique
  // David Zivie », reading 44): the quotation is reopened before the cut, so the marks pair up and
  // the attribution stays outside them (reading 69: the closing mark had moved after "said").
  let open = "";
  if (start > 0) {
    const straight = (t.match(/"/gu) ?? []).length;
    const close = t.search(/[»”]/u);
    const opening = t.search(/[«“]/u);
    if (straight % 2 === 1) open = '"';
    else if (close >= 0 && (opening < 0 || close < opening)) open = t[close] === "»" ? "«\u00A0" : "“";
  }
  return `${open}${start > 0 ? "… " : ""}${t}${goesOn ? " …" : ""}`;
}

/** A text cut inside a quotation, closed with "[…]" and its mark; null when its marks pair up. */
function closedQuote(t: string): string | null {
  const straight = (t.match(/"/gu) ?? []).length % 2 === 1;
  const curly = (t.match(/“/gu) ?? []).length > (t.match(/”/gu) ?? []).length;
  const french = (t.match(/«/gu) ?? []).length > (t.match(/»/gu) ?? []).length;
  if (!straight && !curly && !french) return null;
  return t + (straight ? ' […]"' : curly ? " […]”" : "\u00A0[…]\u00A0»");
}

/** The evidence as the explanation shows it: with its own quotation marks as written, or quoted whole when it has none. */
function explained(window: string, lang: "fr" | "en"): string {
  return /[«»“”"]/u.test(window) ? window : quoteExcerpt(window, lang);
}

/**
 * The sentence, one or two before `first` in the same paragraph, where the speaker is written in
 * full (`name`, several words) and no other person is named after it: null when there is none.
 */
function fullNameBefore(a: FullAnalysis, speakerId: number, name: string, first: number): number | null {
  if (name.split(/[\s\u00A0]+/u).length < 2) return null;
  for (let i = first - 1; i >= Math.max(0, first - 2); i--) {
    const s = a.sentences[i];
    if (s.isHeading || a.text.slice(s.end, a.sentences[first].start).includes("\n")) return null;
    const own = a.entityMentions.filter((m) => m.start >= s.start && m.end <= s.end && m.entityId === speakerId && fold(a.text.slice(m.start, m.end)) === fold(name));
    if (!own.length) continue;
    const last = own[own.length - 1];
    // Someone else named between the full name and the quotation could be who "he" is.
    if (a.entityMentions.some((m) => m.type === "person" && m.entityId !== speakerId && m.start > last.end && m.start < a.sentences[first].start)) return null;
    return i;
  }
  return null;
}

/** A person the article says died: "X, 53, … died", "X was killed", "X's body", « le corps de X ». */
function deceased(a: FullAnalysis, id: number): boolean {
  return a.entityMentions.some((m) => {
    if (m.entityId !== id) return false;
    const s = a.sentences[m.sentenceIndex];
    const after = a.text.slice(m.end, s.end);
    const before = a.text.slice(s.start, m.start);
    return /^(?:['’]s[\s\u00A0]+(?:body|death|remains)|[^.;:«»“”"]{0,80}?(?<![\p{L}])(?:died|was[\s\u00A0]+killed|drowned|was[\s\u00A0]+found[\s\u00A0]+dead|est[\s\u00A0]+(?:mort|morte|décédée?)|a[\s\u00A0]+été[\s\u00A0]+tuée?|s['’]est[\s\u00A0]+noyée?)(?![\p{L}]))/u.test(after) ||
      /(?<![\p{L}])(?:le[\s\u00A0]+corps|la[\s\u00A0]+mort|le[\s\u00A0]+décès|la[\s\u00A0]+dépouille)[\s\u00A0]+(?:de|d['’])[\s\u00A0]*$/iu.test(before);
  });
}

function quoteCandidate(a: FullAnalysis, hash: number, q: QuoteMention, actors: Set<number>): Candidate | null {
  if (q.speakerId === undefined || q.speakerStart === undefined) return null;
  const lang = a.language;
  if (q.text.split(/\s+/).length < 3) return null;
  const speaker = a.entities[q.speakerId];
  if (speaker.type !== "person") return null;
  if (speaker.forms.some((f) => containsWords(q.text, f))) return null; // the quote names its speaker
  const sIdx = a.sentences.findIndex((s) => s.start <= q.speakerStart! && s.end >= q.speakerStart!);
  const first = Math.min(q.firstSentence, sIdx < 0 ? q.firstSentence : sIdx);
  const last = Math.max(q.lastSentence, sIdx < 0 ? q.lastSentence : sIdx);
  const span = { start: a.sentences[first].start, end: a.sentences[last].end };
  if (a.sentences.slice(first, last + 1).some((s) => s.isHeading)) return null;
  const evidence = evidenceOf(a, span);
  const inEvidence = a.entityMentions.filter((m) => m.entityId === speaker.id && m.start >= span.start && m.end <= span.end);
  if (!inEvidence.length) return null;
  const display = inEvidence.map((m) => a.text.slice(m.start, m.end)).sort((x, y) => y.length - x.length)[0];
  // "spokesman Gaurav Kumar KC told AFP" (reading 86: a wrong key, "KC" being his surname): capitals
  // right after the name may be part of it or a title ("… KC", "… MP"); the name is not sure.
  if (a.entityMentions.some((m) => m.entityId === speaker.id && /^[\s\u00A0]+\p{Lu}{2,4}(?![\p{L}\d])/u.test(a.text.slice(m.end, m.end + 8)))) return null;
  // "Allan Ala'alatoa" read as "Allan Ala" (reading 143): a name running on past an apostrophe is
  // cut (a possessive "'s" is no part of it).
  if (a.entityMentions.some((m) => m.entityId === speaker.id && /^['’](?!s(?![\p{L}]))\p{Ll}/u.test(a.text.slice(m.end, m.end + 3)))) return null;
  const surnameOnly = display.split(/[\s\u00A0]+/).length === 1;
  // "Elke Van" for Elke Van den Brandt (reading 144): a name ending on its particle is cut.
  const cut = (n: string) => NAME_PARTICLE.test(lastWord(n)) && /[\s\u00A0]/u.test(n);
  if (cut(display)) return null;
  // "…," Sir Keir said (reading 72): a first name alone shown as the key of "who said" for a man
  // the article names in full elsewhere; the full name is not in the evidence, so no question.
  if (surnameOnly && firstNameGender(display) && speaker.name.split(/[\s\u00A0]+/).length > 1 && fold(lastWord(speaker.name)) !== fold(display)) return null;
  if (!personOrSurname(a, display)) return null;
  // Options are people we are sure of, of the speaker's gender first (never a newspaper or a tower),
  // who speak or act in the article: a painter whose works were stolen or a name read inside a
  // work's title could not have said it, and a student rules them out without reading (reading 13).
  // Other speakers first: squad members never quoted beside the one who speaks were ruled out at a
  // glance, where the other person quoted would not be (reading 47).
  const speakers = new Set(a.quotes.flatMap((x) => (x.speakerId === undefined ? [] : [x.speakerId])));
  const people = a.entities.filter((e) => e.type === "person" && e.id !== speaker.id && personOrSurname(a, e.name) && actors.has(e.id))
    .map((e, i) => ({ e, i })).sort((x, y) => Number(speakers.has(y.e.id)) - Number(speakers.has(x.e.id)) || x.i - y.i).map((x) => x.e);
  const others = sameGenderFirst(a, genderOf(a, speaker), people, (e) => e)
    .filter((e) => !spellingsOfOneName(fold(lastWord(e.name)), fold(lastWord(speaker.name))))
    // "John N. Anderson, 53, … died Saturday after falling" (reading 189: offered as who said "You
    // always want to rule out foul play"): the dead of the story said none of its quotations.
    .filter((e) => speakers.has(e.id) || !deceased(a, e.id))
    // « Barber's novel stood out … » (reading 97): whom the quotation talks about did not say it.
    .filter((e) => !containsWords(q.text, lastWord(e.name)))
    // « … leur mission consiste à installer les modules » beside the three astronauts the article
    // lists (reading 153): words about a group in the third person were not said by its members.
    .filter((e) => !(aboutAGroup(q.text) && !speakers.has(e.id) && inAListOfPeople(a, e.id)))
    .map((e) => (surnameOnly ? surnameOf(e.name) : e.name))
    .filter((n, i, arr) => !arr.slice(0, i).some((x) => spellingsOfOneName(fold(lastWord(x)), fold(lastWord(n)))))
    .filter((n, i, arr) => arr.findIndex((x) => fold(x) === fold(n)) === i && fold(n) !== fold(display) && !cut(n));
  const rng = rngFor(hash, `quote:${q.start}`);
  const prompt = applyTypography(PHRASES[lang].quote(quoteExcerpt(shortQuote(q, lang), lang)), lang);
  // Who said it, then the evidence cut around that name.
  const explanationOf = (who: string, evidenceText: string) =>
    applyTypography(PHRASES[lang].quoteExplain(who, explained(attributionWindow(evidenceText, who, 300, q.text), lang)), lang);
  const base = {
    category: "comprehension" as const,
    source: "article" as const,
    prompt,
    answer: display,
    evidence,
    explanation: explanationOf(display, evidence.text),
    template: "quote",
    skill: "stance" as const,
    sentenceIndex: q.firstSentence,
    meta: { slot: "quote", fact: `quote:${q.start}`, proof: { type: "speaker" as const, speaker: display, quote: q.text } },
  };
  // Four choices or none: with three, a student rules out the two who could not have said it
  // (a defendant, a smuggler beside the judge: reading 16) and is left with the key.
  if (others.length >= 3) {
    return { ...base, kind: "multiple_choice", choices: choicesWith(display, others, 3, rng),
      difficulty: difficultyFor(a.sentences[q.firstSentence], 1), score: 0.95 };
  }
  // The only person the article names: "who said it?" answers itself (readings 6 and 7).
  if (!others.length) return null;
  // Written by the student: the key is the full name ("Elaine L. Chao"), the surname and the name
  // without its middle initial are accepted.
  // The key must be in the evidence (validate.ts): the full name only where the evidence writes it.
  // "…," Mr Toole said, with "Paul Toole" one or two sentences before in the paragraph (reading
  // 113: the key shown as "Toole"): the evidence starts at the sentence that names him in full.
  const named = surnameOnly && !containsWords(evidence.text, speaker.name) ? fullNameBefore(a, speaker.id, speaker.name, first) : null;
  const shownEvidence = named === null ? evidence : evidenceOf(a, { start: a.sentences[named].start, end: span.end });
  const fullName = containsWords(shownEvidence.text, speaker.name) && personOrSurname(a, speaker.name) ? speaker.name : display;
  const namePrompt = applyTypography(PHRASES[lang].quoteName(quoteExcerpt(shortQuote(q, lang), lang)), lang);
  const full = fullName === display ? {} : {
    evidence: shownEvidence,
    explanation: explanationOf(fullName, shownEvidence.text),
    meta: { ...base.meta, proof: { ...base.meta.proof, speaker: fullName } },
  };
  // "What is the name of …": a function without the name ("Health Minister") is no name (reading 83).
  return { ...base, ...full, kind: "short_answer", prompt: namePrompt, answer: fullName, accepted: [...new Set([display, ...entityAccepted(a, speaker.id, fullName)])].filter((x) => x !== fullName && namesPerson(x, speaker.name)),
    difficulty: difficultyFor(a.sentences[q.firstSentence], 2), score: 0.85 };
}

export const quoteTemplate: QuestionTemplate = {
  name: "quote",
  generate(a) {
    const { full, hash } = kitFor(a);
    const out: Candidate[] = [];
    const actors = actorsOf(full);
    for (const q of full.quotes) {
      const c = quoteCandidate(full, hash, q, actors);
      if (c) out.push(c);
    }
    return out;
  },
};
