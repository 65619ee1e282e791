// Keys proven twice: every key is re-derived from its evidence by a check that shares no code
// with the template that wrote it. A quote's speaker is the person nearest the speech verb,
// a stated cause follows its marker in the sentence, an ordering follows the one date written
// in each item's sentence, a name question offers only names of people. A question whose key
// cannot be re-derived is dropped, never repaired.
import type { Entity, FullAnalysis } from "../analysis/types";
import { genderOf, promptGender } from "../analysis/gender";
import { firstNameGender } from "../analysis/lexicon/first-names";
import { knownWord } from "../analysis/lexicon/spelling";
import { ROLE_NOUNS } from "../analysis/lexicon/roles";
import { RANK_ABBREVIATIONS } from "../analysis/lexicon/people";
import { damerauLevenshtein } from "../grading/edit-distance";
import { withoutDeicticTime } from "./compress";
import { surnameOf } from "./clauses";
import { gazCountry } from "./distractors/countries";
import { containsWords, fold, foldWords } from "../analysis/fold";
import type { Candidate } from "./template";
import { type Dropped, keepPassing } from "./validate";

const SPEECH: Record<"fr" | "en", RegExp> = {
  fr: /(?<![\p{L}])(?:a|ont|avait|avaient)?\s?(?:déclaré|dit|affirmé|estimé|expliqué|ajouté|souligné|indiqué|précisé|annoncé|assuré|confié|rappelé|déploré|dénoncé|jugé|martelé|lancé|répondu|reconnu|prévenu|insisté|déclare|dit|affirme|estime|explique|ajoute|souligne|indique|précise|annonce|assure|rappelle|déplore|dénonce|juge|raconte|témoigne|confie|se souvient|s['’]exclame|poursuit|conclut|demandé|répliqué|rétorqué|demande|réplique|rétorque|écrit|réagi|réagit|confirmé|confirme|renchéri|renchérit|ironisé|ironise|admis|admet|avoué|avoue|fustigé|fustige|détaillé|détaille|relevé|relève|soutenu|soutient|tweeté|salue|regrette|plaide|selon|d['’]après)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:said|says|told|tells|added|adds|explained|explains|stated|states|announced|argued|argues|claimed|claims|noted|notes|wrote|writes|insisted|warned|asked|asks|replied|replies|responded|responds|according to)(?![\p{L}])/giu,
};

/** Head words of names that are not people (a hotel, a ministry, a party, a stadium…). */
const NOT_A_PERSON = /(?<![\p{L}])(?:hotel|hôtel|mosque|mosquée|masjid|church|église|cathedral|cathédrale|bridge|pont|ministry|ministère|council|conseil|party|parti|company|compagnie|bank|banque|agency|agence|commission|court|cour|tribunal|hospital|hôpital|school|école|university|université|college|collège|airport|aéroport|station|gare|street|rue|square|place|park|parc|museum|musée|festival|cup|coupe|stadium|stade|centre|center|institute|institut|group|groupe|inc|ltd|corp|association|foundation|fondation|federation|fédération|union|league|ligue|club|team|équipe|assembly|assemblée|senate|sénat|parliament|parlement|government|gouvernement|office|bureau|department|département|service|agence|army|armée|police|fc|ac|sa|news|times|post|journal|magazine|radio|tv|télévision|herald|gazette|cross|croix|tribune|guardian|telegraph|mail|globe|express|reuters|afp|press|presse|bbc|cnn|figaro|monde|libération|weekly|daily|review|northwest|northeast|southwest|southeast|towers|tower|building|manor|cave|mall|expo|prize|award|planetarium|aquarium|zoo|theatre|theater|arena|library|gallery|hall|temple|palace|castle|airlines|airways|motors|studios|records|entertainment|media|aviation|war|guerre|offensive|nations|organisation|organization|watch|rights|droits|amnesty|ong|ngo|observatory|observatoire|wikinews|wikipedia|google|microsoft|apple|samsung|facebook|twitter|city|town|county|village|lake|river|valley|island|bay|mountain|beach|road|avenue|boulevard|highway|directorate)(?![\p{L}])/iu;
/** A title written alone (« General » cut from "Assistant Attorney General", reading 51) is no one's name. */
const TITLE_ALONE = new RegExp(`^(?:general|général|president|président|director|directeur|secretary|minister|ministre|governor|senator|judge|juge|chief|mayor|maire|commissioner|administrator|officer|captain|capitaine|colonel|sergeant|sergent|lieutenant|commander|commandant|admiral|amiral|ambassador|ambassadeur|spokesman|spokeswoman|chairman|prosecutor|procureur|attorney|sheriff|inspector|inspecteur|professor|professeur|doctor|docteur|${[...RANK_ABBREVIATIONS].join("|")})\\.?$`, "iu");

interface NameIndex {
  /** Folded name or form → entity. */
  byForm: Map<string, Entity>;
  /** Folded surname of a confident person → true. */
  confidentSurnames: Set<string>;
  /** Entity id → confident person, computed once (it scans the entity's mentions). */
  confident: Map<number, boolean>;
}
const NAME_INDEX = new WeakMap<FullAnalysis, NameIndex>();

/** Names of the article indexed once: every option of every question is looked up here. */
export function entityByName(a: FullAnalysis, name: string): Entity | undefined {
  return nameIndex(a).byForm.get(fold(name));
}

function nameIndex(a: FullAnalysis): NameIndex {
  let ix = NAME_INDEX.get(a);
  if (!ix) {
    const byForm = new Map<string, Entity>();
    for (const e of a.entities) for (const f of [e.name, ...e.forms]) if (!byForm.has(fold(f))) byForm.set(fold(f), e);
    ix = { byForm, confidentSurnames: new Set(), confident: new Map() };
    NAME_INDEX.set(a, ix);
    // The last word, and the family name where it comes first ("Wen Jiabao" is Wen).
    for (const e of a.entities) if (e.type === "person" && confidentEntity(a, e)) {
      ix.confidentSurnames.add(fold(e.name).split(" ").pop()!);
      ix.confidentSurnames.add(fold(surnameOf(e.name)));
    }
  }
  return ix;
}

/** "la chaîne qatarie Al Jazeera", "le documentaire d'Al Jazeera": a mention the text introduces as an institution or a work. */
function introducedAsInstitution(a: FullAnalysis, e: Entity): boolean {
  return a.entityMentions.some((m) => m.entityId === e.id &&
    (INSTITUTION_BEFORE.test(a.text.slice(Math.max(0, m.start - 40), m.start)) || WORK_OF.test(a.text.slice(Math.max(0, m.start - 40), m.start))));
}

function entityConfident(a: FullAnalysis, e: Entity): boolean {
  const lang = a.language;
  if (e.type !== "person" || NOT_A_PERSON.test(e.name) || introducedAsInstitution(a, e)) return false;
  // "Afghan Ambassador", "United States Hamdullah Mohib": a role word or a country inside is no plain name.
  const words = e.name.split(/[\s\u00A0]+/);
  if (words.some((w) => ROLE_NOUNS.fr.has(w.toLowerCase()) || ROLE_NOUNS.en.has(w.toLowerCase()))) return false;
  if (gazCountry(words[0]) || (words.length > 2 && gazCountry(`${words[0]} ${words[1]}`))) return false;
  // "Météo France", "Radio Canada": a country as the last word names a body of that country, not a surname.
  if (words.length >= 2 && gazCountry(words[words.length - 1])) return false;
  // "featured ‘Carmina Burana’ with …" (reading 108: a choral work offered as a speaker): a name
  // written between quotation marks every time is the title of a work.
  if (everyMentionQuoted(a, e)) return false;
  if (e.title || e.roles.length) return true;
  const parts = e.name.split(/[\s\u00A0]+/);
  // « ICC Services (Investment Consultancy and Computering Services) » (reading 111: "Investment
  // Consultancy" offered as a speaker): English words with no first name before them name a thing,
  // in a French article as in an English one.
  if (parts.length >= 2 && !firstNameGender(parts[0]) && parts.every((p) => knownWord(p.toLowerCase(), "en"))) return false;
  // English capitalises titles of works, places and products ("Angel Catbird", "Bat Cave", "Epic
  // Mickey"): without a title or a role, a name opens on a known first name.
  if (lang === "en" && !firstNameGender(parts[0])) return false;
  // …and takes no article or possessive ("the Star Wars actor", "her Angel Catbird"): people's names do not.
  if (lang === "en" && e.determiners.some((d) => /^(?:the|a|an|his|her|their|its|our|my|your)$/.test(d))) return false;
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.$|^(?:de|du|van|von|der|al|el|bin|ben|da|di|le|la)$/u.test(p));
}

const OPENING_QUOTE = /[«“‘"'][\s\u00A0\u202F]*$/u;
const CLOSING_QUOTE = /^[\s\u00A0\u202F]*[»”’"']/u;

function everyMentionQuoted(a: FullAnalysis, e: Entity): boolean {
  const mentions = a.entityMentions.filter((m) => m.entityId === e.id);
  return mentions.length > 0 && mentions.every((m) => OPENING_QUOTE.test(a.text.slice(Math.max(0, m.start - 3), m.start)) &&
    CLOSING_QUOTE.test(a.text.slice(m.end, m.end + 3)));
}

/** A name we can stand behind as a person's: typed person, no institution word, and a title, a role or a first name + surname. */
export function confidentPerson(a: FullAnalysis, name: string): boolean {
  if (NOT_A_PERSON.test(name) || TITLE_ALONE.test(name.trim())) return false;
  const e = entityByName(a, name);
  return !!e && confidentEntity(a, e);
}

/** entityConfident, memoised per analysis: every option of every question asks it. */
function confidentEntity(a: FullAnalysis, e: Entity): boolean {
  const memo = nameIndex(a).confident;
  let v = memo.get(e.id);
  if (v === undefined) memo.set(e.id, (v = entityConfident(a, e)));
  return v;
}

/** A report or programme "of" the name: its maker, an institution far more often than a person's surname alone. */
const WORK_OF = /(?<![\p{L}])(?:documentaire|reportage|émission|journal|site|communiqué|documentary|programme|program|broadcast|website)[\s\u00A0]+(?:d['’]|de[\s\u00A0]|du[\s\u00A0]|of[\s\u00A0])$/iu;

/** A noun (and its adjective) that introduces an institution's name, right before the key. */
// « Le prix de poésie Robert Ganzo a été remis … » (reading 72): a prize, a street or a school named
// after someone is no person either.
const INSTITUTION_BEFORE = /(?<![\p{L}])(?:chaîne|télévision|radio|journal|quotidien|hebdomadaire|magazine|agence|hôpital|clinique|parti|groupe|entreprise|société|compagnie|firme|banque|université|école|club|équipe|stade|ministère|association|ong|channel|network|newspaper|agency|hospital|party|company|firm|bank|university|school|team|stadium|ministry|charity|airline|prix|prize|award|trophée|trophy|médaille|medal|bourse|fondation|foundation|rue|avenue|boulevard|lycée|collège)(?:[\s\u00A0]+\p{L}+){0,2}[\s\u00A0]+$/iu;

/** A confident person's full name, or the surname of one (quotes name speakers by surname). */
export function personOrSurname(a: FullAnalysis, name: string): boolean {
  if (confidentPerson(a, name)) return true;
  const n = fold(name).replace(/^(?:m|mme|mr|mrs|ms|dr|professor|administrator|president)\.?\s/, "");
  if (n.includes(" ") || NOT_A_PERSON.test(name)) return false;
  return nameIndex(a).confidentSurnames.has(n);
}

/** "Nerva"/"Neiva", "Buchtmann"/"Bauchtman": one person spelt two ways by the article (folded surnames). */
export function spellingsOfOneName(x: string, y: string): boolean {
  const shorter = Math.min(x.length, y.length);
  const d = damerauLevenshtein(x, y, 2);
  return (shorter >= 4 && d <= 1) || (shorter >= 7 && d <= 2);
}

/** The person mention nearest to the speech verb nearest to the quote. */
function speakerOf(a: FullAnalysis, c: Candidate, quote: string): string | null {
  const ev = c.evidence;
  const qAt = ev.text.indexOf(quote.slice(0, Math.min(30, quote.length)));
  if (qAt < 0) return null;
  const re = new RegExp(SPEECH[a.language].source, "giu");
  let best: { at: number; d: number } | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ev.text))) {
    const inQuote = m.index > qAt && m.index < qAt + quote.length;
    if (inQuote) continue;
    const d = Math.min(Math.abs(m.index - qAt), Math.abs(m.index - (qAt + quote.length)));
    if (!best || d < best.d) best = { at: m.index, d };
  }
  if (!best) return null;
  const people = a.entityMentions.filter((x) => x.type === "person" && x.start >= ev.start && x.end <= ev.end &&
    !(x.start - ev.start > qAt && x.end - ev.start < qAt + quote.length));
  let who: string | null = null;
  let bestD = Infinity;
  // Before the quote the speaker is the verb's subject ("X a déclaré : « … »"), or follows it at once
  // when inverted (« a déclaré le ministre X : »). « La visite se poursuit avec une étape … où il
  // s'entretiendra avec Richard Ferrand, … intitulé : « … » » names him long after the verb: he
  // said nothing (reading 31's wrong key).
  const verbBefore = best.at < qAt;
  for (const p of people) {
    const at = p.start - ev.start;
    if (verbBefore && at > best.at && at - best.at > 30 && at < qAt) continue;
    const d = Math.min(Math.abs(at - best.at), Math.abs(p.end - ev.start - best.at));
    if (d < bestD) {
      bestD = d;
      who = a.entities[p.entityId].name;
    }
  }
  if (bestD <= 80) return who;
  // "…," he said: a pronoun subject of the speech verb takes up the one person the evidence names.
  const pronoun = a.language === "en" ? /(?:^|[\s,])(?:he|she)[\s\u00A0]*$/iu : /(?:^|[\s,])(?:il|elle)[\s\u00A0]*$|-t-(?:il|elle)$/iu;
  const before = ev.text.slice(Math.max(0, best.at - 12), best.at);
  const after = ev.text.slice(best.at, best.at + 30);
  const named = new Set(people.map((p) => p.entityId));
  if ((pronoun.test(before) || (a.language === "fr" && /^\S+-t-(?:il|elle)/u.test(after))) && named.size === 1) return a.entities[people[0].entityId].name;
  return null;
}

function sameName(a: FullAnalysis, x: string, y: string): boolean {
  if (fold(x) === fold(y)) return true;
  const e = entityByName(a, x);
  return !!e && (e.forms.some((f) => fold(f) === fold(y)) || fold(e.name) === fold(y));
}

export function verifyCandidate(a: FullAnalysis, c: Candidate): string | null {
  const proof = c.meta?.proof;
  const ev = c.evidence.text;
  const distractors = (c.choices ?? []).filter((x) => x !== c.answer);
  if (proof?.type === "relation") {
    const e = foldWords(ev);
    const at = e.indexOf(foldWords(proof.content));
    const mk = e.indexOf(foldWords(proof.marker));
    if (at < 0 || mk < 0 || !containsWords(ev, proof.main)) return "relation not re-derived from the sentence";
    if (foldWords(c.answer as string) !== foldWords(proof.content)) return "relation key is not the stated content";
    // The content follows its marker (or opens the sentence right after it); a cause stated by
    // the verb's subject stands before the verb.
    if (proof.contentFirst ? at > mk : at < mk) return "relation content does not follow its marker";
    if (distractors.some((d) => containsWords(ev, d))) return "a distractor is also in the evidence";
  }
  if (proof?.type === "speaker") {
    const who = speakerOf(a, c, proof.quote);
    if (!who || !sameName(a, who, proof.speaker)) return "speaker not re-derived";
    if (typeof c.answer === "string" && !sameName(a, c.answer, proof.speaker)) return "key is not the speaker";
    if (!personOrSurname(a, proof.speaker)) return "speaker not surely a person";
    if (proof.quote.split(/\s+/).length < 6) return "quote too short to attribute";
    // A quote that opens mid-sentence ("publiant leurs…") is a fragment, not a statement to attribute.
    if (!/^[«“"‘]?\s*[\p{Lu}\d]/u.test(proof.quote.trim())) return "quote fragment";
  }
  if (proof?.type === "holder") {
    const at = a.text.indexOf(proof.claim, c.evidence.start);
    if (at < 0 || at > c.evidence.end || !containsWords(ev, proof.holder)) return "claim or holder not in the evidence";
    if (proof.phrase) {
      // "Le rapport final du BEA conclut que …": the phrase opens the sentence, and no quote or
      // other sentence comes between it and the claim.
      const head = foldWords(ev.slice(0, at - c.evidence.start));
      if (!head.startsWith(foldWords(proof.holder)) || /[«»“”"]/.test(ev.slice(0, at - c.evidence.start))) return "holder not re-derived";
      if (c.kind === "multiple_choice" && foldWords(c.answer as string) !== foldWords(proof.claim)) return "claim key is not the stated claim";
      if (distractors.some((d) => containsWords(ev, d))) return "another option is in the evidence";
      return null;
    }
    // The holder is the last person or organisation named before the claim (no other voice in between).
    // "told LA Weekly", "a déclaré à l'AFP": the one spoken to is no voice.
    const before = a.entityMentions.filter((m) => (m.type === "person" || m.type === "org") && m.start >= c.evidence.start && m.end <= at &&
      !/^(?:to|told|tells|à|au|aux)$/.test(m.before));
    const last = before[before.length - 1];
    if (!last || !sameName(a, a.entities[last.entityId].name, proof.holder) && fold(a.text.slice(last.start, last.end)) !== fold(proof.holder)) return "holder not re-derived";
    if (c.kind === "multiple_choice" && typeof c.answer === "string" && c.answer !== proof.holder && foldWords(c.answer) !== foldWords(proof.claim)) return "claim key is not the stated claim";
    if (c.meta?.slot === "stance-claim" && distractors.some((d) => containsWords(ev, d))) return "another option is in the evidence";
  }
  if (proof?.type === "definition") {
    // The term and what the article says it is stand side by side in the evidence; the key is that
    // description; no other option is said of the term anywhere in the article.
    const evw = ` ${foldWords(ev)} `;
    const term = foldWords(proof.term);
    const def = foldWords(proof.definition);
    const glued = [`${term} ${def}`, `${term} c est a dire ${def}`, `${term} that is ${def}`, `${term} i e ${def}`, `${def} ${term}`];
    if (!glued.some((g) => evw.includes(` ${g} `))) return "description not next to its term";
    if (!def.endsWith(foldWords(c.answer as string))) return "key is not the stated description";
    const text = ` ${foldWords(a.text)} `;
    for (const d of distractors) {
      const dw = foldWords(d);
      if (!text.includes(` ${dw} `)) return "an option is not from the article";
      if (text.includes(` ${term} ${dw} `) || text.includes(` ${dw} ${term} `) || new RegExp(` ${term} (?:\\S+ ){1,3}${dw} `).test(text)) return "an option is also said of the term";
    }
  }
  if (proof?.type === "moved") {
    // The preposition and the key stand together in the evidence, once; the question's clause is
    // the evidence without them; nothing else of the key's kind could answer the question word.
    const key = c.answer as string;
    const phrase = ` ${foldWords(`${proof.prep} ${key}`)} `;
    const evw = ` ${foldWords(ev)} `;
    const at = evw.indexOf(phrase);
    if (at < 0 || evw.indexOf(phrase, at + 1) >= 0) return "moved phrase not found once in the evidence";
    const left = foldWords(`${evw.slice(0, at)} ${evw.slice(at + phrase.length)}`);
    // The question may leave out a time counted from the publication (« aujourd'hui »): so may the check.
    const evNoTime = ` ${foldWords(withoutDeicticTime(ev, a.language))} `;
    const atNoTime = evNoTime.indexOf(phrase);
    const leftNoTime = atNoTime < 0 ? "" : foldWords(`${evNoTime.slice(0, atNoTime)} ${evNoTime.slice(atNoTime + phrase.length)}`);
    if (!left.includes(foldWords(proof.clause)) && !leftNoTime.includes(foldWords(proof.clause))) return "question clause is not the evidence without the phrase";
    const sIx = c.sentenceIndex;
    if (proof.wh === "when") {
      const dates = a.dates.filter((d) => d.sentenceIndex === sIx);
      if (dates.length !== 1 || foldWords(dates[0].text) !== foldWords(key) && !foldWords(dates[0].text).endsWith(foldWords(key))) return "date question without exactly one date in the sentence";
    } else {
      const e = entityByName(a, key);
      const kinds = proof.wh === "where" ? ["place"] : ["person", "org"];
      if (proof.wh === "where" ? !(gazCountry(key) || e?.type === "place") : !e || !kinds.includes(e.type)) return "key of the wrong kind for the question word";
      const same = a.entityMentions.filter((m) => m.sentenceIndex === sIx && kinds.includes(m.type));
      if (proof.wh === "where" && new Set(same.map((m) => m.entityId)).size > 1) return "two places in the sentence";
      if (distractors.some((d) => containsWords(ev, d))) return "a distractor is also in the evidence";
      // "Par qui …?" offers people or organisations only, never a place.
      if (proof.wh === "byWhom" && distractors.some((d) => { const x = entityByName(a, d); return !!gazCountry(d) || !x || !kinds.includes(x.type); })) return "an option of the wrong kind for « par qui »";
    }
  }
  if (proof?.type === "action") {
    // The actor, then the verb, then the key right after it, in this order in the evidence.
    const actorAt = ev.indexOf(proof.actor);
    const verbAt = actorAt < 0 ? -1 : ev.indexOf(proof.verb, actorAt + proof.actor.length);
    const objectAt = verbAt < 0 ? -1 : ev.indexOf(proof.object, verbAt + proof.verb.length);
    if (actorAt < 0 || verbAt < 0 || objectAt < 0) return "action not re-derived from the sentence";
    const gap = ev.slice(verbAt + proof.verb.length, objectAt);
    // Between the verb and its object: nothing but a few words, or a time between commas (", mercredi 25 mai 2016, ").
    const timeGap = /^,[\s\u00A0]+[^,;:.«»“”"()]{2,40},[\s\u00A0]*$/u.test(gap) && /\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday/iu.test(gap);
    if (verbAt - actorAt - proof.actor.length > 110 || (!timeGap && (gap.length > 30 || /[,;:.«»“”"()]/.test(gap)))) return "action not next to its actor";
    if (foldWords(c.answer as string) !== foldWords(proof.object)) return "action key is not the stated object";
    if (distractors.some((d) => containsWords(ev, d))) return "a distractor is also in the evidence";
  }
  if (c.kind === "ordering" && Array.isArray(c.answer)) {
    const keys: number[] = [];
    for (const item of c.answer) {
      // The template capitalises an item cut from inside a sentence ("the union has asked …").
      const lowered = item.charAt(0).toLowerCase() + item.slice(1);
      const at = a.text.indexOf(item) >= 0 ? a.text.indexOf(item) : a.text.indexOf(lowered);
      const s = a.sentences.find((x) => at >= x.start && at < x.end);
      const dates = s ? a.dates.filter((d) => d.sentenceIndex === s.index && !d.relative) : [];
      if (!dates.length) return "ordering item without a date in its sentence";
      // The item's date is the one written next to it (« Le 13 janvier, l'OTSC a commencé …, et le
      // retrait s'est achevé le 19 janvier »): the nearest, and no other as near.
      const end = at + item.length;
      const gap = (d: { start: number; end: number }) => (d.end <= at ? at - d.end : d.start >= end ? d.start - end : -1);
      if (dates.some((d) => gap(d) < 0)) return "ordering item holds a date";
      const nearest = [...dates].sort((x, y) => gap(x) - gap(y));
      if (nearest.length > 1 && gap(nearest[1]) === gap(nearest[0])) return "ordering item between two dates";
      keys.push(nearest[0].sortKey);
    }
    for (let i = 1; i < keys.length; i++) if (keys[i] <= keys[i - 1]) return "ordering not re-derived from the dates";
  }
  // "depuis la base spatiale du CNES en _____": « en » before a name introduces a place, whatever the name's type.
  if ((c.meta?.slot === "person" || c.meta?.slot === "org") && typeof c.answer === "string" && a.language === "fr") {
    const at = ev.indexOf(c.answer);
    if (at >= 0 && /(?:^|[\s\u00A0])en[\s\u00A0]$/u.test(ev.slice(Math.max(0, at - 4), at))) return "« en » before the key introduces a place";
  }
  // "la chaîne qatarie _____", "the hospital _____": the words before the key say it is not a person.
  if (c.meta?.slot === "person" && typeof c.answer === "string") {
    const at = ev.indexOf(c.answer);
    if (at >= 0 && INSTITUTION_BEFORE.test(ev.slice(Math.max(0, at - 40), at))) return "the context names an institution, not a person";
  }
  // A question whose key or options are people offers only people we are sure of.
  if ((c.meta?.slot === "person" || c.meta?.slot === "quote") && c.kind === "multiple_choice") {
    const options = c.choices ?? [];
    // "Choi" beside "Choi Young Jin" (reading 76): a name written family name first, twice.
    if (options.some((o, i) => options.some((p, j) => i !== j && fold(p).startsWith(`${fold(o)} `)))) return "two options name the same person";
    if (options.some((d) => !personOrSurname(a, d))) return "option not surely a person";
    // "Mr Saputo" and "Joey Saputo" are one person: two options must not name the same one.
    const surnames = options.map((o) => fold(o).split(" ").pop()!);
    if (new Set(surnames).size !== surnames.length) return "two options name the same person";
    // "she", "l'ex-espion russe": no option may be a person known to be of the other gender.
    const genders = options.map((o) => { const e = entityByName(a, o); return e ? genderOf(a, e) : undefined; });
    const shown = promptGender(a, c.prompt, entityByName(a, c.answer as string));
    if (shown && genders.some((g) => g && g !== shown)) return "the prompt's gender rules options out";
    // "Nerva" and "Neiva": an article's typo makes two spellings of one person; either could be right.
    for (let i = 0; i < surnames.length; i++) for (let j = i + 1; j < surnames.length; j++) {
      if (spellingsOfOneName(surnames[i], surnames[j])) return "two options are spellings of one name";
    }
  } else if (c.meta?.slot === "person" && (c.kind === "fill_blank" || c.kind === "short_answer") && typeof c.answer === "string" &&
    !personOrSurname(a, c.answer)) return "key not surely a person";
  return null;
}

export function verifyCandidates(cands: Candidate[], a: FullAnalysis): { kept: Candidate[]; dropped: Dropped[] } {
  return keepPassing(cands, (c) => verifyCandidate(a, c));
}
