// "Qu'a annoncé la BCE ?", "What did NASA announce?": what an actor of the article did or asked
// for, when the sentence says it plainly — the actor (a person we are sure of, or an
// organisation) opens the clause, then one of a closed list of verbs, then its object as a noun
// phrase. The options are what other actors did and other events of the article, so the student
// ties each action to its actor; the question never copies the sentence.
import type { EntityMention, FullAnalysis, Sentence } from "../../../analysis/types";
import { containsWords, fold } from "../../../analysis/fold";
import type { Language } from "../../contract";
import { APPOSITION, eventNounPool, overlap, upperFirst, withWrittenDeterminer, wordCount } from "../../clauses";
import { importanceOf } from "../../importance";
import { PHRASES } from "../../phrases";
import { kitFor } from "../../question-kit";
import { rngFor, shuffle } from "../../random";
import type { Candidate, QuestionTemplate } from "../../template";
import { applyTypography, quoteExcerpt } from "../../typography";
import { confidentPerson } from "../../verify";
import { ACTION_VERBS, type ActionVerb } from "./verbs";

export interface Action {
  sentence: Sentence;
  actor: EntityMention;
  /** The actor as the question names it ("la BCE", "Charles Bolden"). */
  actorText: string;
  verb: ActionVerb;
  /** The verb as written ("a annoncé", "announced"). */
  written: string;
  present: boolean;
  object: string;
}

/** Words before the actor: nothing, a determiner and a role, or a short opening adverbial. */
const HEAD = /^(?:[^,;:«»“”"]{2,50},[\s\u00A0]+)?(?:(?:Le|La|Les|L['’]|The|le|la|les|l['’]|the)[\s\u00A0]?)?(?:[\p{L}'’-]+[\s\u00A0]){0,3}$/u;
const RELATIVE = /(?:^|[\s\u00A0])(?:qui|que|qu['’]|dont|où|who|which|that|whose|where|whether)(?=[\s\u00A0]|$)/iu;
const OBJECT_START: Record<Language, RegExp> = {
  fr: /^(?:le|la|les|l['’]|un|une|des|du)(?=[\s\u00A0]|\p{L})/iu,
  en: /^(?:the|a|an)[\s\u00A0]/iu,
};
const WEEKDAY: Record<Language, string> = {
  fr: "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
  en: "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
};
const MONTH: Record<Language, string> = {
  fr: "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
  en: "january|february|march|april|may|june|july|august|september|october|november|december",
};
/** Where the object noun phrase ends: punctuation, a coordinator, a relative, a clause-level preposition. */
const WHEN: Record<Language, string> = {
  fr: "le[\\s\\u00A0]\\d+(?:er)?|le[\\s\\u00A0]\\p{Ll}+di|le même jour|hier|aujourd['’]hui|cette semaine|la semaine dernière|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|en[\\s\\u00A0](?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\\d{4})",
  en: "on[\\s\\u00A0](?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d+|january|february|march|april|may|june|july|august|september|october|november|december)|the same day|yesterday|today|last[\\s\\u00A0](?:week|month|year)|this[\\s\\u00A0](?:week|month|year)|in[\\s\\u00A0]\\d{4}",
};
const OBJECT_END: Record<Language, RegExp> = {
  fr: new RegExp(`[,;:.!?«»“”"()]|[\\s\\u00A0](?:et|mais|ou|qui|que|qu['’]|dont|où|pour|afin|après|avant|lors|depuis|alors|car|parce|selon|tandis|${WHEN.fr})(?=[\\s\\u00A0'’,.]|$)`, "iu"),
  en: new RegExp(`[,;:.!?“”"()]|[\\s\\u00A0](?:and|but|or|which|who|that|whether|to|after|before|because|while|since|as|${WHEN.en})(?=[\\s\\u00A0,.]|$)`, "iu"),
};
const PRONOUN = /(?<![\p{L}'’])(?:il|elle|ils|elles|lui|eux|leur|leurs|son|sa|ses|he|she|they|it|its|his|her|their|them|this|these)(?![\p{L}'’])/iu;

function actorText(a: FullAnalysis, s: Sentence, m: EntityMention): string {
  const e = a.entities[m.entityId];
  const written = a.text.slice(m.start, m.end);
  if (e.type === "person") return containsWords(s.text, e.name) ? e.name : written;
  return withWrittenDeterminer(a, m, written);
}

/**
 * Words that may stand between the actor and its verb without changing who did what: a time
 * ("today", "on Thursday", « ce jeudi 20 novembre »), a manner adverb, or a short adverbial between
 * commas ("Le ministre, mercredi, a présenté …").
 */
const SUBJECT_GAP: Record<Language, RegExp> = {
  fr: new RegExp(`^(?:,[\\s\\u00A0]+[^,;:«»“”"()]{2,40},|(?:ce[\\s\\u00A0])?(?:${WEEKDAY.fr})(?:[\\s\\u00A0]\\d{1,2}(?:er)?(?:[\\s\\u00A0](?:${MONTH.fr}))?(?:[\\s\\u00A0]\\d{4})?)?|hier|aujourd['’]hui|également|aussi|notamment|officiellement|finalement)[\\s\\u00A0]+`, "iu"),
  en: new RegExp(`^(?:,[\\s\\u00A0]+[^,;:“”"()]{2,40},|today|yesterday|also|temporarily|formally|officially|finally|recently|jointly|unanimously|earlier this (?:week|month|year)|this (?:week|month)|last (?:week|month)|on[\\s\\u00A0](?:${WEEKDAY.en}|(?:${MONTH.en})[\\s\\u00A0]\\d{1,2}(?:,[\\s\\u00A0]\\d{4})?))[\\s\\u00A0]+`, "iu"),
};

function verbAt(rest: string, lang: Language): { verb: ActionVerb; written: string; present: boolean; consumed: number } | null {
  // At most one gap: two adverbials between subject and verb make the subject uncertain.
  const gap = SUBJECT_GAP[lang].exec(rest);
  const tries = gap ? [0, gap[0].length] : [0];
  for (const skip of tries) {
    const text = rest.slice(skip);
    for (const v of ACTION_VERBS[lang]) {
      for (const f of v.forms) {
        const re = lang === "fr"
          ? new RegExp(`^((?:(?:a|ont)[\\s\\u00A0](?:aussi[\\s\\u00A0]|également[\\s\\u00A0]|déjà[\\s\\u00A0]|notamment[\\s\\u00A0]|officiellement[\\s\\u00A0])?)?${f})[\\s\\u00A0,]`, "iu")
          : new RegExp(`^((?:(?:has|have)[\\s\\u00A0])?(?:also[\\s\\u00A0]|formally[\\s\\u00A0]|officially[\\s\\u00A0]|temporarily[\\s\\u00A0])?${f})[\\s\\u00A0,]`, "iu");
        const m = re.exec(text);
        if (!m) continue;
        const compound = lang === "fr" ? /^(?:a|ont)[\s\u00A0]/i.test(m[1]) : false;
        // French: the participle needs its auxiliary, the present its plain form; English: past or -s.
        if (lang === "fr" && (f === v.ask) !== compound) continue;
        return { verb: v, written: m[1], present: lang === "fr" ? !compound : f === v.forms[1], consumed: skip + m[1].length };
      }
    }
  }
  return null;
}

const ADVERB: Record<Language, RegExp> = {
  fr: /^(?:(?:également|aussi|notamment|ensuite|finalement|officiellement|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|de nouveau|à nouveau|enfin|déjà)|pour la (?:première|deuxième|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|\d+e) fois(?: de (?:son|sa|leur) (?:histoire|carrière))?)[\s\u00A0]+/iu,
  en: /^(?:(?:also|finally|officially|formally|again|already|on[\s\u00A0](?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today)|for the (?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time(?: in (?:his|her|its|their) (?:history|career))?)[\s\u00A0]+/iu,
};

/** ", mercredi 25 mai 2016, " between the verb and its object: a time, never a clause. */
const COMMA_TIME: Record<Language, RegExp> = {
  fr: new RegExp(`^,[\\s\\u00A0]+(?:(?:ce|le)[\\s\\u00A0])?(?:${WEEKDAY.fr}|\\d{1,2}(?:er)?[\\s\\u00A0](?:${MONTH.fr}))[^,;:«»“”"()]{0,25},[\\s\\u00A0]+`, "iu"),
  en: new RegExp(`^,[\\s\\u00A0]+(?:on[\\s\\u00A0])?(?:${WEEKDAY.en}|(?:${MONTH.en})[\\s\\u00A0]\\d)[^,;:“”"()]{0,25},[\\s\\u00A0]+`, "iu"),
};

function objectAt(rest: string, lang: Language): string | null {
  rest = rest.replace(COMMA_TIME[lang], "").replace(/^[\s\u00A0]+/u, "").replace(ADVERB[lang], "");
  if (!OBJECT_START[lang].test(rest)) return null;
  const end = OBJECT_END[lang].exec(rest);
  // "the locations that would be given…": an object cut before its relative clause says nothing.
  if (end && RELATIVE.test(end[0])) return null;
  let obj = (end ? rest.slice(0, end.index) : rest).trim();
  // No dangling preposition or determiner at the end.
  while (/[\s\u00A0](?:de|du|des|d['’]|à|au|aux|en|par|sur|dans|le|la|les|l['’]|of|in|on|at|by|for|with|the|a|an)$/iu.test(obj)) obj = obj.replace(/[\s\u00A0]\S+$/u, "");
  const n = wordCount(obj);
  if (n < 2 || n > 12 || PRONOUN.test(obj) || /\d{1,2}[\s\u00A0](?:h|heures?)/.test(obj)) return null;
  return obj;
}

/** Actor key: the entity, or the folded noun phrase for "le gouvernement", "La Commission européenne". */
export function actorKey(x: Action): string {
  return x.actor.entityId >= 0 ? `e${x.actor.entityId}` : `np:${fold(x.actorText)}`;
}

/** "Le gouvernement a annoncé …", "La Commission européenne a publié …": a subject noun phrase, not a name. */
function phraseActors(a: FullAnalysis): Action[] {
  const lang = a.language;
  const out: Action[] = [];
  for (const s of a.sentences) {
    if (s.isHeading || !s.quotesBalanced) continue;
    // An opening adverbial ("On Friday, ", « Ce jeudi, ») frames the sentence; the subject follows.
    const lead = /^[^,;:«»“”"()]{2,40},[\s\u00A0]+/u.exec(s.text)?.[0] ?? "";
    const det = (lang === "fr" ? /^(?:Le|La|Les|L['’])[\s\u00A0]?/iu : /^(?:The|An?)[\s\u00A0]/iu).exec(s.text.slice(lead.length));
    if (!det || (lead && FINITE_LEAD[lang].test(lead))) continue;
    const from = lead.length;
    // The shortest run of plain words (no punctuation) after which one of the verbs follows:
    // "The New Zealand Government", "the US presidential administration of Donald Trump".
    const words = s.text.slice(from + det[0].length).split(/(?<=[\s\u00A0])/u);
    let phraseLen = -1;
    let v: ReturnType<typeof verbAt> = null;
    for (let k = 1, len = from + det[0].length; k <= 7 && k <= words.length; k++) {
      if (!/^[\p{L}'’.-]+[\s\u00A0]$/u.test(words[k - 1])) break;
      len += words[k - 1].length;
      v = verbAt(s.text.slice(len), lang);
      if (v) { phraseLen = len; break; }
    }
    if (!v || phraseLen < 0) continue;
    const head = s.text.slice(from + det[0].length, phraseLen);
    if (PRONOUN.test(head) || RELATIVE.test(head) || BE[lang].test(head)) continue;
    // The head noun must be a noun: "The team's coach", not "The most" or a bare adjective.
    if (/(?:^|[\s\u00A0])(?:most|more|first|last|same|other|plus|même|autre)[\s\u00A0]*$/iu.test(head)) continue;
    const object = objectAt(s.text.slice(phraseLen + v.consumed), lang);
    if (!object) continue;
    const phrase = s.text.slice(from, phraseLen).trim();
    const actor: EntityMention = { start: s.start + from, end: s.start + from + phrase.length, sentenceIndex: s.index, text: phrase, type: "org", entityId: -1, before: "" };
    const definite = lang === "en" ? phrase.replace(/^an?(?=[\s\u00A0])/iu, "the") : phrase;
    out.push({ sentence: s, actor, actorText: definite.charAt(0).toLowerCase() + definite.slice(1), verb: v.verb, written: v.written, present: v.present, object });
  }
  return out;
}

/** "The group was awarded …": a passive subject received the action, it did not do it. */
const BE: Record<Language, RegExp> = {
  fr: /(?:^|[\s\u00A0])(?:est|sont|était|étaient|a été|ont été|sera|seront)(?=[\s\u00A0]|$)/iu,
  en: /(?:^|[\s\u00A0])(?:is|are|was|were|be|been|being)(?=[\s\u00A0]|$)/iu,
};

/** A lead with a verb of its own is a clause ("Il a dit, …"), not a frame. */
const FINITE_LEAD: Record<Language, RegExp> = {
  fr: /(?:^|[\s\u00A0])(?:a|ont|est|sont|était|avait|sera|il|elle|ils|elles)[\s\u00A0,]/iu,
  en: /(?:^|[\s\u00A0])(?:is|are|was|were|has|have|had|will|he|she|they|it|said|says)[\s\u00A0,]/iu,
};

export function findActions(a: FullAnalysis): Action[] {
  const lang = a.language;
  const out: Action[] = [];
  for (const m of a.entityMentions) {
    if (m.type !== "person" && m.type !== "org") continue;
    const s = a.sentences[m.sentenceIndex];
    if (s.isHeading || !s.quotesBalanced) continue;
    const e = a.entities[m.entityId];
    if (e.type === "person" && !confidentPerson(a, e.name)) continue;
    if (!HEAD.test(a.text.slice(s.start, m.start))) continue;
    // The verb follows the name, its apposition ("X, président de Y, a …"), or the comma closing
    // the name's own apposition ("Le Premier ministre, Jean Castex, a …").
    const after = a.text.slice(m.end, s.end);
    const starts: number[] = [];
    const app = APPOSITION.exec(after);
    if (app && wordCount(app[1]) <= 12 && !RELATIVE.test(app[1])) starts.push(app[0].length);
    starts.push(/^[\s\u00A0]*/u.exec(after)![0].length);
    if (/,[\s\u00A0]+$/u.test(a.text.slice(s.start, m.start))) {
      const close = /^,[\s\u00A0]+/u.exec(after);
      if (close) starts.push(close[0].length);
    }
    let rest = "";
    let v: ReturnType<typeof verbAt> = null;
    for (const at of starts) {
      rest = after.slice(at);
      v = verbAt(rest, lang);
      if (v) break;
    }
    if (!v) continue;
    const object = objectAt(rest.slice(v.consumed), lang);
    if (!object) continue;
    out.push({ sentence: s, actor: m, actorText: actorText(a, s, m), verb: v.verb, written: v.written, present: v.present, object });
  }
  // A noun phrase as the actor only where no named actor was found in the sentence.
  const named = new Set(out.map((x) => x.sentence.index));
  return [...out, ...phraseActors(a).filter((x) => !named.has(x.sentence.index))];
}

function promptFor(a: FullAnalysis, x: Action): string {
  if (a.language === "fr") {
    if (!x.present) {
      const aux = /^ont[\s\u00A0]/i.test(x.written) ? "ont" : "a";
      return `D'après l'article, qu'${aux} ${x.verb.ask} ${x.actorText} ?`;
    }
    const form = x.written.toLowerCase();
    return `D'après l'article, ${/^[aeiouyéèêh]/i.test(form) ? "qu'" : "que "}${form} ${x.actorText} ?`;
  }
  return `According to the article, what ${x.present ? "does" : "did"} ${x.actorText} ${x.verb.ask}?`;
}

const COMPLEMENT: Record<Language, RegExp> = {
  fr: /^\S+[\s\u00A0]?\S+[\s\u00A0](?:de|du|des|d['’]|à|au|aux|sur|contre|pour|en)(?=[\s\u00A0]|\p{L})/iu,
  en: /^\S+[\s\u00A0]\S+[\s\u00A0](?:of|on|for|against|to|in)[\s\u00A0]/iu,
};
const INFINITIVE_IN: Record<Language, RegExp> = {
  fr: /(?:^|[\s\u00A0])(?:de|d['’]|à)[\s\u00A0]?(?:se[\s\u00A0]|s['’])?\p{Ll}+(?:er|ir|re)(?=[\s\u00A0]|$)/iu,
  en: /(?:^|[\s\u00A0])to[\s\u00A0]\p{Ll}+(?:[\s\u00A0]|$)/iu,
};

/** What other actors did and other events of the article: true elsewhere, not of this actor. */
function distractorsFor(a: FullAnalysis, x: Action, all: Action[], hash: number): string[] {
  const lang = a.language;
  const imp = importanceOf(a);
  const mentionsActor = (i: number) => x.actor.entityId >= 0 ? a.entityMentions.some((m) => m.sentenceIndex === i && m.entityId === x.actor.entityId)
    : fold(a.sentences[i].text).includes(fold(x.actorText.replace(/^(?:le|la|les|l'|the)\s?/i, "")));
  const ownObjects = all.filter((o) => actorKey(o) === actorKey(x)).map((o) => o.object);
  const others = shuffle(all.filter((o) => actorKey(o) !== actorKey(x) && o.sentence.index !== x.sentence.index)
    .map((o) => ({ text: o.object, sentence: o.sentence.index })), rngFor(hash, `action:${x.sentence.index}`));
  // An event of a sentence about someone else, never one the actor may be the author of
  // (a report's findings are what its authors denounce).
  const aboutOther = (i: number) => a.entityMentions.some((m) => m.sentenceIndex === i && m.entityId !== x.actor.entityId &&
    (m.type === "org" || (m.type === "person" && confidentPerson(a, a.entities[m.entityId].name))));
  // What someone denounces or asks for may be anywhere in an article about it: positions take
  // other actors' positions only.
  const events = x.verb.stance ? [] : eventNounPool(a, x.sentence.index).filter((p) => !mentionsActor(p.sentence) && aboutOther(p.sentence) &&
    !PRONOUN.test(a.sentences[p.sentence].text.split(/[\s\u00A0]/)[0] ?? ""))
    .sort((p, q) => imp.sentence[q.sentence] - imp.sentence[p.sentence] || p.sentence - q.sentence);
  const keyWords = wordCount(x.object);
  const evidence = fold(x.sentence.text);
  const picked: string[] = [];
  for (const d of [...others, ...events]) {
    if (picked.length >= 3) break;
    const n = wordCount(d.text);
    if (n < Math.max(2, Math.ceil(keyWords * 0.5)) || n > Math.max(8, keyWords * 2.5) || PRONOUN.test(d.text)) continue;
    // An event of the article offered as what the actor did must say what it is about: "the
    // creation of a holiday", not "the development" or "a majority" (a tell, and no real choice).
    if (!others.some((o) => o.text === d.text) && (n < 3 || !COMPLEMENT[lang].test(d.text) || INFINITIVE_IN[lang].test(d.text))) continue;
    if (overlap(d.text, x.object) >= 0.34 || evidence.includes(fold(d.text))) continue;
    if (ownObjects.some((o) => overlap(o, d.text) >= 0.34) || picked.some((p) => overlap(p, d.text) >= 0.5 || fold(p) === fold(d.text))) continue;
    picked.push(d.text);
  }
  return picked;
}

export const actionsTemplate: QuestionTemplate = {
  name: "action",
  generate(analysis) {
    const { full: a, hash } = kitFor(analysis);
    const lang = a.language;
    const imp = importanceOf(a);
    const actions = findActions(a);
    const out: Candidate[] = [];
    for (const x of actions) {
      // Two actions of one actor with the same verb: "what did X announce?" would have two answers.
      if (actions.some((o) => o !== x && actorKey(o) === actorKey(x) && o.verb === x.verb)) continue;
      const distractors = distractorsFor(a, x, actions, hash);
      if (distractors.length < 2) continue;
      const key = upperFirst(x.object);
      const evidence = { text: a.text.slice(x.sentence.start, x.sentence.end), start: x.sentence.start, end: x.sentence.end };
      const explanation = lang === "fr"
        ? `L'article dit que ${x.actorText} ${x.written} ${x.object}. ${PHRASES.fr.explain(quoteExcerpt(evidence.text, "fr"))}`
        : `The article says that ${x.actorText} ${x.written} ${x.object}. ${PHRASES.en.explain(quoteExcerpt(evidence.text, "en"))}`;
      out.push({
        kind: "multiple_choice",
        category: "comprehension",
        source: "article",
        prompt: applyTypography(promptFor(a, x), lang),
        choices: shuffle([key, ...distractors.map(upperFirst)], rngFor(hash, `action-choices:${x.sentence.index}:${x.actor.start}`)),
        answer: key,
        evidence,
        explanation: applyTypography(explanation, lang),
        difficulty: 2,
        skill: x.verb.stance ? "stance" : "detail",
        template: "action",
        score: Math.min(1, 0.7 + 0.25 * imp.sentence[x.sentence.index]),
        sentenceIndex: x.sentence.index,
        meta: { slot: "action", fact: `action:${x.sentence.index}`, proof: { type: "action", actor: a.text.slice(x.actor.start, x.actor.end), verb: x.written, object: x.object } },
      });
    }
    return out;
  },
};
