// Real wh-questions ("Selon l'article, combien de personnes ont été interpellées ?", "Who won …?")
// built by moving only the answer phrase out of a simple clause, as in research §4.2: the answer
// must open its clause (subject position) or be a date fronted before a comma, so the rest keeps
// declarative order and no inversion, agreement or do-support is needed. Anything else is left
// to the cloze templates.
import type { FullAnalysis } from "../../../analysis/types";
import { isVowelInitial } from "../../../analysis/fold";
import { STOPWORDS } from "../../../analysis/lexicon/stopwords";
import { SPEECH_VERBS } from "../../../analysis/lexicon/people";
import { choicesWith, difficultyFor, evidenceOf, explanationFor, kitFor, sentenceQuality } from "../../question-kit";
import { APPOSITION, EN_INVERTIBLE_AUX, lowerFirst, secondClauseAt, subjectOf } from "../../clauses";
import { hasVerb, withoutDeicticTime } from "../../compress";
import { rngFor } from "../../random";
import { agreeParticiple, frenchQuestion } from "../../french-inversion";
import { blankedFigure, withoutPrintedFunctions, type Slot } from "../../slots";
import type { Candidate, QuestionTemplate } from "../../template";
import { applyTypography, capitalise } from "../../typography";
import { confidentPerson } from "../../verify";
import { type MovedWh, movePhrase } from "./moved-phrase";

const MAX_WORDS = 30;

/** A participle after a lower-case noun, last in the clause, with no auxiliary before it. */
const LONE_PARTICIPLE: Record<"fr" | "en", RegExp> = {
  en: /(?<=[\s\u00A0]\p{Ll}{3,})(?<![\s\u00A0](?:was|were|is|are|been|be|has|have|had|being))[\s\u00A0]+\p{Ll}{3,}ed$/u,
  fr: /(?<=[\s\u00A0]\p{Ll}{3,})(?<![\s\u00A0](?:a|ont|est|sont|été|était|étaient|avait|avaient|sera|seront))[\s\u00A0]+\p{Ll}{3,}(?:é|ée|és|ées)$/u,
};

/** "Selon la préfecture, " / "According to the police, " opening the sentence: kept as the frame. */
const ATTRIBUTION = /^(?:Selon|D['’]après|According to)\s[^,]{2,60},\s/u;

/** A clause that starts with a verb form (after a subject was moved out). */
const VERB_START: Record<"fr" | "en", RegExp> = {
  fr: /^(?:a|ont|est|sont|avait|avaient|était|étaient|sera|seront|va|vont|doit|doivent|devrait|devraient|pourrait|pourraient|\p{L}{3,}(?:ait|aient|era|eront|èrent))(?=[\s\u00A0])/u,
  en: /^(?:has|have|had|was|were|is|are|will|would|could|can|did|took|won|came|went|said|told|made|ran|rose|fell|left|gave|held|met|broke|drew|\p{L}{3,}ed)(?=\s)/u,
};

/** Words in the rest that point back to something outside the question. */
const DANGLING_REF = /(?:^|[\s\u00A0])(?:il|elle|ils|elles|he|she|they|it|this|these|those|ce dernier|cette dernière)(?=[\s\u00A0,.]|$)/iu;

function words(s: string): number {
  return s.split(/[\s\u00A0\u202F]+/).filter(Boolean).length;
}

/** The sentence after the moved phrase, up to its end, without the final stop; null when unusable. */

const LINK_ADVERB = /(?:,[\s\u00A0]*)?(?<=[\s\u00A0,]|^)(?:par ailleurs|en outre|d['’]ailleurs|pour (?:sa|leur) part|quant à (?:lui|elle|eux|elles)|de (?:son|leur) côté|meanwhile|moreover|furthermore|however|in addition|for (?:his|her|its|their) part)(?:[\s\u00A0]*,)?(?=[\s\u00A0]|$)/giu;

/** « ont ainsi été réalisées », "were thus found": after an auxiliary, an adverb pointing back to text the question does not show (reading 19). */
const BACK_ADVERB = /(?<=(?:^|[\s\u00A0])(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|has|have|had|was|were|is|are)[\s\u00A0])(?:ainsi|donc|alors|thus|therefore)[\s\u00A0](?!que(?![\p{L}]))/giu;

/** ", a précisé Guillaume Pépy", ", selon la préfecture", ", officials said" closing a sentence. */
const TRAILING_ATTRIBUTION: Record<"fr" | "en", RegExp> = {
  // « …, indique-t-elle », « …, a-t-il précisé » (reading 129: kept in the question): the inverted forms too.
  fr: /,[\s\u00A0]+(?:(?:(?:a|ont)[\s\u00A0]+(?:précisé|indiqué|déclaré|annoncé|expliqué|affirmé|souligné|ajouté|confirmé|rapporté)|(?:précise|indique|déclare|annonce|explique|affirme|souligne|ajoute|confirme|rapporte|relate|écrit|révèle)|selon|d['’]après)[\s\u00A0]+[^;:«»"]{2,90}|(?:\p{Ll}+-t-(?:il|elle|on)|\p{Ll}+ent-(?:ils|elles)|a-t-(?:il|elle|on)[\s\u00A0]+\p{Ll}+|ont-(?:ils|elles)[\s\u00A0]+\p{Ll}+)(?:[\s\u00A0]+[^;:«»"]{2,90})?)$/u,
  // ", Sushma Satpute the sub-divisonal magistrate of Raigad district told CNN" (reading 126: kept
  // in the question): a speaker with a long role, and "told" with whom it was told to.
  en: /,[\s\u00A0]+(?:(?:[\p{L}'’-]+[\s\u00A0]+){1,10}(?:said|says|reported|added|confirmed|told|tells)(?:[\s\u00A0]+(?:the[\s\u00A0]+)?[\p{L}.'’-]+){0,3}|(?:said|says|according[\s\u00A0]+to)[\s\u00A0]+[^,;:“”"]{2,70})$/u,
};

/** A comma, then the determiner or pronoun that opens a clause of its own. */
const BESIDE: Record<"fr" | "en", RegExp> = {
  fr: /,[\s\u00A0]+(?:aucune?|le|la|les|l['’]|un|une|des|il|elle|ils|elles|on)(?=[\s\u00A0]|(?<=['’]))/iu,
  en: /,[\s\u00A0]+(?:the|a|an|no|he|she|they|it)(?=[\s\u00A0])/iu,
};

function restOf(a: FullAnalysis, from: number, end: number): string | null {
  // "(19 km)", "(heure de Paris)": an aside, and a figure in another unit gives the answer away (reading 10).
  let rest = a.text.slice(from, end).replace(/[\s\u00A0]*\([^()]*\)/gu, "").replace(/^[\s\u00A0]+/, "").replace(/[.!…]+$/, "").trim();
  if (!rest || /[«»“”"?;:()]/.test(rest) || DANGLING_REF.test(rest)) return null;
  // ", et environ 70 000 autres ignoreraient…": a second clause would make the question double.
  const co = /,\s(?:et|mais|and|but|while|alors que|tandis que)\s|\s(?:while|whereas|alors que|tandis que)\s/u.exec(rest);
  if (co) rest = rest.slice(0, co.index);
  // « … ont été hospitalisés, aucun décès n'a été déploré » (reading 57): a clause set beside the
  // first with a comma alone, its own subject and verb, is a second statement.
  // « combien de wagons ont déraillé, a précisé Guillaume Pépy ? » (reading 60): the attribution
  // closing the sentence is the writer's, not part of the question.
  rest = rest.replace(TRAILING_ATTRIBUTION[a.language], "");
  // « … seraient blessées dont certaines en urgence absolue ? » (reading 87): the breakdown of the
  // count is not part of what is asked, and read in the question it blurs it.
  // Set between dashes (« - dont deux sapeurs-pompiers - »), only the aside goes.
  rest = rest.replace(/[\s\u00A0]+[-–—][\s\u00A0]+(?:dont|including|among them|of whom)[\s\u00A0][^-–—]*?[\s\u00A0][-–—](?=[\s\u00A0])/iu, "")
    .replace(/(?:,|[\s\u00A0]+[-–—])?[\s\u00A0]+(?:dont|including|among them|of whom)[\s\u00A0].*$/iu, "");
  if (!rest) return null;
  const beside = BESIDE[a.language].exec(rest);
  if (beside && hasVerb(rest.slice(beside.index + 1), a.language)) rest = rest.slice(0, beside.index);
  // "… have been killed and officials say the toll is likely to rise": a second clause with its
  // own speaker would make the question double.
  const reported = /[\s\u00A0](?:and|et)[\s\u00A0](?:[\p{L}'’-]+[\s\u00A0]){1,3}?(?:say|says|said|warn|warned|believe|believes|fear|fears|dit|disent|affirment|estiment|craignent|précisent|ajoutent)(?![\p{L}])/u.exec(rest);
  if (reported) rest = rest.slice(0, reported.index);
  // "… have died and sixteen were injured", "… injured and more than 80 are missing" (reading
  // 26): "and" before another figure starts a second clause.
  // « … ont été biologiquement confirmés et les autres sont en cours d'analyse » (reading 47): "and"
  // before a new subject with its own verb starts a second clause too.
  // « les recherches ont duré près de trente jours et ont mobilisé plus de 1.000 personnes »
  // (reading 145): a second verb of the same subject is a second fact; the question keeps the first.
  const at = secondClauseAt(" " + rest, a.language, ["count", "subject", "predicate"]);
  const second = at < 0 ? -1 : Math.max(0, at - 1);
  if (second >= 0) rest = rest.slice(0, second).trim();
  // « les 19ème, 20ème, 21ème et 22ème satellites » cut at « et »: a list must not lose its end (reading 10).
  if ((co || second >= 0) && /,[\s\u00A0]*[^,]{1,30}$/u.test(rest) && /,[^,]*,/u.test(rest)) return null;
  // ", ce qui correspond au taux …", ", which …": a comment on the fact, not part of what is asked (reading 9).
  // ", dont 7 se seraient fait exploser", ", including two children": a part of the answer, which
  // bounds it and makes the question clumsy (reading 13).
  const tail = /,\s(?:ce qui|ce que|which|a figure|un chiffre|dont|including|among them|parmi (?:eux|elles|lesquels|lesquelles))\s/u.exec(rest);
  if (tail) rest = rest.slice(0, tail.index);
  // « … partie civile dans ce procès, 4 associations … et la fédération de chasse » (reading 160): a
  // breakdown after a comma prints the parts of the count asked for.
  // Not « …, une ville pétrolière »: « un », « une », "one" are articles as often as counts.
  if (/,[\s\u00A0]+(?:\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten)[\s\u00A0])/iu.test(rest)) return null;
  // « … a recueilli 20 743 128 voix, contre 10 638 475 … »: what follows a comma right after the
  // counted noun is a comparison or an aside, and kept it read « a recueilli , contre … » (reading 45).
  if (/^,/u.test(rest)) rest = "";
  // « par ailleurs », "meanwhile": a link to the sentence before, meaningless in a question (reading 9).
  rest = rest.replace(LINK_ADVERB, "").replace(BACK_ADVERB, "").replace(/[\s\u00A0]{2,}/gu, " ").trim();
  // « a réuni aujourd'hui les experts »: "today" of a publication the student may not have (reading 15).
  const timed = rest;
  rest = withoutDeicticTime(rest, a.language).trim();
  // "were affected by a mandatory evacuation order issued yesterday" (reading 52): the rest opens
  // on its verb, so a participle after a noun that the cut leaves last went with its time.
  if (rest !== timed.trim()) rest = rest.replace(LONE_PARTICIPLE[a.language], "");
  if (words(rest) > MAX_WORDS) return null;
  rest = rest.replace(/[\s\u00A0,]+$/, "");
  // "… after the vote, passed at 30 votes to 15, took place …": an incise makes the question hard
  // to read, and the sentence around it may be broken (reading 10).
  if ((rest.match(/,/g) ?? []).length >= 2) return null;
  // « sept acteurs sont identifiés et leur rôle au sein du réseau est défini » (reading 113): a second
  // clause with a subject of its own is no part of what the question asks about.
  if (/[\s\u00A0](?:et|and|mais|but)[\s\u00A0]+(?:le|la|les|l['’]|leur|leurs|son|sa|ses|ce|cette|ces|il|elle|ils|elles|the|their|its|his|her|this|these|he|she|they|it)(?=[\s\u00A0]|(?<=['’]))[^,;]*?[\s\u00A0](?:est|sont|a|ont|était|étaient|sera|seront|is|are|was|were|has|have|had|will)(?![\p{L}])/iu.test(rest)) return null;
  return rest;
}

/**
 * « qui a ensuite remporté son combat », "who then won": an adverb that ties the sentence to the one
 * before means nothing in a question read alone (reading 82).
 */
const SEQUENCE_ADVERB = /(?<=[\s\u00A0])(?:ensuite|alors|puis|également|aussi|enfin|finalement|then|also|subsequently|finally)[\s\u00A0]+(?=\p{Ll})/giu;
/**
 * « le gazole avait-il de son côté atteint … » (reading 88), "for its part": a link that sets the
 * subject against one of the sentence before, meaningless read alone.
 */
const CONTRAST_LINK = /(?:,[\s\u00A0]+|(?<=[\s\u00A0]))(?:de[\s\u00A0]+(?:son|leur)[\s\u00A0]+côté|pour[\s\u00A0]+(?:sa|leur)[\s\u00A0]+part|quant[\s\u00A0]+à[\s\u00A0]+(?:lui|elle|eux|elles)|for[\s\u00A0]+(?:its|his|her|their)[\s\u00A0]+part|in[\s\u00A0]+turn),?[\s\u00A0]+(?=\p{Ll})/giu;

function frame(a: FullAnalysis, attribution: string, asked: string): string {
  const lang = a.language;
  // « combien de blessés est-ce que le BNGRC recensait par ailleurs ? » (reading 159): a link left
  // before the figure goes as one after it does.
  const question = asked.replace(SEQUENCE_ADVERB, "").replace(CONTRAST_LINK, " ").replace(LINK_ADVERB, "").replace(/[\s\u00A0]{2,}/gu, " ").trim();
  // The sentence's own attribution ("…, d'après le gestionnaire du réseau") replaces "Selon l'article".
  const ownAttribution = /,\s(?:selon|d['’]après|according to)\s/iu.test(question);
  const lead = attribution ? attribution : ownAttribution ? "" : lang === "fr" ? "Selon l'article, " : "According to the article, ";
  const q = lead ? question : capitalise(question);
  return applyTypography(`${lead}${q}${lang === "fr" ? " ?" : "?"}`, lang);
}

/** "According to the article, who said that?" (reading 83): a verb of saying whose statement was cut off. */
const SAID_NOTHING = /^(?:according[\s\u00A0]+to[\s\u00A0]+the[\s\u00A0]+article,[\s\u00A0]+|selon[\s\u00A0]+l['’]article,[\s\u00A0]+)?(?:who|qui)(?:[\s\u00A0]+a)?[\s\u00A0]+(?:said|says|told|stated|announced|added|explained|dit|déclaré|annoncé|affirmé|expliqué|ajouté|indiqué|précisé)(?:[\s\u00A0]+(?:that|que|qu['’]|cela|ça))?[\s\u00A0\u202F]*\?$/iu;

/**
 * « À quelle date est-ce que le ministère … a annoncé, dans un communiqué de presse ? » (reading
 * 146): a verb of saying left last, or with only the start of an aside after it; what was said was cut.
 */
const SAYING_LAST = new RegExp(`(?<![\\p{L}])(?:${[...SPEECH_VERBS.fr, ...SPEECH_VERBS.en, "annoncer", "déclarer", "indiquer", "say", "announce", "state"].join("|")})(?:[\\s\\u00A0]*,[^,?]{0,60})?[\\s\\u00A0\\u202F]*\\?$`, "iu");

export function saysNothing(prompt: string): boolean {
  // "how many presumptive cases has the state announced?": the count asked is what was said.
  return SAID_NOTHING.test(prompt) || (SAYING_LAST.test(prompt) && !/(?<![\p{L}])(?:how[\s\u00A0]+(?:many|much)|combien|what)(?![\p{L}])/iu.test(prompt));
}

/**
 * A question read on a phone: past this many words it is the article's sentence copied with its
 * asides (readings 129–145: of the eleven such prompts read, seven were edited "shorten it").
 */
const MAX_PROMPT_WORDS = 24;

function base(a: FullAnalysis, slot: Slot, prompt: string, score: number, rngKey: string, hash: number): Candidate | null {
  if (saysNothing(prompt) || words(prompt) > MAX_PROMPT_WORDS) return null;
  const rng = rngFor(hash, rngKey);
  // Too few people of the article to offer: the student writes the name (its surname is accepted).
  if (slot.type === "person" && slot.distractors.length < 2) {
    // Written alone, the answer must surely be a person's name ("Météo France" is not).
    if (!confidentPerson(a, slot.display)) return null;
    return {
      kind: "short_answer",
      category: "comprehension",
      source: "article",
      prompt,
      answer: slot.display,
      // An office the prompt prints is no answer to "who …?".
      accepted: withoutPrintedFunctions(slot.accepted, prompt, slot.display),
      evidence: evidenceOf(a, slot.sentence),
      explanation: explanationFor(a, slot.sentence, slot),
      difficulty: difficultyFor(slot.sentence, 2),
      template: "wh-question",
      score: Math.min(1, slot.weight + sentenceQuality(slot.sentence)),
      sentenceIndex: slot.sentence.index,
      meta: { slot: slot.type, fact: slot.fact ?? slot.id },
    };
  }
  // "some 128 / some 157 / some 110" (reading 136), « quelque 7 546 » (reading 129): an estimate's
  // hedge on every option says nothing; the options are the figures. A bound ("more than") stays,
  // its options being chosen on its open side.
  const hedge = slot.type === "number" && slot.number?.hedge === "approx" && !!slot.number.hedgeText;
  const figure = hedge ? blankedFigure(slot, a.language) : null;
  const plain = (x: string) => (figure ? figure.bare(x) : x);
  const answer = plain(slot.display);
  // The estimate moves to the question: « environ combien d'habitants … ? » (reading 137 asked it).
  const asked = hedge ? prompt.replace(/(?<![\p{L}])(combien|how[\s\u00A0]+(?:many|much))(?![\p{L}])/iu, (w) => (/^c/iu.test(w) ? `environ ${w}` : `about ${w}`)) : prompt;
  return {
    kind: "multiple_choice",
    category: "comprehension",
    source: "article",
    prompt: asked,
    choices: choicesWith(answer, slot.distractors.map(plain), 3, rng),
    answer,
    ...(slot.type === "number" ? { accepted: slot.accepted.map(plain).filter((x) => x !== answer) } : {}),
    evidence: evidenceOf(a, slot.sentence),
    explanation: explanationFor(a, slot.sentence, slot),
    difficulty: difficultyFor(slot.sentence, 1),
    template: "wh-question",
    // A real question reads better than the cloze of the same fact; the ranker keeps one of them.
    score: Math.min(1, slot.weight + 0.08 + sentenceQuality(slot.sentence)),
    sentenceIndex: slot.sentence.index,
    meta: { slot: slot.type, fact: slot.fact ?? slot.id },
  };
}

/** Start of the clause the slot opens: the sentence start, or right after "Selon X, ". */
function clauseStart(a: FullAnalysis, slot: Slot): { at: number; attribution: string } | null {
  const s = slot.sentence;
  const head = a.text.slice(s.start, slot.start);
  if (!head.trim()) return { at: s.start, attribution: "" };
  const m = ATTRIBUTION.exec(a.text.slice(s.start, s.end));
  if (m && m[0].length === head.length) return { at: s.start, attribution: m[0] };
  return null;
}

const PRENOMINAL = /^(?:nouve(?:au|aux|lle|lles)|autres?|premi(?:er|ers|ère|ères)|derni(?:er|ers|ère|ères)|grand(?:e|s|es)?|petit(?:e|s|es)?|jeunes?|ancien(?:ne|s|nes)?|seul(?:e|s|es)?|new|other|more|additional|former|young|old|big|small|first|last|further|extra)$/iu;


function howMany(a: FullAnalysis, slot: Slot, hash: number): Candidate | null {
  const m = slot.number!;
  const lang = a.language;
  if (m.isPercent || m.prefix || m.scaleText || m.unitEnd <= m.end) return null;
  let unit = a.text.slice(m.end, m.unitEnd).trim();
  let unitEnd = m.unitEnd;
  if (!/^\p{Ll}[\p{L}-]*$/u.test(unit)) return null; // a plain noun: "personnes", "runners"
  // "5 nouveaux plans": an adjective before the noun is no unit to count ("combien de nouveaux …").
  if (PRENOMINAL.test(unit)) return null;
  // « Près de 1 500 environ ont été remontés » (reading 143: « combien d'environ … ? »): a hedge
  // written after the figure names no counted noun.
  if (/^(?:environ|approximativement|about|approximately|roughly|or so)$/iu.test(unit)) return null;
  // "two presumptive cases": an English adjective before a plural noun; the noun counts with it
  // (reading 44: "how many presumptive has the state of Washington announced cases?").
  if (lang === "en" && !/(?:s|people|children|men|women|police|staff|personnel|crew|aircraft|fish|sheep|deer|cattle)$/u.test(unit)) {
    const noun = /^[\s\u00A0]+(\p{Ll}[\p{L}-]*s)(?![\p{L}'’-])/u.exec(a.text.slice(unitEnd, unitEnd + 40));
    if (!noun) return null;
    unit = `${unit} ${noun[1]}`;
    unitEnd += noun[0].length;
  }
  // « 47 ressortissants britanniques » (reading 96: « combien de ressortissants est-ce que le car
  // transportait britanniques ? »): a French adjective after the counted noun goes with it.
  if (lang === "fr") {
    const adjective = /^[\s\u00A0]+(\p{Ll}{3,}(?:s|x))(?=[\s\u00A0,.;]|$)/u.exec(a.text.slice(unitEnd, unitEnd + 40));
    if (adjective && !frenchNotAdjective(adjective[1]) && !hasVerb(adjective[1], lang)) {
      unit = `${unit} ${adjective[1]}`;
      unitEnd += adjective[0].length;
    }
  }
  // « 350 gendarmes et policiers » (reading 126: « combien de gendarmes … a-t-il mobilisés et
  // policiers ? »): a second plural noun joined to the counted one is counted with it.
  const joined = COUNTED_PAIR[lang].exec(a.text.slice(unitEnd, unitEnd + 40));
  if (joined && !hasVerb(joined[2], lang)) {
    unit = lang === "fr" ? `${unit} et ${isVowelInitial(joined[2]) ? "d'" : "de "}${joined[2]}` : `${unit} and ${joined[2]}`;
    unitEnd += joined[0].length;
  }
  const cs = clauseStart(a, slot);
  if (!cs) return howManyObject(a, slot, unit, hash, unitEnd);
  let rest = restOf(a, unitEnd, slot.sentence.end);
  if (!rest) return null;
  let q: string;
  if (lang === "fr") {
    if (!VERB_START.fr.test(rest)) return null;
    q = `${isVowelInitial(unit) ? "combien d'" : "combien de "}${unit} ${rest}`;
  } else {
    // "runners from 74 countries took part": a short prepositional phrase may sit before the verb.
    const v = /^(?:(?:from|of|in|at|on)\s[^,]{1,40}?\s)?(.*)$/u.exec(rest)!;
    if (!VERB_START.en.test(rest) && !VERB_START.en.test(v[1])) return null;
    q = `how many ${unit} ${rest}`;
  }
  return base(a, slot, frame(a, cs.attribution, q), slot.weight, `wh:${slot.id}`, hash);
}

/** A plural noun joined to the counted one: « et policiers », « et de policiers », "and police officers". */
const COUNTED_PAIR: Record<"fr" | "en", RegExp> = {
  fr: /^[\s\u00A0]+(et)[\s\u00A0]+(?:de[\s\u00A0]+|d['’])?(\p{Ll}{3,}(?:s|x))(?=[\s\u00A0]*[,.;]|[\s\u00A0]*$)/u,
  en: /^[\s\u00A0]+(and)[\s\u00A0]+(\p{Ll}{3,}s)(?=[\s\u00A0]*[,.;]|[\s\u00A0]*$)/u,
};

/** Words in -s after a counted noun that are no adjective of it: the stopwords, and adverbs they leave out. */
const frenchNotAdjective = (w: string) => STOPWORDS.fr.has(w.toLowerCase()) || /^(?:jamais|parfois|ailleurs|hors)$/iu.test(w);

/** Words that cannot stand right before a counted object: a preposition or determiner makes the number a complement. */
const BEFORE_OBJECT_NUMBER: Record<"fr" | "en", RegExp> = {
  fr: /(?:^|[\s\u00A0'’])(?:de|d['’]|des|du|à|au|aux|en|par|sur|sous|pour|avec|sans|entre|dont|les|la|le|l['’]|ses|leurs|ces|et|ou|plus|moins|environ|près|quelque|depuis|pendant|durant|après|avant|dans|vers|jusqu['’]à|a)[\s\u00A0]*$/iu,
  en: /(?:^|[\s\u00A0])(?:of|to|in|on|at|by|for|with|from|the|its|their|his|her|these|those|and|or|than|about|some|over|nearly|almost|since|during|after|before|within|until|into)[\s\u00A0]*$/iu,
};

/**
 * "HP va supprimer 520 postes en France" → "Combien de postes est-ce que HP va supprimer en France ?";
 * "The company will cut 520 jobs" → "How many jobs will the company cut?". The clause before the
 * number must open on its subject and hold the verb; English needs an auxiliary to invert.
 */
function howManyObject(a: FullAnalysis, slot: Slot, unit: string, hash: number, unitEnd = slot.number!.unitEnd): Candidate | null {
  const lang = a.language;
  const m = slot.number!;
  const s = slot.sentence;
  // "STS-133", "4chan": a number glued to a word is part of a name.
  if (!/[\s\u00A0]/u.test(a.text.charAt(m.start - 1))) return null;
  const head = a.text.slice(s.start, m.start).replace(/[\s\u00A0]+$/u, "");
  if (!head || /[,;:«»“”"()]/.test(head) || words(head) > 12 || BEFORE_OBJECT_NUMBER[lang].test(head + " ")) return null;
  if (DANGLING_REF.test(head) || /^(?:il|elle|ils|elles|on|he|she|they|it|we|i)(?![\p{L}'’])/iu.test(head)) return null;
  // The clause opens on its subject: a determiner or a name of the article, never "Rappelons que …".
  if (/(?:^|[\s\u00A0])(?:que|qu['’]|that)(?=[\s\u00A0]|$)/iu.test(head)) return null;
  // « Un duo d'acheteurs se présente et remet 120 000 euros » (reading 112: « combien d'euros un duo
  // … se présente-t-il et remet ? »): the counted noun is the object of a second verb, joined by
  // « et »; the question would invert the first one.
  if (/[\s\u00A0](?:et|and|puis|then)[\s\u00A0]+(?:(?:ne|n['’]|se|s['’]|les|la|le|l['’]|lui|leur|y|en)[\s\u00A0]*)*\p{Ll}+$/u.test(head)) return null;
  const opensOnName = a.entityMentions.some((x) => x.start === s.start);
  if (!opensOnName && !/^(?:Le|La|Les|L['’]|Un|Une|Des|The|A|An)(?:[\s\u00A0]|(?<=['’]))/u.test(head)) return null;
  // "The party has won 14 seats": a definite article and one common noun take up someone named
  // before; the question alone would not say who.
  if (!opensOnName && /^(?:Le|La|L['’]|The)[\s\u00A0]?\p{Ll}[\p{L}-]*[\s\u00A0]+(?:a|ont|est|va|vont|doit|has|have|had|will|is|was|would|could)(?=[\s\u00A0])/u.test(head)) return null;
  const sub = subjectOf(head + " x", lang);
  if (!sub || !sub.rest.trim() || words(sub.subject) > 6) return null;
  // "… has announced two presumptive cases.": nothing after the counted noun is a question too.
  // Nothing after the counted noun but the writer's attribution (« …, a annoncé la gendarmerie ») is no rest either.
  const rest = a.text.slice(unitEnd, s.end).replace(/[\s\u00A0.!…]+$/u, "").replace(TRAILING_ATTRIBUTION[lang], "").trim() ? restOf(a, unitEnd, s.end) : "";
  if (rest === null || words(rest) > 14) return null;
  // « L'installation qui contenait à l'origine 500 kg d'NH3, est vidangée »: a count inside a
  // relative clause is not what the main verb acts on, and « d'NH3 » left behind its unit reads
  // « combien de kg est-ce que … d'NH3 » (reading 37).
  // « combien de médailles est-ce que les hommes ont remporté dont 9 d'or » keeps a breakdown of
  // the count it asks for (reading 39).
  if (/(?:^|[\s\u00A0])(?:qui|dont|où|which|who|whose|where)(?=[\s\u00A0]|$)/iu.test(head) || /^(?:de|d['’]|des|du|of|dont|soit|including|of which)(?![\p{L}])/iu.test(rest)) return null;
  let q: string;
  // "Ovchinin and Hague were safely recovered 12 miles east of …": a passive or a copula has no
  // object to count; "how many miles were they recovered" is no question (reading 10).
  if (/(?:^|[\s\u00A0])(?:is|are|was|were|been|being|be|est|sont|était|étaient|été|sera|seront)(?=[\s\u00A0]|$)/iu.test(head)) return null;
  if (lang === "fr") {
    const clause = lowerFirst(a, head);
    const asked = frenchQuestion(`${isVowelInitial(unit) ? "combien d'" : "combien de "}${unit}`, `${clause}${rest ? " " + rest : ""}`);
    // The noun asked for comes before « avoir »: its participle agrees (« … ont-ils remportées »).
    q = agreeParticiple(asked, unit.split(/[\s\u00A0]/u)[0]) ?? asked;
  } else {
    if (!EN_INVERTIBLE_AUX.test(sub.aux)) return null;
    const verbRest = sub.rest.replace(/ x$/, "").slice(sub.aux.length).trim();
    if (!verbRest) return null;
    q = `how many ${unit} ${sub.aux} ${lowerFirst(a, sub.subject)} ${verbRest}${rest ? " " + rest : ""}`;
  }
  return base(a, slot, frame(a, "", q), slot.weight, `wh:${slot.id}`, hash);
}


/** A noun phrase, not a clause: opens on a determiner or a lower-case word, holds no relative pronoun or verb. */
function plainApposition(p: string, lang: "fr" | "en"): boolean {
  if (words(p) > 12 || !/^(?:\p{Ll}|(?:Le|La|L['’]|Les|Un|Une|The|A|An)[\s\u00A0'’])/u.test(p)) return false;
  if (/(?:^|[\s\u00A0])(?:qui|que|qu['’]|dont|où|who|which|that|whose|where|et|and)(?=[\s\u00A0]|$)/iu.test(p)) return false;
  return !VERB_START[lang].test(p) && !/(?:^|[\s\u00A0])(?:a|ont|est|sont|was|were|is|are|has|have|had)(?=[\s\u00A0]|$)/u.test(p);
}

/** "Tokaïev a accepté la démission…" → "qui a accepté la démission…". */
function who(a: FullAnalysis, slot: Slot, hash: number): Candidate | null {
  const lang = a.language;
  const cs = clauseStart(a, slot);
  // "Le président Kassym-Jomart Tokaïev a …": a role before the name is moved out with it.
  const head = a.text.slice(slot.sentence.start, slot.start);
  // Not "The achievement by Rob Cardinal is said to be …" (reading 67): the person is the noun's
  // agent there, and "who is said to be the second discovery" asks nothing.
  if (!cs && (!/^(?:Le|La|L['’]|The)[\s\u00A0]?(?:[\p{L}'’-]+[\s\u00A0]){1,4}$/u.test(head) ||
    /(?:^|[\s\u00A0])(?:by|par|with|avec|from|for|pour|against|contre|than)[\s\u00A0]/iu.test(head))) return null;
  // "X, président de l'association, a déclaré …": the apposition names X's role, which would point
  // to X among the options; the question keeps the clause and leaves the role out.
  const app = APPOSITION.exec(a.text.slice(slot.end, slot.sentence.end));
  const from = app && plainApposition(app[1], lang) ? slot.end + app[0].length : slot.end;
  const rest = restOf(a, from, slot.sentence.end);
  if (!rest || !VERB_START[lang].test(rest)) return null;
  const attribution = cs?.attribution ?? "";
  return base(a, slot, frame(a, attribution, `${lang === "fr" ? "qui" : "who"} ${rest}`), slot.weight, `wh:${slot.id}`, hash);
}

/** A subject (a determiner phrase or a name), then a compound past, then the person: "La joueuse américaine a battu ". */
const OBJECT_HEAD: Record<"fr" | "en", RegExp> = {
  fr: /^((?:Le|La|Les|L['’])[\s\u00A0]?(?:[\p{L}'’-]+[\s\u00A0]){0,4}?|(?:\p{Lu}[\p{L}'’-]+[\s\u00A0]){1,3})(a|ont)[\s\u00A0]+(\p{Ll}+(?:é|ée|és|ées|i|is|it|u|us|ert))[\s\u00A0]+(?:(?:le|la|l['’]|son|sa|leur)[\s\u00A0]?(?:[\p{L}'’-]+[\s\u00A0]){0,4}?)?$/u,
  en: /^((?:The)[\s\u00A0](?:[\p{L}'’-]+[\s\u00A0]){0,4}?|(?:\p{Lu}[\p{L}'’-]+[\s\u00A0]){1,3})(has|have|had)[\s\u00A0]+(\p{Ll}+(?:ed|en|t))[\s\u00A0]+(?:(?:the|its|their|his|her)[\s\u00A0](?:[\p{L}'’-]+[\s\u00A0]){0,4}?)?$/u,
};
/** Verbs whose object is a person the article is about (not "a dit Jean", "a rencontré" is fine). */
const SPEECH_PARTICIPLE = /^(?:dit|déclaré|affirmé|indiqué|expliqué|précisé|ajouté|annoncé|estimé|said|told|stated|added|announced|explained)$/u;

/**
 * "La joueuse américaine a battu la Polonaise Agnieszka Radwanska en trois sets" →
 * "Qui est-ce que la joueuse américaine a battu en trois sets ?"; English keeps its auxiliary:
 * "The council has appointed Jane Doe as director" → "Who has the council appointed as director?".
 * The person is the object of a compound past; a role before the name leaves with it.
 */
function whoObject(a: FullAnalysis, slot: Slot, hash: number): Candidate | null {
  const lang = a.language;
  const s = slot.sentence;
  const head = a.text.slice(s.start, slot.start);
  const m = OBJECT_HEAD[lang].exec(head);
  if (!m || SPEECH_PARTICIPLE.test(m[3]) || DANGLING_REF.test(m[1]) || /^(?:Il|Elle|Ils|Elles|On|He|She|They|It|We)[\s\u00A0]/u.test(m[1])) return null;
  // The subject must not itself be a person of the options (a pronoun-free, named or described subject).
  const subject = m[1].trim();
  if (slot.distractors.some((d) => subject.includes(d))) return null;
  const app = APPOSITION.exec(a.text.slice(slot.end, s.end));
  const from = app && plainApposition(app[1], lang) ? slot.end + app[0].length : slot.end;
  let rest = restOf(a, from, s.end);
  if (rest === null || words(rest) > 12) return null;
  // The rest must not start a new clause with its own verb ("… qui a …", ", and …").
  if (/^(?:qui|que|et|mais|who|which|and|but)(?=[\s\u00A0])/iu.test(rest)) return null;
  rest = rest ? ` ${rest}` : "";
  const clause = `${lowerFirst(a, subject)} ${m[2]} ${m[3]}${rest}`;
  const q = lang === "fr"
    ? frenchQuestion("qui", clause)
    : `who ${m[2]} ${lowerFirst(a, subject)} ${m[3]}${rest}`;
  const c = base(a, slot, frame(a, "", q), slot.weight, `wh-obj:${slot.id}`, hash);
  return c;
}

/** "Le 2 janvier, les premiers rassemblements ont eu lieu…" → "À quelle date est-ce que les premiers…". */
function when(a: FullAnalysis, slot: Slot, hash: number): Candidate | null {
  if (a.language !== "fr" || slot.distractors.length < 2) return null;
  const s = slot.sentence;
  const head = a.text.slice(s.start, slot.start);
  if (!/^(?:(?:Le|le)\s)?$/u.test(head)) return null;
  const after = a.text.slice(slot.end, s.end);
  const m = /^,[\s\u00A0]+/u.exec(after);
  if (!m) return null;
  const clause = after.slice(m[0].length);
  // The clause must open on its subject (an article or a name), not on a pronoun or another adverbial.
  if (!/^(?:le|la|les|l['’]|un|une|des|\p{Lu}\p{Ll})/u.test(clause) || /^(?:Le|La|Les|L['’]|Un|Une|Des)?\s?(?:même|jour|lendemain)/u.test(clause)) return null;
  let rest = restOf(a, slot.end + m[0].length, s.end);
  if (!rest || a.dates.some((d) => d.sentenceIndex === s.index && d.start >= slot.end)) return null;
  // « … sont morts et la mortalité augmente en aval »: a second clause with its own subject and
  // verb tells another fact of that date; the question keeps the first (reading 27).
  const second = secondClauseAt(rest, "fr", ["subject"]);
  if (second >= 0) rest = rest.slice(0, second);
  // « les féminines (…) et les vétérans ont pris le départ » cut before its second subject keeps no
  // verb: « À quelle date est-ce que les féminines ? » (reading 37).
  if (!hasVerb(rest, "fr")) return null;
  const subj = rest.charAt(0) === rest.charAt(0).toUpperCase() && /^(?:Le|La|Les|L['’]|Un|Une|Des)\b/u.test(rest) ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest;
  const prompt = applyTypography(`${capitalise(frenchQuestion("à quelle date", subj))} ?`, "fr");
  return base(a, slot, prompt, slot.weight, `wh:${slot.id}`, hash);
}

/** "Où est-ce que …", "Par qui est-ce que …", "When was …": the phrase leaves with its preposition. */
function moved(a: FullAnalysis, slot: Slot, wh: MovedWh, hash: number): Candidate | null {
  if (slot.type !== "person" && slot.distractors.length < 2) return null;
  const mp = movePhrase(a, slot, wh);
  if (!mp) return null;
  const c = base(a, slot, frame(a, "", mp.question), slot.weight, `wh-${wh}:${slot.id}`, hash);
  if (!c) return null;
  c.meta = { ...c.meta, proof: { type: "moved", wh, prep: mp.prep, clause: mp.clause } };
  return c;
}

export const whQuestionTemplate: QuestionTemplate = {
  name: "wh-question",
  generate(a) {
    const { full, hash, slots } = kitFor(a);
    const out: Candidate[] = [];
    for (const slot of slots) {
      let c: Candidate | null = null;
      if (slot.type === "number" && slot.distractors.length >= 2) c = howMany(full, slot, hash);
      else if (slot.type === "person") c = who(full, slot, hash) ?? whoObject(full, slot, hash) ?? moved(full, slot, "byWhom", hash);
      else if (slot.type === "org") c = moved(full, slot, "byWhom", hash);
      else if (slot.type === "place") c = moved(full, slot, "where", hash);
      else if (slot.type === "date") c = when(full, slot, hash) ?? moved(full, slot, "when", hash);
      if (c) out.push(c);
    }
    return out;
  },
};
