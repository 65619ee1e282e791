// Sentence compression for options that must read as statements, not as copied sentences
// (blind readings 7 and 8: "paraphrase the choices"; "the key copies an irrelevant detail").
// In the spirit of headline trimming (Dorr et al., "Hedge Trimmer", 2003): drop what a clause
// can lose without changing what it asserts — an opening time or place frame, an apposition
// after a name, a parenthesis, a trailing relative, participle or attribution. Each cut is
// taken only when what is left still opens on a capital and keeps enough words to say something.
import type { Language } from "./contract";
import { NUMBER_WORDS } from "../analysis/lexicon/number-words";
import { MONTHS, WEEKDAYS } from "../analysis/lexicon/calendar";
import { FINITE, wordCount } from "./clauses";
import { hasFrenchPresent } from "../analysis/lexicon/french-verbs";

const S = "[\\s\\u00A0]";

const DAYS = { fr: WEEKDAYS.fr.join("|"), en: WEEKDAYS.en.join("|") };
const MONTH_NAMES = { fr: MONTHS.fr.join("|"), en: MONTHS.en.join("|") };

/** "Le 4 octobre 2024, ", "Pour son premier déplacement, ", "On Friday, ", "In 2012, ": a frame, no verb. */
const FRAME: Record<Language, RegExp> = {
  fr: new RegExp(`^(?:(?:le|ce)${S}+(?:\\d{1,2}(?:er)?|${DAYS.fr})|${DAYS.fr}|hier|aujourd['’]hui|en${S}+(?:\\d{4}|${MONTH_NAMES.fr}|début|fin)|à|au|aux|dans|depuis|lors|après|avant|durant|pendant|dès|vers|début|fin|mi-|cette${S}+(?:semaine|année|nuit|fois(?:-ci)?)|cet${S}+(?:été|hiver|automne)|ce${S}+(?:matin|soir|week-end|weekend|mois))(?![\\p{L}])[^,;:«»“”"()]{0,60},${S}+`, "iu"),
  // "On the afternoon of Sunday, June 10th, …": the date after the day belongs to the frame (reading 26
  // showed "June 10th, rangers received …").
  en: new RegExp(`^(?:on|in|at|after|before|during|since|for|earlier|early|late|last|this|yesterday|today|${DAYS.en}|${MONTH_NAMES.en})(?![\\p{L}])[^,;:“”"()]{0,60},${S}+(?:(?:${MONTH_NAMES.en})${S}+\\d{1,2}(?:st|nd|rd|th)?(?:,${S}+\\d{4})?,${S}+)?`, "iu"),
};

/** "Last year, …", « L'an dernier, … »: a time before the news, which the statement is false without. */
const EARLIER = /(?<![\p{L}])(?:last[\s\u00A0]+year|a[\s\u00A0]+year[\s\u00A0]+(?:ago|earlier)|previously|l['’]an[\s\u00A0]+(?:dernier|passé)|l['’]année[\s\u00A0]+(?:dernière|passée|précédente)|il[\s\u00A0]+y[\s\u00A0]+a[\s\u00A0]+un[\s\u00A0]+an|auparavant)(?![\p{L}])/iu;

/**
 * Does a time complement place its statement at another time than the news — a year other than
 * the article's, or "last year"? Cut, it would leave "Bob Dylan won the prize" under a 2017 story
 * (reading 30: a distractor that read as false).
 */
export function otherTime(complement: string, year?: number): boolean {
  if (EARLIER.test(complement)) return true;
  const years = complement.match(/(?<!\d)(?:1[89]|20)\d{2}(?!\d)/gu) ?? [];
  // Without the article's year, a dated frame is taken for the news's own date, as before.
  return year !== undefined && years.some((y) => Number(y) !== year);
}

/** "8 et 9 janvier, …", "8, 9 …", "8 and 9 …": a figure continuing a list the comma before it cut. */
const LIST_GOES_ON = /^\d{1,4}(?:er|e|st|nd|rd|th)?(?:[\s\u00A0]*,[\s\u00A0]*\d|[\s\u00A0]+(?:et|ou|and|or)[\s\u00A0]+\d)/iu;

/** A frame that holds a verb or a pronoun is a clause ("Après qu'il a dit, …"): never cut. */
const CLAUSE_IN_FRAME: Record<Language, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])(?:qu['’]|que|qui|il|elle|ils|elles|on|a|ont|est|sont|était|avait)(?![\\p{L}'’])`, "iu"),
  en: new RegExp(`(?<![\\p{L}])(?:that|which|who|he|she|they|it|is|are|was|were|has|have|had)(?![\\p{L}])`, "iu"),
};

/** A name right before a comma: where an apposition may start. */
const NAME_COMMA = /\p{Lu}[\p{L}'’.-]*(?=,[\s\u00A0])/gu;
/**
 * Before a name: a noun phrase and a comma, then only the name's other capitalised words (« le
 * président de la République, Emmanuel »). After a frame (« Aux Invalides, Emmanuel ») the name is
 * the subject.
 */
const IS_APPOSITION = /(?:^|[,;:][\s\u00A0]+)(?:le|la|les|l['’]|un|une|son|sa|ses|leur|the|a|an|its|his|her|their)(?![\p{L}])[^,;:]*,[\s\u00A0]+(?:\p{Lu}[\p{L}'’.-]*[\s\u00A0]+)*$/iu;
/** A name after a preposition is a place or a complement ("à Oran, …"), not the subject an apposition describes. */
const AFTER_PREPOSITION = /(?<![\p{L}])(?:à|au|aux|en|dans|de|du|des|d['’]|par|pour|sur|vers|in|at|on|to|from|of|near|by|for|into)[\s\u00A0]+(?:[\p{Lu}\d][\p{L}'’.\d-]*[\s\u00A0]+)*$/iu;
/** What may open the word after an apposition: a verb, never a coordinator or a relative. */
const NOT_A_VERB: Record<Language, RegExp> = {
  fr: /^(?:et|ou|mais|ni|qui|que|qu['’]|dont|où|de|du|des|la|le|les|un|une|en|à|au|aux|dans|par|pour|sur|avec|selon|ainsi|notamment|puis)(?![\p{L}])/iu,
  en: /^(?:and|or|but|nor|who|which|that|whose|where|the|a|an|of|in|on|at|to|for|with|by|from|as|including|such|then|according)(?![\p{L}])/iu,
};
/** An apposition describes; one with a verb of its own is a clause. */
const VERB_IN_APPOSITION: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:qui|que|qu['’]|a|ont|est|sont|était|étaient|sera|avait|il|elle)(?![\p{L}'’])/iu,
  en: /(?<![\p{L}])(?:who|which|that|is|are|was|were|has|have|had|will|said|says|\p{Ll}{2,}ing)(?![\p{L}])/iu,
};
/** A list ("Milan, Giverny, Barcelone et Londres") is not an apposition: no coordinator inside. */
const COORDINATOR = /(?<![\p{L}])(?:et|ou|and|or)(?![\p{L}])/iu;
/** An apposition opens on a role ("garde des Sceaux", "an Ottawa MP") or names one with a function word ("PDG de HP France"). */
const ROLE_LIKE = /^[\s\u00A0]+(?:\p{Ll}|[^,]*(?<![\p{L}])(?:de|du|des|d['’]|of|the|for)(?![\p{L}]))/u;
/** Weekdays and months are capitalised in English but name no place or actor. */
const CALENDAR = new RegExp(`^(?:${DAYS.en}|${MONTH_NAMES.en})$`, "iu");

/**
 * "yesterday", « ce dimanche », "Thursday morning", « à 16 h 53, heure locale »: a time counted from
 * the day of publication, or a clock time, says nothing a summary needs and points to a date a
 * reader of the option alone does not have (reading 12: "'yesterday' has no date to anchor it").
 */
const PART_OF_DAY = { fr: "matin|soir|après-midi|midi|nuit", en: "morning|afternoon|evening|night" };
/** Cut only before punctuation or another complement: « la manifestation qui s'est déroulée vendredi a réuni » needs its day. */
const NEXT_IS_COMPLEMENT = {
  fr: `[,.;:!?]|$|${S}+(?:dans|à|au|aux|sur|en|pour|par|avec|après|avant|lors|près|contre|devant|chez|vers|sous|entre|le|la|les|l['’]|un|une|des|de|du|d['’]|et)(?![\\p{L}])`,
  // "The agency today announced …": between a subject and its past verb.
  // "sentenced at the District Court today following conviction" (reading 113): "following", "amid".
  en: `[,.;:!?]|$|${S}+(?:in|at|on|by|for|to|with|after|before|from|near|during|against|following|amid|despite|over|under|into|the|a|an|and|\\p{Ll}{3,}ed|said|told|won|lost|made|took|gave|began|sent)(?![\\p{L}])`,
};
/**
 * "a visit that ended Friday and reaffirmed …" (reading 127: cut to "that ended and reaffirmed"):
 * a verb of beginning or end takes the day as its complement.
 */
const ENDS_ON: Record<Language, string> = {
  fr: "(?:achevée?s?|terminée?s?|commencée?s?|ouverte?s?|fermée?s?|expirée?s?|(?:prend|pris|prendra)\\s+fin|s['’]achève|se\\s+termine|commence|débute|expire)",
  en: "(?:ended|ends|began|begins|started|starts|opened|opens|closed|closes|concluded|concludes|expired|expires|resumed|resumes|due)",
};
// « ont atterri tôt lundi matin » (reading 67): « tôt » goes with the day it qualifies.
const DEICTIC_TIME: Record<Language, RegExp> = {
  fr: new RegExp(`(?<!(?:^|${S})(?:ce|le|chaque|depuis|dès|jusqu['’]à|avant|après|pour|de|d['’]|du|à|au|entre|et|ou|the|every|each|since|until|till|from|by|before|after|of|for|between|to|through|and|or|${ENDS_ON.fr}))(?:,${S}+|${S}+)(?:(?:tôt|tard)${S}+)?(?:(?:hier|avant-hier|aujourd['’]hui|cette${S}+nuit)(?:${S}+(?:${PART_OF_DAY.fr}))?|ce${S}+(?:${DAYS.fr}|${PART_OF_DAY.fr}|week-?end|jour)(?:${S}+(?:${PART_OF_DAY.fr}))?(?:${S}+\\d{1,2}(?:er)?${S}+(?:${MONTH_NAMES.fr})(?:${S}+\\d{4})?)?|(?:${DAYS.fr})(?:${S}+(?:${PART_OF_DAY.fr}|dernier))?|à${S}+\\d{1,2}${S}*h${S}*\\d{0,2}(?:${S}+du${S}+(?:matin|soir)|${S}+de${S}+l['’]après-midi)?(?:,${S}+heure${S}+locale)?)(?![\\p{L}\\d])(?=${NEXT_IS_COMPLEMENT.fr})`, "giu"),
  en: new RegExp(`(?<!(?:^|${S})(?:ce|le|chaque|depuis|dès|jusqu['’]à|avant|après|pour|de|d['’]|du|à|au|entre|et|ou|the|every|each|since|until|till|from|by|before|after|of|for|between|to|through|and|or|on|late|early|last|next|this|is|are|was|were|be|been|being|${ENDS_ON.en}))(?:,${S}+|${S}+)(?:yesterday|today|tonight|last${S}+(?:night|week)|(?:earlier|later)${S}+this${S}+(?:week|month)|this${S}+(?:week|morning|afternoon|evening)|earlier${S}+today|(?:(?:late|early)${S}+)?(?:on${S}+)?(?:(?:last|next|this)${S}+)?(?:${DAYS.en})(?:${S}+(?:${PART_OF_DAY.en}))?(?:,?${S}+(?:${MONTH_NAMES.en})\\.?${S}+\\d{1,2}(?:st|nd|rd|th)?(?:,?${S}+\\d{4})?)?|at${S}+\\d{1,2}(?::\\d{2})?${S}*(?:a\\.m\\.|p\\.m\\.|am|pm)(?:${S}+local${S}+time)?)(?![\\p{L}\\d])(?=${NEXT_IS_COMPLEMENT.en})`, "giu"),
};

/**
 * "on November 26, the 27th working day" (reading 125), « ce mardi, deuxième jour de la visite »
 * (reading 135): a phrase after the date's comma that describes the date, which must stay with it.
 */
export const DATE_APPOSITION = /^[\s\u00A0]*(?:the|a|an|le|la|l['’]|un|une|jour|veille|lendemain|premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|dernier|dernière|first|second|third|fourth|fifth|last|final)(?![\p{L}])/iu;

/** A determiner opening the verb's object right after a comma. */
const OBJECT_AFTER_COMMA = /^,[\s\u00A0]+(?:l['’](?=\p{L})|(?:le|la|les|un|une|des|du|the|a|an)(?=[\s\u00A0]))/iu;

/** A comma, then a place or a complement opening on its preposition ("…, near the city", « …, entre le président »). */
export const PREPOSITION_AFTER_COMMA: Record<Language, RegExp> = {
  fr: /^,[\s\u00A0]+(?:entre|avec|par|dans|sur|pour|près[\s\u00A0]+de|au[\s\u00A0]+large|à|au|aux|en)[\s\u00A0][^,;]{3,}(?:[.;]|$)/u,
  en: /^,[\s\u00A0]+(?:near|in|at|off|outside|between|with|by|along|across|inside)[\s\u00A0][^,;]{3,}(?:[.;]|$)/u,
};

/** A time word coordinated with another: « samedi et dimanche », "Sunday and Monday", "Monday through Friday". */
const PAIRED_TIME: Record<Language, RegExp> = {
  fr: new RegExp(`^${S}+(?:et|ou|au)${S}+(?:(?:${DAYS.fr})|hier|aujourd['’]hui|demain)(?![\\p{L}])`, "iu"),
  en: new RegExp(`^${S}+(?:and|or|to|through)${S}+(?:(?:${DAYS.en})|yesterday|today|tomorrow)(?![\\p{L}])`, "iu"),
};
/** Two days in a row, a list ("Friday, Saturday, Sunday and …"): none of them is a time to cut. */
export const DAY_LIST: Record<Language, RegExp> = {
  fr: new RegExp(`(?:${DAYS.fr}),${S}+(?:${DAYS.fr})(?![\\p{L}])`, "iu"),
  en: new RegExp(`(?:${DAYS.en}),${S}+(?:${DAYS.en})(?![\\p{L}])`, "iu"),
};
const DAY_IN: Record<Language, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])(?:${DAYS.fr})(?![\\p{L}])`, "iu"),
  en: new RegExp(`(?<![\\p{L}])(?:${DAYS.en})(?![\\p{L}])`, "iu"),
};
/** An article and one adjective before a day and its part: "spent a frigid Sunday night". */
const ARTICLE_BEFORE: Record<Language, RegExp> = {
  fr: new RegExp(`(?:^|${S})(?:un|une|cette)${S}+\\p{Ll}+$`, "u"),
  en: new RegExp(`(?:^|${S})(?:a|an|one)${S}+\\p{Ll}+$`, "u"),
};
const WITH_PART_OF_DAY = { fr: new RegExp(`(?:${PART_OF_DAY.fr})$`, "iu"), en: new RegExp(`(?:${PART_OF_DAY.en})$`, "iu") };

/** The text without its times counted from the publication ("yesterday", « aujourd'hui », « ce dimanche »), where no verb or preposition needs them. */
/** ", the U.S. Coast Guard said.", « , a indiqué la préfecture »: the attribution closing a statement. */
const ATTRIBUTION_AFTER: Record<Language, RegExp> = {
  fr: /^,[\s\u00A0]+(?:a|ont|selon)[\s\u00A0]/u,
  en: /^,[\s\u00A0]+(?:[^,;:]{1,60}?[\s\u00A0])?(?:said|says|told|reported|announced|added|confirmed)(?:[\s\u00A0]+(?:on|in|at|to)[\s\u00A0][^,;:]{1,40})?[.!]?$/u,
};

export function withoutDeicticTime(text: string, lang: Language): string {
  // Twice: « à 10h57 ce matin » is two times, the first cut once the second is gone. A time set
  // between commas goes with both (« a annoncé, dimanche, qu'il … », reading 72).
  const cut = (t: string) => t.replace(DEICTIC_TIME[lang], (...args: unknown[]) => {
    const [m, offset, whole] = [args[0] as string, args[args.length - 2] as number, args[args.length - 1] as string];
    // "for hikers Sunday and Monday" (reading 78): one day of a pair cut leaves "hikers and Monday";
    // "a frigid Sunday night": a day and its part after an article and an adjective is the object's own noun.
    if (PAIRED_TIME[lang].test(whole.slice(offset + m.length)) || (WITH_PART_OF_DAY[lang].test(m) && ARTICLE_BEFORE[lang].test(whole.slice(0, offset)))) return m;
    // "again on Friday, Saturday, Sunday and every other day" (reading 173): a day in a list of days stays.
    if (DAY_LIST[lang].test(whole) && DAY_IN[lang].test(m)) return m;
    // ", Sunday played out to a packed house" (reading 83): a day after a comma and before its verb is the subject.
    if (m.startsWith(",") && lang === "en" && /^[\s\u00A0]+(?:\p{Ll}{3,}ed|was|were|is|saw|brought|began|came|proved)(?![\p{L}])/u.test(whole.slice(offset + m.length))) return m;
    const after = whole.slice(offset + m.length);
    // « signés ce mardi, deuxième jour de la visite » (reading 135): the date a phrase describes stays.
    if (!m.startsWith(",") && /^,/u.test(after) && DATE_APPOSITION.test(after.slice(1)) && !OBJECT_AFTER_COMMA.test(after)) return m;
    // « … a frappé ce mardi 25 mars, l'océan au large … » (reading 129: « a frappé, l'océan »): a
    // comma closing the time before the verb's object goes with it.
    // Not when a clause of its own follows (« …, un camion l'a percuté »).
    // Not before an attribution: "… off Puerto Rico this morning, the U.S. Coast Guard said"
    // (reading 158: « Puerto Rico the U.S. Coast Guard said »).
    if (!m.startsWith(",") && OBJECT_AFTER_COMMA.test(after) && !ATTRIBUTION_AFTER[lang].test(after) && !hasVerb(after.slice(1).split(/[,;.]/u)[0], lang)) return "\u0000";
    // "struck early Monday, near the city of Dingxi" (reading 165: "struck, near"), « signé le 27
    // juin, entre le président … » (reading 158): the comma closing the time before a place or a
    // complement goes with it too.
    if (!m.startsWith(",") && PREPOSITION_AFTER_COMMA[lang].test(after) && !/,[\s\u00A0]*$/u.test(whole.slice(0, offset))) return "\u0000";
    // « … à Farnborough, mercredi, démontrant … » (reading 129: the comma lost): a participle after
    // the pair keeps one comma.
    if (m.startsWith(",") && /^,[\s\u00A0]+\p{Ll}+(?:ant|ing)(?![\p{L}])/u.test(after)) return "";
    return m.startsWith(",") && whole[offset + m.length] === "," ? "\u0000" : "";
  }).replace(/\u0000,/gu, "").replace(/\u0000/gu, "");
  // "until 8 p.m. Monday." cut to "until 8 p.m.." (reading 183): an abbreviation's point ends the sentence.
  return cut(cut(text)).replace(/,[\s\u00A0]*,/gu, ",").replace(/,([”"»’])[\s\u00A0]*,/gu, ",$1")
    .replace(/,[\s\u00A0]*([.!?…])$/u, "$1").replace(/(?<=\p{L}\.)\.$/u, "").replace(SINCE_THEN[lang], "");
}

/**
 * « Deux foyers ont depuis été identifiés », "have since been found": "since then" counted from a
 * sentence before, meaningless in a question (reading 126: « combien de foyers ont depuis été … »).
 */
const SINCE_THEN: Record<Language, RegExp> = {
  fr: new RegExp(`(?<=(?:^|${S})(?:a|ont|avait|avaient|est|sont|était|étaient|aura|auront))${S}+depuis(?=${S}+(?:été|\\p{Ll}+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|it|ert|erts)(?![\\p{L}])))`, "gu"),
  en: new RegExp(`(?<=(?:^|${S})(?:has|have|had))${S}+since(?=${S}+(?:been|\\p{Ll}+(?:ed|en|wn)(?![\\p{L}])))`, "gu"),
};

/** ", ce qui …", ", which …", ", notamment …": a tail that comments on the statement. */
const TAIL: Record<Language, RegExp> = {
  fr: new RegExp(`,${S}+(?:ce${S}+qui|ce${S}+que|qui|dont|où|alors${S}+que|tandis${S}+que|soit|notamment|en${S}+\\p{Ll}+ant)(?![\\p{L}])[^,;:]*$`, "iu"),
  en: new RegExp(`,${S}+(?:which|who|where|while|whereas|including)(?![\\p{L}])[^,;:]*$`, "iu"),
};
/** ", qui fabrique les rames à Kassel, " between a subject and its verb: a relative apposition. */
const MID_RELATIVE = new RegExp(`,${S}+(?:qui|dont|which|who|whose)(?![\\p{L}])[^,;:«»“”"()]{1,90},${S}+(?=\\p{Ll})`, "giu");
/**
 * « selon les estimations », "according to preliminary results": what qualifies a figure as an
 * estimate is part of the statement, not who reported it (reading 83: projected seats read as fact).
 */
export const ESTIMATE_SOURCE = {
  // « selon un sondage de sortie des urnes » (reading 94: cut, the exit poll's seats read as the result).
  fr: `(?:(?:les|des|de${S}+premières|de${S}+premiers)${S}+(?:premières${S}+|premiers${S}+)?(?:estimations|projections|résultats|sondages|prévisions|chiffres${S}+provisoires)|(?:un|une|le|la)${S}+(?:premier${S}+|première${S}+)?(?:sondage|estimation|projection|prévision))`,
  en: `(?:(?:an?|the)${S}+)?(?:(?:early|preliminary|first|partial|unofficial|exit)${S}+)?(?:estimates?|projections?|results|polls?|forecasts?|returns)`,
};

/** ", selon la police.", ", said the minister.": who reported it — cut only when it closes the sentence. */
const REPORTER_TAIL: Record<Language, RegExp> = {
  // « …, a-t-on appris auprès des secours. » (reading 63): where the writer learnt it.
  fr: new RegExp(`,${S}+(?:(?:selon|d['’]après)(?!${S}+${ESTIMATE_SOURCE.fr})|a-t-(?:il|elle)|ont-(?:ils|elles)|a-t-on${S}+(?:appris|indiqué|précisé)|apprend-on|indique|précise|souligne|explique|ajoute|annonce|(?:a|ont)${S}+(?:indiqué|précisé|souligné|expliqué|ajouté|annoncé|déclaré))(?![\\p{L}])[^,;:«»“”"()]{0,80}$`, "iu"),
  // ", said the minister"; ", Secretary of Agriculture Sonny Perdue announced." (reading 37: a key
  // made the longest option by its attribution).
  // "… leaving all six occupants dead according to local authorities.": "according to" needs no comma.
  en: new RegExp(`(?:,${S}+|${S}+(?=according${S}+to${S}))(?:(?:according${S}+to(?!${S}+${ESTIMATE_SOURCE.en})|said|says|added|announced)(?![\\p{L}])[^,;:“”"()]{0,80}|(?:\\p{Lu}[\\p{L}.'’-]*${S}+|(?:of|the|for)${S}+){1,8}(?:said|says|announced|added)[.!]?)$`, "u"),
};

/** French verbs of saying and doing in the present, whose "-e" ending no suffix rule can tell from a noun's. */
const FR_PRESENT = /^(?:estime|affirme|annonce|déclare|indique|explique|souligne|rappelle|précise|ajoute|demande|dénonce|salue|assure|juge|considère|pense|prévoit|propose|présente|reconnaît|refuse|accepte|confirme|souhaite|appelle|devient|dit|met|prend|quitte|rejoint|remporte|signe|lance|inaugure)$/iu;
/** Nouns in "-ent" that the finite-verb pattern would take for a verb. */
const NOT_VERB_ENT = /(?:ment|président|agent|parent|client|patient|accident|incident|continent|talent|argent|représentant|dirigeant|habitant|étudiant)$/iu;

/** Does this text open on a finite verb ("s'est rendu", "a déclaré", "said", "announced")? */
function opensOnVerb(text: string, lang: Language): boolean {
  const first = /^[^\s\u00A0,;:]+/u.exec(text)?.[0] ?? "";
  if (!first || NOT_VERB_ENT.test(first)) return false;
  if (lang === "fr" && (FR_PRESENT.test(first) || /^(?:se|s['’]\p{L}+|ne|n['’]\p{L}+)$/iu.test(first))) return true;
  return FINITE[lang].test(` ${first} `);
}

/** A clause keeps a finite verb: a cut that leaves « Un avion de la compagnie Germanwings » is no statement. */
export function hasVerb(text: string, lang: Language): boolean {
  // French present tenses (« se déclare », « les pompiers maîtrisent ») from the Lefff forms, read in context.
  return FINITE[lang].test(text) || (lang === "fr" && (text.split(/[\s\u00A0]+/u).some((w) => FR_PRESENT.test(w)) || hasFrenchPresent(text)));
}

/** The text without leading spaces, opening on a capital. */
export function capitalised(t: string): string {
  return t.replace(/^[\s\u00A0]+/u, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

function closed(t: string): string {
  const u = t.replace(/[\s\u00A0,;:]+$/u, "");
  return /[.!?…»”"]$/u.test(u) ? u : `${u}.`;
}

/**
 * The statement a sentence makes, shortened: the subject, the verb and what it bears on.
 * Returns the input (trimmed) when no cut leaves a usable statement.
 */
/**
 * Someone's words are never shortened: every quotation left in `shown` is written word for word in
 * `original` (reading 44: « ne sera achevé que mardi dans la soirée » lost its « mardi » to the
 * cut of deictic times, a misquotation).
 */
export function quotesIntact(original: string, shown: string): boolean {
  for (const m of shown.matchAll(/«[\s\u00A0\u202F]*([^«»]+?)[\s\u00A0\u202F]*»|“([^“”]+)”|"([^"]+)"/gu)) {
    const inner = (m[1] ?? m[2] ?? m[3]).trim();
    if (!original.includes(inner)) return false;
  }
  return true;
}

/** A frame ending on a person (« par le propriétaire actuel, », "by its founder,"): the name after it is theirs. */
const PERSON_NOUN_END = /(?<![\p{L}])(?:propriétaire|fondateur|fondatrice|acheteur|acheteuse|directeur|directrice|président|présidente|maire|auteur|autrice|owner|founder|buyer|director|president|mayor|author|chairman|chairwoman)(?:[\s\u00A0]+\p{Ll}+)?,[\s\u00A0]*$/iu;

/** A subject and its relative clause, nothing else: "Bercow, who became speaker in June 2009" (no verb before the comma). */
const SUBJECT_AND_RELATIVE = /^([^,;:]+),[\s\u00A0]+(?:who|which|whose|qui|dont|où)(?![\p{L}])[^;:]*$/iu;

export function compressStatement(text: string, lang: Language, minWords = 6, year?: number): string {
  // "THE Philippine Coast Guard has rescued …" (reading 75): a newspaper's capitals on the first word.
  // "ELEVEN miners trapped …" (reading 80): a number written in capitals too.
  let t = text.trim().replace(/^(?:THE|AN|LE|LA|LES|UN|UNE)(?=[\s\u00A0]+\p{Lu}\p{Ll})/u, (w) => w[0] + w.slice(1).toLowerCase())
    .replace(/^\p{Lu}{3,}(?=[\s\u00A0]+\p{L})/u, (w) => (NUMBER_WORDS[lang][w.toLowerCase()] !== undefined ? w[0] + w.slice(1).toLowerCase() : w))
    // "today Tuesday.." (reading 80): a doubled full stop is a typing slip, not an ellipsis.
    .replace(/(?<!\.)\.\.(?!\.)/gu, ".");
  const original = t;
  const keep = (next: string) => wordCount(next) >= minWords && /^[\p{Lu}\d«“"]/u.test(capitalised(next)) && balanced(next) && quotesIntact(original, next);
  // Parentheses: an aside by construction.
  // Not a word in capitals inside a name: "the Goods and Services Tax (Abolition) Bill 2018" (reading
  // 166: cut, the bill's meaning changed).
  const noParens = t.replace(/[\s\u00A0]*\([^()]{1,120}\)/gu, (m: string, offset: number, whole: string) =>
    /\p{Lu}[\p{L}-]*$/u.test(whole.slice(0, offset)) && /^[\s\u00A0]*\((?:\p{Lu}\p{Ll}[\p{L}-]*[\s\u00A0]?){1,3}\)$/u.test(m) &&
    /^[\s\u00A0]+(?:\p{Lu}|(?:19|20)\d\d(?!\d))/u.test(whole.slice(offset + m.length)) ? m : "");
  if (keep(noParens)) t = noParens;
  // « 57'000 inscrits - mais probablement moins de 50'000 partants -, ce qui … » (reading 74): an
  // aside between spaced dashes is a parenthesis too; cutting the tail after it left "partants -.".
  const noDashes = t.replace(/[\s\u00A0]+[-–—][\s\u00A0]+[^-–—()]{1,120}?[\s\u00A0]+[-–—](?=[\s\u00A0,.;])/gu, "");
  if (keep(noDashes)) t = noDashes;
  // Two frames at most ("Le 5 juillet 2012, à 23h36, …"). A frame naming a place or an actor
  // ("In Tasmania, …", « Pour lui, … ») says where or whose: kept.
  for (let k = 0; k < 2; k++) {
    const frame = FRAME[lang].exec(t);
    if (!frame || CLAUSE_IN_FRAME[lang].test(frame[0].slice(0, -2)) || !keep(t.slice(frame[0].length))) break;
    const names = frame[0].slice(1).match(/(?<![\p{L}'’])\p{Lu}[\p{L}-]*/gu) ?? [];
    if (names.some((w) => !CALENDAR.test(w))) break;
    if (otherTime(frame[0], year)) break;
    // « Dans le cadre de l'enquête sur les attentats survenus les 7, 8 et 9 janvier, … »: that comma
    // is inside a list of figures, not the end of the frame (reading 33: an option opening on « 8 et 9 janvier »).
    if (LIST_GOES_ON.test(t.slice(frame[0].length))) break;
    // « Ce mercredi, se déroulait le match … »: after the frame the subject is inverted; without it
    // the sentence would open on its verb.
    if (opensOnVerb(t.slice(frame[0].length), lang)) break;
    // « Lors de son rachat par le propriétaire actuel, Nicolas de Laâge de Meux, le château … »
    // (reading 86): a name set between commas after a frame ending on a person is that person;
    // cut, it would read as the subject.
    if (PERSON_NOUN_END.test(frame[0]) && /^\p{Lu}[^,;:]{1,50},[\s\u00A0]+\p{Ll}/u.test(t.slice(frame[0].length))) break;
    t = capitalised(t.slice(frame[0].length));
  }
  const noDeictic = withoutDeicticTime(t, lang);
  if (keep(noDeictic) && hasVerb(noDeictic, lang)) t = noDeictic;
  // "… at Blue Mountain Sports Arena here." (reading 53): a wire dateline's "here" after a place
  // names a place the reader was never told.
  if (lang === "en") t = t.replace(/(?<=\p{Lu}[\p{L}'’.-]*)[\s\u00A0]+here(?=[,.;:!?]|$)/u, "");
  for (const re of [REPORTER_TAIL[lang], TAIL[lang]]) {
    const tail = re.exec(t);
    // "Bercow, who became speaker in June 2009, announced his departure" (reading 78): a cut that
    // leaves a subject and its relative clause has cut the sentence's own verb.
    const left = tail ? SUBJECT_AND_RELATIVE.exec(t.slice(0, tail.index)) : null;
    if (left && !hasVerb(left[1], lang)) continue;
    // ", said the minister" closes a statement; ", said the plan would cut …" is the sentence's own
    // verb and its clause, and cutting it leaves a subject alone.
    if (re === REPORTER_TAIL[lang] && tail && /^,[\s\u00A0]+(?:said|says|added|announced)(?![\p{L}])/u.test(tail[0]) &&
      hasVerb(tail[0].replace(/^,[\s\u00A0]+\S+/u, ""), lang)) continue;
    if (tail && keep(t.slice(0, tail.index)) && hasVerb(t.slice(0, tail.index), lang)) t = t.slice(0, tail.index);
  }
  const noRelative = t.replace(MID_RELATIVE, (all, offset: number, whole: string) =>
    opensOnVerb(whole.slice(offset + all.length), lang) ? " " : all);
  if (keep(noRelative)) t = noRelative;
  const noApposition = withoutAppositions(t, lang);
  if (keep(noApposition)) t = noApposition;
  return closed(t);
}

/**
 * ", garde des Sceaux, ministre de la Justice, " after a subject name, before its verb: one to
 * three short comma segments, each a role without a verb of its own, followed by a word that can
 * open a predicate. The longest such run is cut.
 */
function withoutAppositions(t: string, lang: Language): string {
  for (const m of t.matchAll(NAME_COMMA)) {
    const at = m.index! + m[0].length;
    if (AFTER_PREPOSITION.test(t.slice(0, m.index))) continue;
    const segments = t.slice(at).split(",");
    for (let k = Math.min(3, segments.length - 2); k >= 1; k--) {
      const inner = segments.slice(1, k + 1);
      const after = segments.slice(k + 1).join(",").replace(/^[\s\u00A0]+/u, "");
      const fine = inner.every((x) => wordCount(x) >= 1 && wordCount(x) <= 8 && !/[;:«»“”"()]/u.test(x) &&
        !VERB_IN_APPOSITION[lang].test(x) && !COORDINATOR.test(x)) && ROLE_LIKE.test(inner[0]) &&
        /^\p{Ll}/u.test(after) && !NOT_A_VERB[lang].test(after) && opensOnVerb(after, lang);
      // « le président de la République, Emmanuel Macron, accompagné de …, a déposé »: the name is
      // itself an apposition, and its closing comma stays (reading 35).
      if (fine) return `${t.slice(0, at)}${IS_APPOSITION.test(t.slice(0, m.index)) ? "," : ""} ${after}`;
    }
  }
  return t;
}

function balanced(t: string): boolean {
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  return count(/«/g) === count(/»/g) && count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0 && count(/\(/g) === count(/\)/g);
}
