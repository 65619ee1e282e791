// Whether a sentence leans on the one before it: a pronoun or a demonstrative opening it, a word
// standing for a noun named earlier (« Certains … », "None …", « y ont pris part », "the rest"), a
// connective (« alors », "then", « en effet », "however"), or a bare place noun ("the town"). An
// option that leans back cannot be read alone: main-idea options and the claims of a stance
// question are both checked here (readings 25, 31, 34, 38, 40, 42, 43, 45).
import type { Language } from "./contract";
import { TIME_NOUN } from "./clauses";
import { COUNTRIES } from "./knowledge/countries";
import { gazCountry } from "./distractors/countries";
import { isLexiconCity } from "./entity-kinds";
import { SINGULAR_IN_S } from "../analysis/lexicon/french-genders";

/** "À compter de cette date, …", "After this decision, …"; "that" only opening the sentence ("… revealed that a defector …" is a conjunction). */
// « Un chiffre vertigineux mais qui ne représente qu'une fraction du besoin » (reading 150), "A
// figure that …": an indefinite figure or sum opening the sentence comments on one given before.
const POINTS_BACK = new RegExp(`^[^,]{0,30}(?<![\\p{L}])(?:cette|ce|cet|ces|this|these|those)[\\s\\u00A0](?!${TIME_NOUN})|^that[\\s\\u00A0]|^(?:un|une|a|an)[\\s\\u00A0]+(?:chiffre|nombre|montant|somme|total|bilan|figure|number|sum|amount|toll)(?![\\p{L}])(?![\\s\\u00A0]+(?:of|de|d['’]|des|du)(?![\\p{L}]))`, "iu");

const OPENS_ON_REFERENCE: Record<"fr" | "en", RegExp> = {
  // Possessives too: « Sa masse au décollage est de 2037 kg » names nothing on its own. « Si cela se
  // confirmait, … » (reading 164), "If so, …": a condition on what the sentence before said. « Un
  // second passage … » (reading 165), "A second …": the first is in another sentence.
  fr: new RegExp(`^(?:(?:\\d+|un|une|deux|trois|quatre|cinq|plusieurs|certains|certaines|la[\\s\\u00A0]+plupart|l['’]un|l['’]une|aucun|aucune)[\\s\\u00A0]+(?:de|d['’])[\\s\\u00A0]*(?:ses|leurs|son|sa|leur)|il|elle|ils|elles|on|cela|ce|c['’]|cette|ces|cet|lui|leur|leurs|son|sa|ses|explique|ajoute|précise|souligne|poursuit|conclut|insiste|rappelle|ensuite|puis|mais|et|or|en outre|de plus|par ailleurs|par la suite|dès lors|sans oublier|même[\\s\\u00A0]+(?:phénomène|chose|constat|tendance|situation|scénario)|dans (?:le|la) (?:premier|première|second|seconde|deuxième|dernier|dernière) cas|dans les deux cas|en pareil cas|pourtant|cependant|toutefois|néanmoins|en revanche|par contre|en effet|d['’]ailleurs|du coup|de (?:son|leur) côté|pour (?:sa|leur) part|quant à (?:lui|elle|eux|elles)|à (?:son|leur) tour|alors(?![\\s\\u00A0]+qu)|ainsi|donc|par conséquent|de même|selon lui|selon elle|(?:ceux|celles|celui|celle)-(?:ci|là)|ces derni(?:er|ère)s|l['’][\\s\\u00A0]?autre|les[\\s\\u00A0]+(?:deux|trois|quatre)[\\s\\u00A0]+autres|un(?:e)?[\\s\\u00A0]+autre|peu[\\s\\u00A0]+(?:avant|après)(?=,)|le[\\s\\u00A0]+lendemain|la[\\s\\u00A0]+veille|les[\\s\\u00A0]+(?:deux|trois|quatre|cinq)(?=[\\s\\u00A0]+(?!premi|derni|dernières|tiers|quarts)\\p{Ll})|(?:avant|après|depuis|malgré|outre)[\\s\\u00A0]+(?:cela|ça|ceci|lui|elle|eux)|(?:là|ici)[\\s\\u00A0]+(?:encore|aussi)|si[\\s\\u00A0]+(?:cela|ça|ceci|c['’]est[\\s\\u00A0]+le[\\s\\u00A0]+cas)|une?[\\s\\u00A0]+(?:second|seconde|deuxième|troisième))(?![\\p{L}'’])(?![\\s\\u00A0]+${TIME_NOUN})`, "iu"),
  // "Before that, the United States won …": a time or a contrast told from the sentence before (reading 25).
  // "Specifically, …", "Additionally, …", « Alors, … »: a connective ties the sentence to the one
  // before (reading 40).
  // "The other death was …", "Another case …" (reading 57): the one before is named elsewhere.
  // "Explains João Faria, a researcher …" (reading 66): the attribution of the quotation before.
  // « Deux de ses complices … », "Two of his accomplices …" (reading 75): whose, the sentence does not say.
  en: /^(?:he|she|they|it|its|his|her|their|this|that|these|those|there|then|but|and|also|however|meanwhile|in addition|specifically|additionally|moreover|furthermore|similarly|likewise|consequently|therefore|thus|instead|thereafter|afterwards?|not to mention|the same (?:goes|is true|applies|happened)|in the (?:first|second|former|latter) case|in (?:both|either) cases?|in such cases?|subsequently|hence|nevertheless|nonetheless|accordingly|(?:later|still|as a result|as such|in response|in turn|by then|even so|by contrast|in contrast|on the other hand)(?=,)|according to (?:him|her|them)|the latter|the former|the other|another|which|(?:\d+|one|two|three|four|five|several|some|many|most|none|both|each)[\s\u00A0]+of[\s\u00A0]+(?:his|her|their|its)|said|says|added|adds|explained|explains|noted|continued|continues|concluded|concludes|stressed|insisted|insists|(?:about|some|nearly|around|at least|more than|over)?[\s\u00A0]*\d[\d,.]*[\s\u00A0]+others|the (?:two|three|four) others?|the (?:two|three|four|five)(?= (?!percent|per cent|of)\p{Ll})|shortly (?:before|after|afterwards?)(?=,)|moments? (?:later|earlier)|(?:a|one) (?:day|week|month|year) (?:later|earlier)|the (?:next|following|previous) (?:day|morning|afternoon|evening|night|week|month|year)|the day before|(?:before|after|since|despite|besides|unlike)[\s\u00A0]+(?:that|this|these|those|then|him|her|them)|if[\s\u00A0]+(?:so|confirmed|true|that|this)(?=[\s\u00A0,])|a[\s\u00A0]+(?:second|third))(?![\p{L}'’])/iu,
};

/**
 * « La seconde, prélevée en l'état, … », « Certains ont été … », "Both were taken …", "Some of
 * them …": a quantifier or an ordinal standing for a noun of the sentence before — an option
 * nobody can read alone (reading 31). Before a noun it is a determiner (« Plusieurs communautés »).
 */
const STANDS_FOR_NOUN: Record<"fr" | "en", RegExp> = {
  fr: /^(?:(?:[\p{L}'’-]+[\s\u00A0]+){1,3}?(?:estiment|estime|pensent|pense|croient|croit|disent|dit|affirment|affirme)[\s\u00A0]+qu(?:e[\s\u00A0]+|['’]))?(?:(?:certain|certaine|plusieurs|chacun|chacune|aucun|aucune|la plupart|l['’]un|l['’]une|les uns|les unes|d['’]autres|la|le|les)[\s\u00A0]*)?(?:(?<=^(?:la|le|les)[\s\u00A0]*)(?:second|seconde|seconds|secondes|premier|première|premiers|premières|deuxième|troisième|dernier|dernière|derniers|dernières)|certains|certaines|plusieurs|chacun|chacune|aucun|aucune|la plupart|l['’]un|l['’]une|les uns|les unes|d['’]autres)(?=[\s\u00A0]*,|[\s\u00A0]+(?:(?:d['’]entre|sont|ont|est|a|se|ne|en[\s\u00A0]+date)(?![\p{L}])|s['’]|n['’]))/iu,
  // "None greater than a magnitude of 3.6, have struck …" (reading 43): "none" stands for the noun before.
  // « Le dernier en date signé en décembre … » (reading 158) too.
  // "Scientists believe each is thinner than a hair" (reading 153): after a frame of belief or saying too.
  en: /^(?:(?:[\p{L}'’-]+[\s\u00A0]+){1,3}?(?:believe|believes|believed|say|says|said|think|thinks|estimate|estimates|estimated)[\s\u00A0]+(?:that[\s\u00A0]+)?)?(?:(?:some|many|several|most|others|both|each|neither|either|the first|the second|the third|the last|the latter|the former)(?=[\s\u00A0]*,|[\s\u00A0]+(?:of[\s\u00A0]+(?:them|these|those|us)|were|are|was|is|have|had|say|said|also)(?![\p{L}]))|none(?![\p{L}]))/iu,
};

/**
 * « … et d'autres unités y ont pris part », « Le reste était expédié vers le Caucase »: a clitic
 * « y » or « en » before the verb, or "the rest", stands for what the sentence before named
 * (reading 38: two main-idea options nobody can read alone).
 */
// « … l'a donc autorisé à poursuivre », « … lui a remis » (reading 40): an object pronoun before
// the verb stands for someone named before too.
const STANDS_FOR_BEFORE: Record<"fr" | "en", RegExp> = {
  // « Des vols vont avoir lieu pour en être sûr » (reading 155): « en être », « en avoir » say of a
  // state the sentence before described (« afin d'y intégrer » may point inside its own sentence).
  fr: /(?<![\p{L}'’])(?:(?:y|en)[\s\u00A0]+|l['’]|(?:les|lui|leur)[\s\u00A0]+)(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|va|vont|aura|auront)(?![\p{L}])|^(?:le|du)[\s\u00A0]+reste(?![\p{L}])|(?<![\p{L}'’])(?:pour|sans|d['’])[\s\u00A0]*en[\s\u00A0]+(?:être|avoir)(?![\p{L}])/iu,
  en: /^(?:the[\s\u00A0]+rest|the[\s\u00A0]+remainder)(?![\p{L}])/iu,
};

/**
 * "The conflict over who will be prime minister, though, remains unresolved", "… says that
 * includes reduced capital flows": a contrast set between commas, or "that" standing for what was
 * said before, ties the sentence to the one before it (reading 34: two options nobody can read alone).
 */
// « Le skiff a alors pu reprendre sa route » (reading 40): "then" after the auxiliary continues a
// story told in the sentences before.
const LINKS_BACK: Record<"fr" | "en", RegExp> = {
  // « … noient alors les foyers », « Alors que celui-ci représentait … » (reading 42): "then" after
  // a verb, or a demonstrative pronoun, anywhere in the sentence.
  // « … n'était plus repassé sous la barre des 10 % depuis lors » (reading 124): since a time told before.
  // « La Belgique évite ainsi une nouvelle crise » (reading 149): "thereby" after a verb ties the
  // sentence to the one before (« ainsi que », "as well as", does not).
  fr: new RegExp(String.raw`(?<![\p{L}'’])\p{Ll}{2,}[\s\u00A0]+ainsi(?![\p{L}])(?![\s\u00A0]+qu)|(?<![\p{L}])depuis[\s\u00A0]+lors(?![\p{L}])|(?<![\p{L}])(?:a|ont|avait|avaient|est|sont|était|étaient)[\s\u00A0]+(?:alors|ensuite|donc|aussitôt|finalement)(?![\p{L}])|(?<![\p{L}'’])(?:\p{Ll}+(?:ent|e|it|ut|a))[\s\u00A0]+alors(?![\p{L}])(?![\s\u00A0]+qu)|(?<![\p{L}])(?:celui|celle|ceux|celles)-(?:ci|là)(?![\p{L}])|,[\s\u00A0]*(?:pourtant|cependant|toutefois|néanmoins|en revanche|par contre|quant à (?:lui|elle|eux|elles)|elle aussi|lui aussi|eux aussi|elles aussi|donc)[\s\u00A0]*,|` +
    // « … ont en effet conservé le trophée » restates or explains the sentence before (reading 45:
    // an option that said the key again).
    String.raw`(?<![\p{L}])en[\s\u00A0]+effet(?![\p{L}])|(?<![\p{L}])pas[\s\u00A0]+(?:les|la|le)[\s\u00A0]+seule?s?(?![\p{L}])`, "iu"),
  en: new RegExp(String.raw`(?<![\p{L}])(?:thus|thereby)[\s\u00A0]+\p{Ll}+(?:s|ed)(?![\p{L}])|(?<![\p{L}])(?:was|were|had|has|have|is|are)[\s\u00A0]+then(?![\p{L}])|(?<![\p{L}])the[\s\u00A0]+(?:latter|former)(?![\p{L}])|,[\s\u00A0]*(?:though|however|meanwhile|instead|therefore|too|as well|in turn|by contrast|in contrast|on the other hand|for (?:his|her|its|their) part)[\s\u00A0]*,|(?<![\p{L}])(?:says|said|adds|added|notes|noted|explains|explained|warns|warned)[\s\u00A0]+that[\s\u00A0]+(?:is|was|includes|included|means|meant|has|had|would|will|could|can|may|might)(?![\p{L}])|` +
    // "The Soyuz crew members are not the only ones making headlines" (reading 49): a transition to
    // what follows, about what came before.
    String.raw`(?<![\p{L}])(?:indeed|in[\s\u00A0]+fact|not[\s\u00A0]+the[\s\u00A0]+only[\s\u00A0]+ones?)(?![\p{L}])`, "iu"),
};

/**
 * "visited the town to survey the damage", « a visité la ville » (reading 45): a place noun with
 * no name after it stands for a place named before; « sur place » is an idiom, not a reference.
 * Case-sensitive: under /i, \p{Lu} would match any letter.
 */
const PLACE_BACK: Record<"fr" | "en", RegExp> = {
  fr: /(?<![\p{L}'’])(?:[lL]a[\s\u00A0]+ville|[lL]e[\s\u00A0]+village|[lL]a[\s\u00A0]+commune|[lL]es[\s\u00A0]+lieux)(?![\p{L}'’])(?![\s\u00A0]+(?:de|d['’]|du|des)(?![\p{L}]))(?![\s\u00A0]+\p{Lu})/u,
  en: /(?<![\p{L}])[tT]he[\s\u00A0]+(?:town|city|village|area|scene|state|county|province)(?![\p{L}'’])(?![\s\u00A0]+(?:of|council|hall|centre|center|manager|government|police|officials|authorities|limits|mayor|residents|streets|department|health|legislature|senate|house|assembly|university|park|prison|court|capital|attorney|secretary|board|agency|media|highway|patrol|troopers?|elections?|budget|line|border|roads?|schools?|hospitals?|sheriff|jail|commission|prosecutor|commissioners?|fair|seat|executive|emergency)(?![\p{L}]))(?![\s\u00A0]+\p{Lu})/u,
};

/**
 * « Neuf autres victimes … », « Parmi les cinq autres personnes … », "Nine other victims …" opening
 * the sentence (readings 82 and 100): the others of a group the sentence before counted (not « une
 * passagère et 42 autres personnes », counted inside); « leur expédition », « leur progression »
 * as the subject (reading 92): whose, an earlier sentence says; « Non loin, … », « … par ailleurs »
 * (readings 92 and 106): where, or besides what, another sentence tells.
 */
const OTHERS_OF_BEFORE: Record<Language, RegExp> = {
  fr: /(?:^(?:parmi[\s\u00A0]+)?(?:les[\s\u00A0]+|ces[\s\u00A0]+)?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|plusieurs|les|ces)[\s\u00A0]+autres|(?<![\p{L}'’])(?<=^|,[\s\u00A0]+)leurs?(?=[\s\u00A0]+\p{Ll}{3,})|non[\s\u00A0]+loin|par[\s\u00A0]+ailleurs)(?![\p{L}'’])/iu,
  // "Now dark, the two other hikers decided …" (reading 124).
  en: /(?:^(?:among[\s\u00A0]+)?(?:the[\s\u00A0]+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|several|the)[\s\u00A0]+others?|(?<![\p{L}])the[\s\u00A0]+(?:two|three|four|five|six|\d+)[\s\u00A0]+other[\s\u00A0]+\p{Ll}+|(?<![\p{L}'’])not[\s\u00A0]+far[\s\u00A0]+away|nearby,)(?![\p{L}'’])/iu,
};

/**
 * "its 'here' makes no sense out of context" (reading 102), "'the same place' has no referent"
 * (reading 107): a place or a time named only as the one of another sentence. « sur place » is an
 * idiom.
 */
const CONTEXT_PLACE: Record<Language, RegExp> = {
  fr: /(?<![\p{L}'’])(?:ici|au[\s\u00A0]+même[\s\u00A0]+(?:endroit|moment|lieu)|(?:le|la)[\s\u00A0]+même[\s\u00A0]+(?:jour|journée|soirée|nuit|année|semaine|heure|endroit|lieu))(?![\p{L}'’])/iu,
  en: /(?<![\p{L}'’])(?:[hH]ere|[tT]he[\s\u00A0]+same[\s\u00A0]+(?:place|day|night|time|spot|location|site|year|week|month))(?![\p{L}'’])/u,
};

/**
 * « L'Américaine s'est imposée … » (reading 109): in French a capitalised nationality after a
 * singular article is a person, and as the subject with no name after it, someone an earlier
 * sentence names (« La Française Tessa Worley … » names her; « Les Suisses ont voté » is a people).
 */
const DEMONYMS: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.demonyms ?? []).map((d) => d.toLowerCase()));
const NATIONALITY_SUBJECT = /^(?:[lL]['’]|[lL][ea][\s\u00A0]+)(\p{Lu}\p{Ll}+)(?=[\s\u00A0]*,|[\s\u00A0]+(?:\p{Ll}|[sn]['’]))/u;

function nationalitySubject(text: string, lang: Language): boolean {
  const m = lang === "fr" ? NATIONALITY_SUBJECT.exec(text) : null;
  if (!m) return false;
  const w = m[1].toLowerCase();
  if (DEMONYMS.has(w) || (w.endsWith("e") && DEMONYMS.has(w.slice(0, -1)))) return true;
  // Beyond the knowledge base's countries: the endings of French nationalities (« L'Italienne »,
  // « La Suédoise », « L'Allemande », « Le Norvégien »), where the word names no country or city
  // (« L'Ukraine a annoncé », « La Lorraine »).
  return /(?:ain|aine|ien|ienne|ais|aise|ois|oise|and|ande|ol|ole|ète)$/u.test(w) && !gazCountry(m[1]) && !isLexiconCity(m[1]) &&
    !/^(?:lorraine|touraine|maine|aquitaine|seine|vienne|moselle|ain|sologne|bretagne)$/u.test(w);
}

/**
 * "A €50 million ransom was demanded for their return" (reading 114): "their" with no plural before
 * it in the sentence (a noun in -s, "they", two names joined by "and") stands for people named before.
 */
const NOT_PLURAL = /^(?:was|has|is|this|his|its|us|thus|plus|less|unless|across|gas|bus|news|as|yes|always|perhaps|whereas|besides|towards|afterwards|sometimes|series|species|means)$/iu;

/** French words in -s or -x that are no plural nouns: function words, and singular nouns (SINGULAR_IN_S). */
const NOT_PLURAL_FR = /^(?:pas|plus|sous|dans|vers|après|depuis|alors|très|fois|mais|lors|dès|moins|puis|jamais|toujours|ailleurs|parfois|désormais|tous)$/iu;
const notPluralFr = (w: string) => NOT_PLURAL_FR.test(w) || SINGULAR_IN_S.has(w.toLowerCase());

function theirWithoutPlural(text: string, lang: Language): boolean {
  if (lang === "fr") return leurWithoutPlural(text);
  if (lang !== "en") return false;
  const m = /(?<![\p{L}'’])their(?![\p{L}'’])/iu.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  // "two fishermen from their sinking vessel", "NASA announced their spacecraft": an irregular
  // plural, or a name (organisations take "their" too), may be what "their" stands for.
  if (/(?<![\p{L}])(?:they|and|both|people|police|staff|crew|team|family|government|public|media|children|\p{L}*men)(?![\p{L}])/iu.test(before) ||
    /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])|[\s\u00A0]\p{Lu}\p{Ll}/u.test(before) || /^\p{Lu}{2,}/u.test(before)) return false;
  return !(before.match(/\p{L}{3,}s(?![\p{L}])/gu) ?? []).some((w) => !NOT_PLURAL.test(w));
}

/**
 * « La compagnie leur recommande de vérifier les horaires » (reading 169), « leur expédition »:
 * « leur » with no plural before it in the sentence (a noun in -s or -x, « ils », « eux », two
 * names joined by « et ») stands for people named before. French gives a single company or team
 * « son », not « leur », so a name before it does not answer for it.
 */
function leurWithoutPlural(text: string): boolean {
  const m = /(?<![\p{L}'’])leurs?(?![\p{L}'’])/iu.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  // « Pour la première fois depuis leur introduction en 2002, une nouvelle version des billets … »:
  // in an opening frame, « leur » may announce the plural of the clause after the comma.
  const comma = text.indexOf(",", m.index);
  if (!before.includes(",") && comma > 0 && /^(?:pour|depuis|après|avant|dans|lors|malgré|avec|en|par|sur|sous|à|au|aux|dès|pendant|durant|selon|grâce|afin|outre)(?![\p{L}])/iu.test(before) && (text.slice(comma).match(/\p{L}{2,}[sx](?![\p{L}])/gu) ?? []).some((w) => !notPluralFr(w))) return false;
  if (/(?<![\p{L}])(?:ils|elles|eux|et|chacun|chacune|nous|vous|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)(?![\p{L}])/iu.test(before)) return false;
  return !(before.match(/\p{L}{2,}[sx](?![\p{L}])/gu) ?? []).some((w) => !notPluralFr(w));
}

/** True when `text`, shown alone, points to something only an earlier sentence names. */
/**
 * « Si le premier, avec 17 députés élus, va pouvoir … » (reading 79), "While the latter …": an
 * ordinal after a linking word still stands for a noun of the sentence before.
 */
const ORDINAL_AFTER_LINK: Record<Language, RegExp> = {
  fr: /^(?:si|mais|et|alors[\s\u00A0]+que|tandis[\s\u00A0]+que|car|or|quant[\s\u00A0]+(?:au|à[\s\u00A0]+la))[\s\u00A0]+(?:(?:le|la|les)[\s\u00A0]+)?(?:premier|première|premiers|premières|second|seconde|seconds|secondes|deuxième|dernier|dernière|derniers|dernières)(?=[\s\u00A0]*,|[\s\u00A0]+(?:sont|ont|est|a|va|vont|peut|peuvent|doit|doivent|se|s['’]|ne|n['’])(?![\p{L}]))/iu,
  en: /^(?:if|but|and|while|whereas|as[\s\u00A0]+for)[\s\u00A0]+the[\s\u00A0]+(?:former|latter|first|second)(?=[\s\u00A0]*,|[\s\u00A0]+(?:is|are|was|were|has|have|had|will|would|can|could)(?![\p{L}]))/iu,
};

/**
 * « Trois minutes plus tard, … », "Two days later, …": a time counted from the sentence before;
 * "It's the first exoplanet …": a pronoun in a contraction (reading 80).
 */
// "The stream of rescued miners started about two hours later." (reading 101): closing the sentence too.
const COUNTED_FROM_BEFORE: Record<Language, RegExp> = {
  fr: /^(?:\p{L}+|\d+)[\s\u00A0]+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans|années)[\s\u00A0]+(?:plus[\s\u00A0]+tard|plus[\s\u00A0]+tôt|auparavant|après)(?![\p{L}])|(?<![\p{L}])(?:\p{L}+|\d+)[\s\u00A0]+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans|années)[\s\u00A0]+(?:plus[\s\u00A0]+tard|plus[\s\u00A0]+tôt|auparavant)[\s\u00A0]*[.!]?$/iu,
  en: /^(?:(?:\p{L}+|\d+)[\s\u00A0]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)[\s\u00A0]+(?:later|earlier|afterwards?|before)(?![\p{L}])|(?:it|that|he|she|there)['’]s(?![\p{L}])|they['’](?:re|ve|d)(?![\p{L}]))|(?<=[\s\u00A0])(?:\p{L}+|\d+)[\s\u00A0]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)[\s\u00A0]+(?:later|earlier|afterwards?)[\s\u00A0]*[.!]?$/iu,
};

/**
 * "… in the seventh game of the third, but …" (reading 118): an ordinal whose noun is left out
 * (the third set) takes it from a sentence before.
 */
const ELIDED_ORDINAL: Record<Language, RegExp> = {
  fr: /(?:(?<![\p{L}])(?:de|dans|pendant|lors[\s\u00A0]+de|après|avant)[\s\u00A0]+(?:la|le|l['’])[\s\u00A0]?(?:deuxième|troisième|quatrième|cinquième|sixième|seconde?)|(?<![\p{L}])du[\s\u00A0]+(?:deuxième|troisième|quatrième|cinquième|sixième|second))(?=[\s\u00A0]*[,.;:!?]|[\s\u00A0]+(?:et|mais|ou|quand|lorsque)(?![\p{L}]))/iu,
  en: /(?<![\p{L}])(?:of|in|during|after|before)[\s\u00A0]+the[\s\u00A0]+(?:second|third|fourth|fifth|sixth|seventh|next)(?=[\s\u00A0]*[,.;:!?]|[\s\u00A0]+(?:and|but|or|when|as)(?![\p{L}]))/iu,
};

/**
 * "The 91-year-old was present …" (reading 124), "The 20-year-old, who has gained …" (reading 183):
 * an age standing for a person named before (not "The 41-year-old Yatsenyuk").
 */
const AGE_FOR_PERSON = /^[Tt]he[\s\u00A0]+\d+-year-old(?:,|[\s\u00A0]+(?!\p{Lu}))/u;

export function pointsBack(text: string, lang: Language): boolean {
  return opensOnReference(text, lang) || LINKS_BACK[lang].test(text) || PLACE_BACK[lang].test(text) || STANDS_FOR_BEFORE[lang].test(text) || CONTEXT_PLACE[lang].test(text) || OTHERS_OF_BEFORE[lang].test(text) || nationalitySubject(text, lang) || theirWithoutPlural(text, lang) ||
    ELIDED_ORDINAL[lang].test(text) || (lang === "en" && AGE_FOR_PERSON.test(text));
}

/**
 * Only the openings of pointsBack: for a sentence whose option drops its opening frame, whether
 * that frame was what tied it to the sentence before (« Dans le premier cas, … », "Meanwhile, …").
 */
export function opensOnReference(text: string, lang: Language): boolean {
  // « Mathématiquement, cela suppose … » (reading 155), "Clearly, this means …": an opening adverb
  // and its comma put off the reference, they do not remove it.
  const adverb = /^\p{Lu}\p{Ll}+(?:ment|ly),[\s\u00A0]+(?=\p{Ll})/u.exec(text);
  if (adverb && opensOnReference(text.slice(adverb[0].length), lang)) return true;
  return OPENS_ON_REFERENCE[lang].test(text) || STANDS_FOR_NOUN[lang].test(text) || ORDINAL_AFTER_LINK[lang].test(text) || COUNTED_FROM_BEFORE[lang].test(text) || POINTS_BACK.test(text);
}

/** A quantifier or an ordinal standing for a noun of the sentence before (« La seconde, … », "Some were …"). */
export function standsForNoun(text: string, lang: Language): boolean {
  return STANDS_FOR_NOUN[lang].test(text);
}
