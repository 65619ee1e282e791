// Why a number question (a cloze on a figure, "how many …?") is not worth asking: the title, the
// prompt or arithmetic on what the prompt prints gives its key, or the figure is not the news's.
// Each rule names the reading that showed it; select.ts asks these before proposing a question.
import type { FullAnalysis, NumberMention } from "../analysis/types";
import { containsWords, foldWords } from "../analysis/fold";
import { NUMBER_WORDS } from "../analysis/lexicon/number-words";
import { MONTHS } from "../analysis/lexicon/calendar";
import { peopleRuns } from "../analysis/people-lists";
import { FINITE, wordCount } from "./clauses";
import { TOLL_UNITS } from "../analysis/lexicon/counted";
import { hasVerb } from "./compress";
import { countCue, isCalendarYear, numberValue, periodNamedIn, titleFigures, titleRoundsKey } from "./count-cues";
import type { Candidate } from "./template";

/** The first reason a question on a figure is not worth asking, or null. */
export function numberRefusal(a: FullAnalysis, c: Candidate): string | null {
  // A share's blank may sit in a cloze of any slot ("_____ des impôts …").
  if (complementOfHundred(c)) return "the other share of a whole is in the prompt";
  if (c.meta?.slot !== "number") return null;
  // "Algérie : 50 ans d'indépendance" and "Il y a tout juste _____ ans": the title prints the number.
  if (typeof c.answer === "string" && (titleNumbers(a).has(digitsOf(c.answer)) || titleHasValue(a, c.answer) || titleRoundsKey(a.title, c.answer, a.language))) return "answer given by the title";
  if (periodNamed(a, c)) return "the title or the prompt names the period";
  if (elapsedFromPromptDates(a, c)) return "the prompt's dates give the duration";
  if (partsAddUp(c, a.language) || twoCountsAddUp(c, a.language)) return "the prompt's parts add up to the answer";
  if (negatedClause(c, a.language)) return "a negative statement holds for other figures too";
  if (differenceGiven(c, a.language) || wholeLessParts(c, a.language)) return "the prompt's figures give the answer by a subtraction";
  if (productGiven(c, a.language)) return "the prompt's figures give the answer by a product";
  if (halfOfWhole(c, a.language)) return "the key is half of the whole the prompt prints";
  if (namedGroupCounted(a, c)) return "the article names each member of the group counted";
  if (membersListed(a, c)) return "the prompt lists each member of the group counted";
  if (bodyPartsCounted(a, c)) return "a body's parts count themselves";
  if (hedgedHalf(a, c)) return "a hedged half is the common phrase";
  if (boundUnderHeadline(a, c)) return "a lower bound the headline's figure passes";
  // "the birth of _____ cubs, a male and a female" (reading 192): the pair the prompt names counts itself.
  if (numberValue(String(c.answer), a.language) === 2 && /_____[^.;:]{0,60}?,[\s\u00A0]+(?:a|an|one|un|une)[\s\u00A0]+[\p{L}-]+[\s\u00A0]+(?:and|et)[\s\u00A0]+(?:a|an|one|un|une|l['’]autre|the[\s\u00A0]+other)(?![\p{L}])/iu.test(c.prompt)) return "the prompt lists what it counts";
  // "a bridge connecting _____ railway stations" keyed two (reading 192): what connects things
  // connects two ("between" has a rule of its own).
  if (numberValue(String(c.answer), a.language) === 2 && /(?<![\p{L}])(?:connecting|linking|joining|reliant|relie|reliait)[\s\u00A0]+(?:(?:the|les|ses|its)[\s\u00A0]+)?_____/iu.test(c.prompt)) return "two is what a link joins";
  // "Rangers rescued _____ local kayakers" keyed two, with "the pair" two sentences on (reading 167:
  // "guessable"; 5 of 10 such clozes rejected in readings 4–166, against 42 of 120 keyed two): a
  // pair the article names as such counts itself.
  if (numberValue(String(c.answer), a.language) === 2 && PAIR_WORDS.test(a.text.slice(0, c.evidence.start) + " " + a.text.slice(c.evidence.end))) return "the article calls them a pair";
  // "The airline also said it was ordering four _____ freighters" keyed 777 (reading 160): a figure
  // right after a count names a model or a series, it counts nothing.
  if (/(?<![\p{L}\d])(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze)[\s\u00A0]+_____(?![\s\u00A0]*(?:%|pour|per|percent|millions?|milliards?|billions?|mille|thousand))/iu.test(c.prompt)) return "the figure after a count is a name";
  // "The undefeated UW varsity _____ won" keyed eight (reading 183): a rowing crew is named by its
  // seats (varsity eight, coxless four, double sculls), no count the student reads for.
  if (/(?<![\p{L}])(?:varsity|coxless|coxed|lightweight|freshman|novice|quadruple)[\s\u00A0]+_____|_____-oared|_____[\s\u00A0]+(?:barré|sans[\s\u00A0]+barreur|de[\s\u00A0]+couple)(?![\p{L}])/iu.test(c.prompt)) return "the figure names a crew's boat";
  if (numberInsideAWord(c, a.language)) return "a word of the prompt holds the number";
  if (listCounted(c, a.language)) return "the prompt lists what it counts";
  // "a five-year, _____-month term" under "Gets Nearly 6-Year Term" (reading 149, rejected: 15 and
  // 12 offered): the months left over a count of years are under twelve and the headline rounds them.
  if (/(?<![\p{L}])(?:years?|ans?|années?)[\s\u00A0,]+(?:(?:and|et)[\s\u00A0]+)?_____[\s\u00A0-]+(?:months?|mois)(?![\p{L}])/iu.test(c.prompt)) return "blank is the months of a term in years and months";
  if (moneyWholeLessPart(c, a.language)) return "the prompt's figures give the answer by a subtraction";
  // « Parmi ceux-ci, 4 décès et _____ intoxications … »: the excerpt opens on what it counts
  // among, which the student does not see (reading 23).
  if (/[«“][\s\u00A0\u202F]*(?:…[\s\u00A0\u202F]*)?(?:parmi[\s\u00A0]+(?:ceux|celles|eux|elles)(?:-ci|-là)?|among[\s\u00A0]+(?:them|these|those)|of[\s\u00A0]+(?:these|those))[\s\u00A0]*,/iu.test(c.prompt)) return "the excerpt opens on what it points back to";
  // « Là aussi, _____ clients étaient sans électricité » (reading 189: "which place?"), "There too,":
  // the place the count is about is in the sentence before.
  if (/[«“][\s\u00A0\u202F]*(?:…[\s\u00A0\u202F]*)?(?:là(?:-bas)?(?:[\s\u00A0]+aussi|[\s\u00A0]+encore)?|there(?:[\s\u00A0]+too|[\s\u00A0]+again)?|sur[\s\u00A0]+place)[\s\u00A0]*,/iu.test(c.prompt)) return "the excerpt opens on what it points back to";
  // "between _____ and $200,000": one end of a range is trivia, the range is the fact (reading 18).
  if (RANGE_BOUND.test(c.prompt)) return "blank is one end of a range";
  if (WHOLE_OF_PART.test(c.prompt) || WHOLE_BEFORE_PART.test(c.prompt)) return "blank is the whole a part is counted out of";
  if (RATIO_GIVEN.test(c.prompt)) return "a ratio and another figure of the prompt give the answer";
  // The blank read as a figure: any one of the three is found from the other two.
  // A share's blank holds its « % » too.
  const asFigure = `0${/%|percent|pour[\s\u00A0]?cent/iu.test(String(c.answer)) ? " %" : ""}`;
  if (CHANGE_GIVEN.test(c.prompt.replace(/_____/gu, asFigure))) return "two figures and the change in percent give the third";
  // « des vitesses jusqu'à _____ km/h », "no more than _____": a figure that is a maximum takes
  // options on one side only (the others would be true bounds too), so the key is the highest
  // option and a test-wise student picks it (reading 44).
  if (UPPER_BOUND.test(c.prompt)) return "blank is a maximum, the highest option";
  // "over 36 _____ brown trout" (reading 100): a figure written with a space between its thousands
  // and the blank on its last group asks for three digits, not a quantity.
  if (/\d[ \u00A0\u202F]_____|_____[ \u00A0\u202F]\d{3}(?!\d)/u.test(c.prompt)) return "the blank cuts a figure";
  if (shareOfWholeInPrompt(c)) return "the prompt gives a share and its whole";
  if (countWordGivesNumber(c, a.language)) return "a word of the prompt says the number";
  const cue = countCue(c, a.language);
  if (cue) return cue;
  if (scaledFigureInPrompt(c)) return "the prompt prints the key's figure";
  if (conversionInPrompt(c)) return "the prompt gives the figure in another unit";
  // "une probabilité de 60 à _____" with 60 among the options: the prompt prints a wrong option.
  // « … pour son 10e match, … pendant _____ jours » with 10 offered (reading 111): an ordinal counts too.
  const printed = c.prompt.replace(/_____/g, " ").replace(/(?<=\d)(?:e|è|ème|eme|er|re|th|st|nd|rd)(?![\p{L}])/gu, "");
  if ((c.choices ?? []).some((x) => x !== c.answer && containsWords(printed, x.replace(/[\s\u00A0\u202F]*%$/, "")))) return "an option is printed in the prompt";
  // "at least _____ year": only the key 1 agrees with a singular noun; the other options read wrong.
  if (c.prompt.includes("_____") && typeof c.answer === "string" && /^(?:\D*\s)?(?:1|one|un|une)$/iu.test(c.answer.trim())) return "the key is one, the noun gives it away";
  // « refusées par respectivement 58,6 %, 63,2 % et 66 % »: which figure goes with which item
  // depends on a list the excerpt may cut (reading 8).
  if (/(?<![\p{L}])(?:respectivement|respectively)(?![\p{L}])/iu.test(c.evidence.text)) return "a figure of a 'respectively' list";
  // « 113 millions d'euros, dont 85 millions en Guinée »: an option below the part shown is ruled out.
  if (partShownAfterBlank(c)) return "an option is smaller than a part the prompt shows";
  // "The fire was _____ contained" beside the "Dixie Fire" and the "Bootleg Fire" (reading 101): a
  // subject the excerpt does not name stands for either, and the other's figure is a second key.
  if (a.language === "en" && ambiguousSubject(a, c)) return "the excerpt's subject may be either of two named things";
  // « cette demi-finale entre _____ outsiders » keyed « deux » (reading 106): "between" says two.
  // « _____ réunions à huis clos, l'une consacrée à … » keyed « deux » (reading 113): "the one … the
  // other" says two as well.
  if (typeof c.answer === "string" && numberValue(c.answer, a.language) === 2 &&
    /_____[^.;]{0,60}?(?<![\p{L}])(?:l['’]une?|the[\s\u00A0]+one|one)[\s\u00A0]+(?:consacrée?s?|dédiée?s?|devoted|dedicated|pour|for|à|au|sur|on|de|d['’]|in)(?![\p{L}])/iu.test(c.prompt)) return "'the one … the other' says the number";
  // "Orion will pay _____,00 in civil penalties" (reading 113: "$800,00" typed for "$800,000"): a blank
  // glued to digits cuts a figure.
  if (/_____[,.]\d|\d[,.]_____/u.test(c.prompt)) return "the blank cuts a figure";
  if (typeof c.answer === "string" && numberValue(c.answer, a.language) === 2 &&
    /(?<![\p{L}])(?:entre|between)[\s\u00A0]+(?:les[\s\u00A0]+|the[\s\u00A0]+)?_____[\s\u00A0]+(?!(?:et|and|à|to)(?![\p{L}]))\p{L}+(?![^.;]{0,40}[\s\u00A0](?:et|and)[\s\u00A0])/iu.test(c.prompt)) return "'between' says the number";
  // « … et _____ blessés ont été pris en charge, avant que ne soit secouru le troisième survivant »
  // keyed « deux » (reading 106): the next ordinal in the prompt counts past the key.
  if (ordinalAfterKey(c, a.language)) return "an ordinal in the prompt counts past the key";
  // « cinq humanitaires, dont _____ employés maliens » with « sept » offered (reading 102): a part
  // of a whole the prompt prints rules out every option as large as the whole.
  if (wholeShownBeforeBlank(c, a.language)) return "an option is as large as the whole the prompt shows";
  // « Cinq personnes, _____ hommes et une femme » (reading 112): the whole and the other parts are
  // printed, so the key is a subtraction, not a reading.
  if (partOfPrintedWhole(c, a.language)) return "the whole and the other parts are printed";
  // After the checks that name what the prompt gives away: this one only weighs the sentence.
  if (crowdedSentence(c.evidence.text)) return "a figure lost in a long or crowded sentence";
  // « avoisinait les -_____ degrés » (reading 84): the blank holds the figure without its sign.
  // "`_____ crore" (reading 87): a backtick is how a lost rupee sign shows, as unreadable as a split sign.
  if (/(?:^|[\s\u00A0(«“])[-−–+`]_____/u.test(c.prompt)) return "the blank leaves the figure's sign outside";
  // « _____ blocs de craies contenant un trésor… Nicolas Cottard ne le sait pas encore » (reading
  // 87): a blank in a verbless piece that an ellipsis cuts off is a caption, not a statement.
  if (inVerblessPiece(c.prompt, a.language)) return "the blank sits in a verbless fragment";
  // "80 cents due to the spin-off and 10 cents due to weak sales." (reading 89): a sentence with
  // no verb never says what its figures are.
  if (verbless(c.evidence.text, a.language)) return "the blank sits in a verbless fragment";
  // « … présentera l'accord aux _____ députés » (reading 118), "the _____ jurors", « les neuf jurés »
  // (readings 100, 101): a definite article before the count of a standing body's members gives the
  // body's size, a fixed fact and no news (a vote's count has no article: « adopté par 95 députés »).
  if (BODY_SIZE.test(c.prompt)) return "the size of a standing body";
  // « … vers le centre-ville de Marl (_____ habitants) » (reading 121), "a town of _____ residents":
  // a place's population, set beside its name, is background to the news.
  if (POPULATION_ASIDE.test(c.prompt)) return "a place's population";
  // "cut from just over _____ barrels a day to 32.5 million" keyed "33 million" among 41, 45 and
  // 52 million (reading 124): a figure within 5 % of the key printed beside it marks the key.
  if (nearFigurePrinted(a, c)) return "a figure near the key is printed beside it";
  // "killed nearly _____ dozen people" under "… killed at least 22 people" (reading 131): a count in
  // dozens is a rounding, read off any exact figure the article gives.
  if (/_____[\s\u00A0]+(?:dozens?|douzaines?)(?![\p{L}])/iu.test(c.prompt)) return "a count in dozens";
  // « la catégorie maximale _____ » (reading 131): the top of a scale is known without reading.
  if (/(?<![\p{L}])(?:maximale?|maximum|maximal|highest|top)[\s\u00A0]+(?:(?:de|of)[\s\u00A0]+)?_____/iu.test(c.prompt)) return "the prompt says the key is the scale's top";
  // "just _____ remaining in the wild" (reading 89): the count's noun is left to the sentence before.
  if (/_____[\s\u00A0]+(?:remaining|left|surviving|restante?s?|survivante?s?)(?![\p{L}])/iu.test(c.prompt)) return "the count names nothing";
  // « En février 2014, un avion militaire transportant _____ personnes … » in a report on a 2018
  // crash (reading 91): a figure of an earlier year is background. Of the number clozes read in
  // readings 30–90 on a sentence naming a year two or more before the news's (not "since" it, not
  // compared with it), 1 in 13 was accepted and 7 rejected, against 60 % and 18 % for the others.
  if (earlierYear(a, c)) return "a figure of an earlier year";
  // "In another courtroom Tuesday, a Kenyan man faced …", « Dans une autre affaire, … » (reading 82):
  // a side story's figure says nothing of the article's news.
  if (SIDE_STORY[a.language].test(c.evidence.text)) return "a figure of a side story";
  // « La course a commencé à Willow … avec 69 équipes. », closing an article on the winner (reading
  // 97): news ends on background. Number clozes on the closing sentence of an article of six
  // sentences or more were accepted 22 times in 56 in readings 3–97 (20 rejected; 6 in 26 since
  // reading 55), against 63 % for the others (16 % rejected).
  if (headlineBoundsHedge(a, c)) return "the headline's figure leaves only the key";
  if (closingSentence(a, c)) return "a figure of the article's closing sentence";
  // Before it, the last sixth of the article is background too: number clozes on a sentence whose
  // middle lies past 85 % of the text (not the closing one) were accepted 11 times in 27 in
  // readings 40–109 and rejected 12 times (38 % and 43 % accepted in each half of those readings),
  // against 62 % and 16 % before the middle of the text.
  if (inClosingSixth(a, c)) return "a figure of the article's last sixth";
  // « … à l'issue du second tour, son avance … » (reading 80): an excerpt cut at its start loses
  // whose figure it is; readings 40–80 accepted 21 of 55 such number clozes (38 %, 31 % rejected).
  if (/[«“][\s\u00A0\u202F]*…/u.test(c.prompt)) return "the excerpt is cut at its start";
  // « 6 de ses _____ succès en Coupe du monde … » (reading 156), « Son homme de confiance … », "His
  // Movement for Multiparty Democracy …": an excerpt opening on a possessive names no owner. Such
  // number clozes were accepted 4 times in 9 in readings 30–155, edited three times for that.
  // Not "Her teammate Kamila Valieva …": a name right after says whom.
  if (OPENS_ON_POSSESSIVE.test(c.prompt)) return "the excerpt opens on a possessive";
  // "the mixed gender 4×_____ meter relay" (reading 161): relays are run over 100 or 400 m, a
  // fact of the sport a fan knows without reading.
  if (/\d[\s\u00A0]*[×x][\s\u00A0]*_____/u.test(c.prompt)) return "a relay's leg is known";
  return null;
}

function nearFigurePrinted(a: FullAnalysis, c: Candidate): boolean {
  if (typeof c.answer !== "string") return false;
  const key = titleFigures(c.answer, a.language)[0]?.value;
  if (key === undefined || key <= 1 || isCalendarYear(key)) return false;
  // The key's mention, and another of the same sentence counting the same thing (unit or scale).
  const inSentence = a.numbers.filter((m) => m.sentenceIndex === c.sentenceIndex);
  const m = inSentence.find((x) => x.mantissa === key);
  if (!m) return false;
  const same = (x: NumberMention) => (!!m.unit && x.unit === m.unit) || (!!m.scaleText && x.scaleText === m.scaleText);
  return inSentence.some((x) => x !== m && same(x) && x.mantissa !== key && Math.abs(x.mantissa - key) / key <= 0.05 && c.prompt.includes(a.text.slice(x.numStart, x.numEnd)));
}

const POPULATION_ASIDE = /\([\s\u00A0]*(?:(?:environ|près[\s\u00A0]+de|about|some|nearly)[\s\u00A0]+)?_____[\s\u00A0]+(?:habitants|inhabitants|residents|âmes)[\s\u00A0]*\)|(?<![\p{L}])(?:ville|commune|village|bourg|town|city)[\s\u00A0]+(?:de|d['’]|of)[\s\u00A0]*(?:(?:environ|près[\s\u00A0]+de|about|some|nearly)[\s\u00A0]+)?_____[\s\u00A0]+(?:habitants|inhabitants|residents|people|âmes)(?![\p{L}])/iu;

const BODY_SIZE = /(?<![\p{L}])(?:les|aux|des|ses|leurs|ces|the|its|their)[\s\u00A0]+_____[\s\u00A0]+(?:députés|sénateurs|jurés|juges|(?:États|pays)[\s\u00A0]+membres|deputies|senators|jurors|judges|justices|lawmakers|legislators|MPs|member[\s\u00A0]+(?:states|countries|nations)|(?:membres|conseillers)[\s\u00A0]+(?:du|de[\s\u00A0]+la|de[\s\u00A0]+l['’])[\s\u00A0]?(?:jury|conseil|parlement|assemblée|comité|commission|gouvernement|sénat|chambre|cour)|(?:members|councillors|councilors)[\s\u00A0]+of[\s\u00A0]+(?:the|its|their)[\s\u00A0]+(?:jury|council|parliament|assembly|committee|commission|board|cabinet|senate|house|chamber|court))(?![\p{L}])/iu;

/**
 * « condamné à 36 mois de prison dont _____ mois avec sursis » keyed 18 among 16, 17 and 19
 * (reading 148): a part that is half of the whole printed beside it is the round guess.
 */
function halfOfWhole(c: Candidate, lang: "fr" | "en"): boolean {
  if (typeof c.answer !== "string") return false;
  const key = numberValue(c.answer.trim(), lang);
  const part = /(?<![\p{L}])(?:dont|including|of[\s\u00A0]+which|of[\s\u00A0]+whom)[\s\u00A0]+_____[\s\u00A0]+([\p{L}]+)/iu.exec(c.prompt);
  if (key === null || !part) return false;
  const unit = part[1].toLowerCase().replace(/s$/u, "");
  return [...c.prompt.matchAll(/(\d[\d\s\u00A0\u202F.,]*)[\s\u00A0]+([\p{L}]+)/gu)]
    .some((w) => w[2].toLowerCase().replace(/s$/u, "") === unit && numberValue(w[1].trim(), lang) === 2 * key);
}

/**
 * « destinés à _____ compagnies …: Frontier Airlines, la mexicaine Volaris, la chilienne JetSmart et
 * la hongroise Wizz » (reading 151, rejected): the list after the count shows how many there are.
 */
function listCounted(c: Candidate, lang: "fr" | "en"): boolean {
  if (typeof c.answer !== "string") return false;
  const key = numberValue(c.answer.trim(), lang);
  const m = /_____[^:;.«»“”]{2,120}?:[\s\u00A0]*([^.;«»“”]+)/u.exec(c.prompt);
  if (key === null || key < 2) return false;
  const items = m?.[1].split(/,[\s\u00A0]*(?:(?:et|and)[\s\u00A0]+)?|[\s\u00A0]+(?:et|and)[\s\u00A0]+/u).filter((x) => /\p{Lu}/u.test(x));
  if (items?.length === key) return true;
  // « il comprend _____ catégories, presse écrite, audiovisuel, livre. » (reading 186: "count the
  // list"): the items set after the noun's comma to the sentence's end, capitals or not.
  const tail = /_____[\s\u00A0]+[\p{L}'’-]+[\s\u00A0]*,[\s\u00A0]*([^.;:«»“”"()\d]+?)[\s\u00A0\u202F]*[.!]?[\s\u00A0\u202F]*[»”"]?[\s\u00A0\u202F]*$/u.exec(c.prompt)?.[1];
  if (!tail) return false;
  const listed = tail.split(/,[\s\u00A0]*(?:(?:et|and)[\s\u00A0]+)?|[\s\u00A0]+(?:et|and)[\s\u00A0]+/u).map((x) => x.trim()).filter(Boolean);
  return listed.length === key && listed.every((x) => wordCount(x) <= 4 && !hasVerb(x, lang));
}

/** Greek and Latin prefixes of number, in words of shapes and limbs that carry them. */
const PREFIX_VALUE: [RegExp, number][] = [
  [/^(?:bi|di)/u, 2], [/^tri/u, 3], [/^(?:t[ée]tra|quadr[iu]?)/u, 4], [/^(?:penta|quint)/u, 5], [/^(?:hexa|sex)/u, 6],
  [/^hepta/u, 7], [/^oct[ao]/u, 8], [/^(?:nona|ennea)/u, 9], [/^d[ée]ca/u, 10],
];
const COUNTED_SHAPE = /(?:podes?|pods?|pèdes?|peds?|gones?|gons?|[èe]dres?|hedr(?:on|a)s?|pl[ée]e?s|plets|lingues?|linguals?|mestres?|mesters?|athlons?|angles?)$/u;

/**
 * « le fossile est un tétrapode, c'est-à-dire un animal à _____ pattes » keyed four (reading 149,
 * rejected): a word of the prompt whose prefix is the number gives the key.
 */
function numberInsideAWord(c: Candidate, lang: "fr" | "en"): boolean {
  if (typeof c.answer !== "string") return false;
  const key = numberValue(c.answer.trim(), lang);
  if (key === null || key < 2 || key > 10) return false;
  return c.prompt.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.length > 5 && COUNTED_SHAPE.test(w) &&
    PREFIX_VALUE.some(([p, v]) => v === key && p.test(w)));
}

/** "_____ des impôts sur les ménages et 47 % sur les entreprises": the key is 100 minus what is shown. */
function complementOfHundred(c: Candidate): boolean {
  if (typeof c.answer !== "string" || !/%/.test(c.answer)) return false;
  const key = Number(c.answer.replace(/[^\d,.]/g, "").replace(",", "."));
  const shown = [...c.prompt.matchAll(/(\d+(?:[.,]\d+)?)(?:[\s\u00A0\u202F]?%|[\s\u00A0]+(?:percent|per[\s\u00A0]cent|pour[\s\u00A0]?cent)(?![\p{L}]))/giu)].map((m) => Number(m[1].replace(",", ".")));
  if (shown.some((x) => Math.abs(x + key - 100) < 0.01)) return true;
  // "likely (_____), there is also a 20 percent chance … and a 10 percent chance" (reading 145): all
  // the other shares of a forecast printed, the key is what they leave of 100.
  if (shown.length >= 2 && Math.abs(shown.reduce((t, x) => t + x, 0) + key - 100) < 0.01) return true;
  // « avec _____ des suffrages exprimés, contre 48,86 % pour Raila Odinga » (reading 63): a rival's
  // share bounds the key from both sides (above it, within the rest of 100); when no other option
  // falls there, the arithmetic answers.
  const rival = /(?<![\p{L}])(?:contre|against|versus|vs\.?)[\s\u00A0]+(\d+(?:[.,]\d+)?)[\s\u00A0\u202F]?%/iu.exec(c.prompt.slice(c.prompt.indexOf("_____")));
  if (!rival || !c.choices) return false;
  const r = Number(rival[1].replace(",", "."));
  const fits = (v: number) => v > r && v + r <= 100.5;
  const value = (x: string) => Number(x.replace(/[^\d,.]/g, "").replace(",", "."));
  return fits(key) && c.choices.filter((x) => x !== c.answer && fits(value(x))).length === 0;
}

/**
 * « Un tiers des conseils (32,5 % exactement), soit _____ sur 2.739 » (reading 66): a share and the
 * whole it is taken from, both printed, give the count by arithmetic.
 */
function shareOfWholeInPrompt(c: Candidate): boolean {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string" || /%/.test(c.answer)) return false;
  const figure = (t: string) => Number(t.replace(/[\s\u00A0\u202F]/gu, "").replace(/[.,](?=\d{3}(?!\d))/gu, "").replace(",", "."));
  const key = figure((/\d[\d\s\u00A0\u202F.,]*/u.exec(c.answer) ?? ["NaN"])[0]);
  if (!(key >= 10)) return false;
  const rest = c.prompt.replace("_____", " ");
  const shares = [...rest.matchAll(/(\d+(?:[.,]\d+)?)[\s\u00A0\u202F]?%/gu)].map((m) => Number(m[1].replace(",", ".")));
  const wholes = [...rest.matchAll(/(?<![\d.,])\d{1,3}(?:[.,\s\u00A0\u202F]\d{3})+(?![\d])|(?<![\d.,])\d{3,}(?![\d.,%])/gu)].map((m) => figure(m[0]));
  return shares.some((p) => wholes.some((w) => w > key && Math.abs((p / 100) * w - key) / key < 0.03));
}

// "$7,340" under a headline saying "$7,340" (reading 117): a currency sign before the figure is no
// digit; nor the article of "reported a _____ increase" keyed "a 75%" under "… by 75%" (reading 169).
const digitsOf = (s: string) => s.replace(/^(?:an?|une?|d['’])[\s\u00A0]+/iu, "").replace(/[\s\u00A0\u202F.,]/g, "").replace(/^[$€£¥]+/u, "").replace(/\D.*$/, "");

function titleNumbers(a: FullAnalysis): Set<string> {
  return new Set(titleFigures(a.title, a.language).map((f) => f.digits));
}

/** « 2 go-fast interceptés » over « a intercepté deux embarcations »: a figure and its word are one value (reading 14). */
/** The key is a period's length ("three months") that the title or the prompt names ("quarter"). */
function periodNamed(a: FullAnalysis, c: Candidate): boolean {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return false;
  const value = numberValue(c.answer, a.language);
  const m = value === null ? undefined : a.numbers.find((x) => x.sentenceIndex === c.sentenceIndex && x.value === value && x.unit);
  return !!m && periodNamedIn(`${a.title}\n${c.prompt}`, value!, m.unit);
}

/** "$150K", "€2M", "$3bn": a headline's shorthand for thousands, millions, billions (reading 68). */
function shorthandValue(word: string): number | null {
  const m = /^[$€£]?(\d+(?:\.\d+)?)(K|k|M|m|bn|BN|Bn)$/u.exec(word);
  return m ? Number(m[1]) * (/^k$/iu.test(m[2]) ? 1e3 : /^m$/iu.test(m[2]) ? 1e6 : 1e9) : null;
}

function titleHasValue(a: FullAnalysis, answer: string): boolean {
  const key = numberValue(answer, a.language);
  if (key === null) return false;
  return a.title.split(/[\s\u00A0,;:!?()«»"“”]+/u).map((w) => w.replace(/\.$/u, "")).some((w) => w && (numberValue(w, a.language) === key || shorthandValue(w) === key));
}

/**
 * « Lancé en juillet 2020, … s'est posé le 18 février 2021 … après un voyage de _____ mois »: two
 * dates printed in the prompt give an elapsed time in months or years by subtraction (reading 14).
 */
function elapsedFromPromptDates(a: FullAnalysis, c: Candidate): boolean {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return false;
  const unit = /_____[\s\u00A0]+(mois|months?|ans|années|years?|jours|days|semaines|weeks|siècles|centuries|décennies|decades)(?![\p{L}])/iu.exec(c.prompt)?.[1]?.toLowerCase();
  if (!unit) return false;
  const key = numberValue(c.answer, a.language);
  if (key === null) return false;
  // « Depuis près de _____ siècles » under « Un tableau disparu en 1818 réapparaît » (reading 123):
  // centuries or decades since a year the title or the prompt prints are counted without reading,
  // and a few years either way change nothing, so an undated article counts from today.
  const long = /^(?:siècles|centuries)$/.test(unit) ? 100 : /^(?:décennies|decades)$/.test(unit) ? 10 : 0;
  if (long) {
    const now = a.referenceDate.getUTCFullYear();
    const years = [...`${a.title} ${c.prompt}`.matchAll(/(?<![\d\p{L}])(1[0-9]\d\d|20\d\d)(?![\d\p{L}])/gu)].map((m) => Number(m[1])).filter((y) => y < now);
    return years.some((y) => Math.abs((now - y) / long - key) <= 0.5);
  }
  // The dates the analysis read in the evidence, those the prompt prints (an excerpt may cut one).
  const shown = foldWords(c.prompt);
  if (/^(?:jour|day|semaine|week)/.test(unit)) {
    // « pendant _____ jours, du vendredi 30 juillet au dimanche 1er août » counts itself (reading 21).
    const days = a.dates.filter((d) => d.start >= c.evidence.start && d.end <= c.evidence.end && d.granularity === "day" &&
      shown.includes(foldWords(d.text))).map((d) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
    if (days.length < 2) return false;
    const span = Math.max(...days) - Math.min(...days);
    const inUnit = /^(?:jour|day)/.test(unit) ? span : span / 7;
    // Counted with both ends or without: 30 July to 1 August is two days apart, three days long.
    return key >= inUnit - 1 && key <= inUnit + 2;
  }
  // "the first championship in _____ years after they last lifted the trophy in 1982", in an
  // article of 2006: the article's year less a year the prompt prints gives the key (reading 55).
  // Only for a dated article: the student reads its date, not today's.
  if (/^(?:ans|années|years?)$/.test(unit) && a.referenceDateGiven) {
    const year = a.referenceDate.getUTCFullYear();
    // The headline's year too: "NASA Hasn't Been This Close to Europa Since 2000" over "in more than
    // _____ years", keyed 20 in 2022 (reading 154); a hedge leaves the count a year or two short.
    const printed = [...`${a.title} ${c.prompt}`.matchAll(/(?<![\d\p{L}])(1[5-9]\d\d|20\d\d)(?![\d\p{L}])/gu)].map((m) => Number(m[1])).filter((y) => y < year);
    const hedged = /(?:more[\s\u00A0]+than|over|nearly|almost|about|plus[\s\u00A0]+de|près[\s\u00A0]+de|presque|environ)[\s\u00A0]+_____/iu.test(c.prompt);
    if (printed.some((y) => Math.abs(year - y - key) <= (hedged ? 2 : 1))) return true;
  }
  // « Pendant _____ mois, de juillet à novembre 2020 » (reading 132's tuning check): two month
  // names the prompt prints count the months, with or without their year.
  if (/^(?:mois|month)/.test(unit)) {
    // English months are capitalised ("may" is a verb); French ones are not.
    const text = a.language === "en" ? c.prompt : shown;
    const order = [...text.matchAll(MONTH_NAME[a.language])].map((m) => MONTH_INDEX[a.language].get(foldWords(m[0]))!);
    if (order.length >= 2) {
      const span = (order[order.length - 1] - order[0] + 12) % 12;
      if (key >= span - 1 && key <= span + 1) return true;
    }
  }
  const months = a.dates.filter((d) => d.start >= c.evidence.start && d.end <= c.evidence.end && d.hasYear && d.granularity !== "year" &&
    shown.includes(foldWords(d.text))).map((d) => d.year * 12 + d.month - 1);
  if (months.length < 2) return false;
  const span = Math.max(...months) - Math.min(...months);
  const inUnit = /^(?:mois|month)/.test(unit) ? span : span / 12;
  return Math.abs(inUnit - key) <= 1;
}

const MONTH_INDEX = { fr: new Map(MONTHS.fr.map((m, i) => [foldWords(m), i])), en: new Map(MONTHS.en.map((m, i) => [foldWords(m), i])) };
const MONTH_NAME = { fr: new RegExp(`(?<![\\p{L}])(?:${[...MONTH_INDEX.fr.keys()].join("|")})(?![\\p{L}])`, "gu"), en: new RegExp(`(?<![\\p{L}])(?:${MONTHS.en.map((m) => m[0].toUpperCase() + m.slice(1)).join("|")})(?![\\p{L}])`, "gu") };

/** In a breakdown « un », "one" count too: "one mule deer and 10 white-tailed deer". */
const BREAKDOWN_WORDS: Record<"fr" | "en", Record<string, number>> = {
  fr: { ...NUMBER_WORDS.fr, un: 1, une: 1 },
  en: { ...NUMBER_WORDS.en, one: 1 },
};

/** One token of a breakdown as a count: digits, a number word, « un », "one"; null for any other word. */
function partValue(x: string, lang: "fr" | "en"): number | null {
  return /\d/u.test(x) ? numberValue(x.trim(), lang) : BREAKDOWN_WORDS[lang][x.toLowerCase()] ?? null;
}

/**
 * « _____ personnes ont été rapatriées dont 470 Français et 62 étrangers »: the first two figures
 * of a breakdown after the blank that add up to the key (within one: articles round) answer it by
 * arithmetic (reading 24).
 */
function partsAddUp(c: Candidate, lang: "fr" | "en"): boolean {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return false;
  const key = numberValue(c.answer, lang);
  const at = c.prompt.indexOf("_____");
  if (key === null || at < 0) return false;
  // The breakdown follows its marker: « dont A … et B … », "including A … and B …", or a dash
  // ("_____ bucks -- one mule deer and 10 white-tailed deer --", reading 122).
  const after = c.prompt.slice(at + 5);
  // A colon too: "carrying _____ people: 18 passengers, two conductors and two drivers" (reading 126).
  const marker = /(?<![\p{L}])(?:dont|soit|including|of whom|among them|parmi (?:eux|elles|lesquels|lesquelles))[\s\u00A0]+|^[^.;:—–]{0,30}?[\s\u00A0](?:--|—|–)[\s\u00A0]+|^[^.;:—–]{0,30}?[\s\u00A0]?:[\s\u00A0]+/iu.exec(after);
  // « Une famille de _____ personnes …, un homme de 40 ans, une femme de 38 ans et deux enfants »
  // (reading 128): members counted one by one after a comma; only all of them adding up counts then.
  const listed = marker ? null : /,[\s\u00A0]+(?=(?:un|une|deux|trois|quatre|one|two|three|four|\d+)[\s\u00A0]+\p{L})/iu.exec(after);
  const open = marker ?? listed;
  if (!open) return false;
  // An age or a duration beside a part ("un homme de 40 ans") counts no one.
  const parts = [...after.slice(open.index + open[0].length, open.index + open[0].length + 100).matchAll(/(\d[\d\s\u00A0\u202F.,]*\d|\d|\p{L}+)(?=([\s\u00A0]+\p{L}+)?)/gu)]
    .filter((x) => !(x[2] && /^[\s\u00A0]+(?:ans?|years?|mois|months?|jours?|days?)$/iu.test(x[2])))
    .map((x) => partValue(x[1], lang)).filter((x): x is number => x !== null && x > 0 && x < key);
  // Two parts or all of them ("18 passengers, two conductors and two drivers").
  const all = parts.reduce((x, y) => x + y, 0);
  return parts.length >= 2 && ((!listed && Math.abs(parts[0] + parts[1] - key) <= 1) || Math.abs(all - key) <= 1);
}

/**
 * "No one had ever won _____ men's Rugby World Cup titles" keyed four (reading 140: five and seven
 * make true sentences too): a negative statement about a count holds for most other counts.
 */
const NEGATION: Record<"fr" | "en", RegExp> = {
  fr: /(?<![\p{L}])(?:jamais|aucun|aucune|personne[\s\u00A0]+n['’e]|pas|nul[\s\u00A0]+n['’e])(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:no[\s\u00A0]+one|nobody|never|none|no[\s\u00A0]+other|not|n['’]t)(?![\p{L}])/iu,
};
function negatedClause(c: Candidate, lang: "fr" | "en"): boolean {
  const at = c.prompt.indexOf("_____");
  if (at < 0) return false;
  // The negation scopes over the count only close before it, in its clause: "not guilty on all
  // _____ counts" or « les _____ personnes … ne parviennent pas » deny something else.
  const clause = c.prompt.slice(0, at).split(/[,;:«“"]/u).pop() ?? "";
  const words = clause.trim().split(/[\s\u00A0]+/u).slice(-5).join(" ");
  return NEGATION[lang].test(words) && !/(?<![\p{L}])not[\s\u00A0]+guilty(?![\p{L}])/iu.test(words);
}

const MULTIPLIERS: Record<string, number> = { two: 2, three: 3, four: 4, twice: 2, double: 2, triple: 3, deux: 2, trois: 3, quatre: 4 };
/**
 * "A country must go _____ days — equal to two incubation periods of 21 days — without a case"
 * (reading 141): a multiple of a figure the prompt spells out gives the key by a product.
 */
function productGiven(c: Candidate, lang: "fr" | "en"): boolean {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return false;
  const key = numberValue(c.answer, lang);
  if (key === null) return false;
  const shown = c.prompt.replace("_____", " ");
  for (const m of shown.matchAll(/(?<![\p{L}])(two|three|four|twice|double|triple|deux|trois|quatre)[\s\u00A0]+(?:[\p{L}'’-]+[\s\u00A0]+){0,3}?(?:of|de|d['’])[\s\u00A0]*(\d[\d\s\u00A0\u202F.,]*\d|\d)/giu)) {
    const v = numberValue(m[2].trim(), lang);
    if (v !== null && MULTIPLIERS[m[1].toLowerCase()] * v === key) return true;
  }
  return false;
}

/** An amount of money as written: "$2 million", « 1,5 milliard d'euros », "$100,000". */
function moneyValues(text: string, lang: "fr" | "en"): { value: number; at: number }[] {
  const out: { value: number; at: number }[] = [];
  for (const m of text.matchAll(/(?:[$€£][\s\u00A0]?(\d[\d,.]*)|(\d[\d\s\u00A0\u202F.,]*\d|\d)[\s\u00A0]*(?:[$€£]|euros?|dollars?))(?:[\s\u00A0]+(million|millions|billion|billions|milliard|milliards))?/giu)) {
    const n = numberValue((m[1] ?? m[2] ?? "").replace(/[.,]$/u, ""), lang);
    const scale = /^(?:million|millions)$/iu.test(m[3] ?? "") ? 1e6 : /^(?:billion|billions|milliard|milliards)$/iu.test(m[3] ?? "") ? 1e9 : 1;
    if (n !== null && n > 0) out.push({ value: n * scale, at: m.index ?? 0 });
  }
  return out;
}

/**
 * "$2 million in fines–_____ in civil penalties and $100,000 in damages" keyed $1.9 million
 * (reading 144): a total before the blank less a part after it is the key, whatever joins them.
 */
function moneyWholeLessPart(c: Candidate, lang: "fr" | "en"): boolean {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return false;
  const at = c.prompt.indexOf("_____");
  const key = moneyValues(c.answer, lang)[0]?.value;
  if (at < 0 || !key) return false;
  const amounts = moneyValues(c.prompt.replace("_____", " "), lang);
  const before = amounts.filter((x) => x.at < at);
  const after = amounts.filter((x) => x.at >= at);
  return before.some((w) => after.some((p) => w.value > key && Math.abs(w.value - p.value - key) <= w.value * 0.01));
}

/** Counts written as adverbs: "drawn twice", « deux fois » is read by partValue. */
const TIMES_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/**
 * "In _____ previous attempts, India had only drawn a series … twice, while losing nine" keyed 11
 * (reading 138): two counts the prompt prints that add up to the key exactly answer it by an
 * addition, whatever words join them. Years and ranks are no counts.
 */
function twoCountsAddUp(c: Candidate, lang: "fr" | "en"): boolean {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return false;
  const key = numberValue(c.answer, lang);
  if (key === null || key < 3 || !Number.isInteger(key)) return false;
  const shown = c.prompt.replace("_____", " ");
  const counts = [...shown.matchAll(/(\d[\d\s\u00A0\u202F.,]*\d|\d|\p{L}+)(?![\d\p{L}])(?![\s\u00A0]?(?:e|ème|er|th|st|nd|rd|%)(?![\p{L}]))/gu)]
    .map((x) => TIMES_WORDS[x[1].toLowerCase()] ?? (/\d/u.test(x[1]) ? numberValue(x[1].trim(), lang) : NUMBER_WORDS[lang][x[1].toLowerCase()] ?? null))
    .filter((x): x is number => x !== null && x > 0 && x < key && !isCalendarYear(x));
  return counts.some((x, i) => counts.slice(i + 1).some((y) => x + y === key));
}

/**
 * « 18 000 668 voix (51,6 %) contre 16 860 685 (48,4 %), soit un écart de _____ »: two figures
 * the prompt prints give the key by a subtraction, without reading (reading 43).
 */
function differenceGiven(c: Candidate, lang: "fr" | "en"): boolean {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return false;
  const key = numberValue(c.answer, lang);
  // Small keys meet a difference of two figures by chance (« 7 médailles … au 5ème rang »).
  if (key === null || key < 10) return false;
  const shown = c.prompt.replace("_____", " ");
  // Not ranks (« 5ème », "4th"), not years.
  const figures = (shown.match(/\d[\d\s\u00A0\u202F.,]*\d(?!\d|[\s\u00A0]?(?:e|ème|er|th|st|nd|rd)(?![\p{L}]))|\d(?![\d\p{L}])/gu) ?? [])
    .map((x) => numberValue(x.trim(), lang)).filter((x): x is number => x !== null && x > 0 && !isCalendarYear(x));
  // « 141 athlètes, dont 33 femmes et _____ hommes »: a whole less a part is the key too. Exact
  // below 100; within 1 % above ("about 1.14 million" for a gap of 1,139,983).
  const close = (d: number) => (key < 100 ? d === key : Math.abs(d - key) <= key * 0.01);
  // Two figures next to each other in the prompt, as a total and its part or two totals are
  // written; figures far apart meet a difference by chance (33 medals less 9 silver).
  return figures.some((x, i) => i + 1 < figures.length && close(Math.abs(x - figures[i + 1])) && Math.max(x, figures[i + 1]) > key);
}

/**
 * "carrying 22 people: _____ passengers, two conductors and two drivers" (reading 126): a whole
 * before a colon and the other parts after it give the blanked part by a subtraction.
 */
function wholeLessParts(c: Candidate, lang: "fr" | "en"): boolean {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return false;
  const key = numberValue(c.answer, lang);
  const at = c.prompt.indexOf("_____");
  const colon = c.prompt.lastIndexOf(":", at);
  if (key === null || at < 0 || colon < 0) return false;
  const whole = /(\d[\d\s\u00A0\u202F.,]*\d|\d|\p{L}+)[\s\u00A0]+[\p{L}'’-]+[\s\u00A0]*$/u.exec(c.prompt.slice(Math.max(0, colon - 40), colon));
  const total = whole ? partValue(whole[1], lang) : null;
  if (total === null || total <= key) return false;
  const list = c.prompt.slice(colon + 1).split(/[.;!?]/u)[0].replace("_____", " ");
  const parts = (list.match(/\d[\d\s\u00A0\u202F.,]*\d|\d|\p{L}+/gu) ?? []).map((x) => partValue(x, lang)).filter((x): x is number => x !== null && x > 0);
  return parts.length >= 1 && parts.reduce((x, y) => x + y, 0) + key === total;
}

/** Words that are a number: « un quartet de _____ organisations » answers itself (reading 10). */
const COUNT_WORDS: Record<string, number> = {
  duo: 2, paire: 2, pair: 2, couple: 2, binôme: 2, duel: 2, tandem: 2, twins: 2, jumeaux: 2, jumelles: 2, trio: 3, triple: 3, triplé: 3, quartet: 4, quatuor: 4, quartette: 4,
  quintet: 5, quintette: 5, sextet: 6, sextuor: 6, douzaine: 12, dozen: 12, centaine: 100, hundred: 100,
};

function countWordGivesNumber(c: Candidate, lang: "fr" | "en"): boolean {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return false;
  const key = numberValue(c.answer, lang);
  if (key === null) return false;
  const near = c.prompt.match(/(?:[\p{L}'’-]+[\s\u00A0]+){0,3}_____(?:[\s\u00A0]+[\p{L}'’-]+){0,3}/u)?.[0] ?? "";
  return near.split(/[\s\u00A0'’-]+/u).some((w) => COUNT_WORDS[w.toLowerCase()] === key);
}

/**
 * "convicted of a total of six charges and fined _____" with "$6 million" the key: the figure
 * before a scale word is printed elsewhere in the prompt, and matching it finds the key (reading 16).
 */
function scaledFigureInPrompt(c: Candidate): boolean {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return false;
  const m = /(\d+(?:[.,]\d+)?)[\s\u00A0]*(?:millions?|milliards?|billions?|thousand|trillions?|mille|bn|m)(?![\p{L}])/iu.exec(c.answer);
  if (!m) return false;
  const figure = Number(m[1].replace(",", "."));
  const rest = c.prompt.replace(/_____/g, " ");
  return rest.split(/[\s\u00A0'’()-]+/u).some((w) => (NUMBER_WORDS.fr[w.toLowerCase()] ?? NUMBER_WORDS.en[w.toLowerCase()]) === figure || w === m[1]);
}

const FRACTION_WORDS = /^(?:half|quarter|third|thirds|quarters|moitié|demi|quart|quarts|tiers)$/u;

/** A parenthesis that states a quantity, in figures or in words ("(half a percent)"); « un », "one" are articles there. */
function statesQuantity(inside: string): boolean {
  return /\d/u.test(inside) || inside.toLowerCase().split(/[^\p{L}]+/u).some((w) => FRACTION_WORDS.test(w) ||
    (!/^(?:un|une|one)$/u.test(w) && w.length > 1 && (Object.hasOwn(NUMBER_WORDS.fr, w) || Object.hasOwn(NUMBER_WORDS.en, w))));
}

/**
 * "_____ miles (19 km)": the same quantity in another unit, right after the blank (reading 10);
 * "_____ basis points (half a percent)" in words (reading 65), "55-kilogram/_____-pound" (reading 70).
 */
function conversionInPrompt(c: Candidate): boolean {
  if (c.meta?.slot !== "number") return false;
  const after = /_____[^()]{0,25}\(([^()]*)\)/u.exec(c.prompt);
  if (after && statesQuantity(after[1])) return true;
  // "the 55-kilogram/_____-pound division" (reading 70): two units joined by a slash.
  if (/\d[\p{L}-]{0,12}[\s\u00A0]*\/[\s\u00A0]*_____|_____[\p{L}-]{0,12}[\s\u00A0]*\/[\s\u00A0]*\d/u.test(c.prompt)) return true;
  // "24,995 acres, or _____ square miles" (reading 90): a figure, "or" / « soit », then the blank.
  if (CONVERSION.test(c.prompt)) return true;
  return /\d[^()_]{0,25}\([\s\u00A0]*_____/u.test(c.prompt) || (!c.prompt.includes("_____") && /\(\s*[~≈]?\d[\d\s\u00A0.,]*\s*(?:km|mi|miles?|m|ft|feet|kg|lb|lbs|pounds?|°[CF]|%)\s*\)/iu.test(c.prompt));
}

/**
 * "between _____ and $200,000", « entre 60 et _____ », "a _____ to $1,000 fine": a blank on one end
 * of a range. "rose from 5 % to _____" is a change, whose new value is the fact.
 */
const RANGE_BOUND = /(?<![\p{L}])(?:between|entre|ranging from|allant de|de)[\s\u00A0]+(?:[^\s\u00A0_]+[\s\u00A0]+)?_____[\s\u00A0]+(?:and|et|to|à)[\s\u00A0]+[$€£]?\d|(?<!(?:from|de)[\s\u00A0]+)_____[\s\u00A0]+(?:to|à)[\s\u00A0]+[$€£]?\d|(?<!(?:from|de)[\s\u00A0]+[$€£]?)(?<![\d,.])\d[\d,.]*[\s\u00A0]*(?:%|euros?|dollars?)?[\s\u00A0]+(?:to|à)[\s\u00A0]+_____|(?<![\p{L}])(?:between|entre|ranging from|allant de)[\s\u00A0]+[$€£]?\d[^_]{0,25}?[\s\u00A0]+(?:and|et|to|à)[\s\u00A0]+(?:[^\s\u00A0_]+[\s\u00A0]+)?_____|\d[\s\u00A0]*[-–][\s\u00A0]*_____|_____[\s\u00A0]*[-–][\s\u00A0]*\d/iu;

/** A blank after "up to", « jusqu'à », "no more than", « pas plus de », "as many as". */
const UPPER_BOUND = /(?<![\p{L}])(?:jusqu['’]à|up[\s\u00A0]+to|(?:no|not)[\s\u00A0]+more[\s\u00A0]+than|pas[\s\u00A0]+plus[\s\u00A0]+de|as[\s\u00A0]+(?:many|much|high)[\s\u00A0]+as)[\s\u00A0]+(?:[$€£][\s\u00A0]?)?_____/iu;

/**
 * "37 of its _____ year existence", "the second of _____ life sentences", « 16 des _____ personnes
 * concernées »: the blank is the whole a part is counted out of — the reference, not the fact
 * (readings 27–31: none of the four such clozes accepted, one rejected).
 */
// "Thirteen of the _____ analysts" (reading 100: "twelve" offered): any number word, from the lexicon.
const COUNT_WORD = [...new Set([...Object.keys(NUMBER_WORDS.fr), ...Object.keys(NUMBER_WORDS.en), "un", "une", "one"])]
  .sort((x, y) => y.length - x.length).join("|");
// "19 out of a possible _____ match points" (reading 137): "a possible" before the whole too.
const WHOLE_OF_PART = new RegExp(`(?:(?<![\\p{L}\\d])\\d[\\d\\s\\u00A0\\u202F,.]*|(?<![\\p{L}])(?:${COUNT_WORD}|first|second|third|last|premier|première|second|seconde|deuxième|troisième|dernier|dernière))[\\s\\u00A0]+(?:of|out of|des|sur|parmi)[\\s\\u00A0]+(?:(?:its|their|his|her|the|these|a[\\s\\u00A0]+possible|a[\\s\\u00A0]+maximum[\\s\\u00A0]+of|les|ses|leurs|ces)[\\s\\u00A0]+)?_____`, "iu");

/** "five times more than", « deux fois plus que »: a ratio and its comparison word. */
const RATIO = `(?<![\\p{L}])(?:\\d+(?:[.,]\\d+)?|${COUNT_WORD}|twice|half|double|triple)[\\s\\u00A0]+(?:times|fois)[\\s\\u00A0]+(?:more|higher|greater|larger|bigger|fewer|less|lower|as[\\s\\u00A0]+many|as[\\s\\u00A0]+much|plus|moins)(?:[\\s\\u00A0]+\\p{Ll}+)?[\\s\\u00A0]+(?:than|que|qu['’])[\\s\\u00A0]+(?:(?:the|les|la|le|l['’])[\\s\\u00A0]*)?`;

/**
 * "7,374 cases, about five times more than the _____ cases" (reading 137), or the blank first
 * ("_____ cases, about five times more than the 1,481"): a ratio and the other figure give the key.
 */
const RATIO_GIVEN = new RegExp(`\\d[\\d\\s\\u00A0\\u202F,.]*[^.;]{0,60}?${RATIO}_____|_____[^.;]{0,60}?${RATIO}\\d`, "iu");

/**
 * « _____ personnes sont passées aux urgences, contre 12.600 la semaine d'avant, soit une
 * augmentation de 52% » (reading 168: 12 600 × 1,52 gives the key): the figure before and the change
 * in percent; the earlier figure or the change blanked instead is found the same way.
 */
const CHANGE_WORD = "(?:augmentation|hausse|baisse|diminution|progression|recul|increase|rise|drop|decline|fall|jump|gain|soit|\\+|−)[\\s\\u00A0]*(?:de[\\s\\u00A0]*|of[\\s\\u00A0]*)?\\d+(?:[.,]\\d+)?[\\s\\u00A0\\u202F]*(?:%|percent|per[\\s\\u00A0]cent|pour[\\s\\u00A0]?cent)";
const AGAINST = "(?:contre|against|compared[\\s\\u00A0]+(?:with|to)|up[\\s\\u00A0]+from|down[\\s\\u00A0]+from)[\\s\\u00A0]+";
const CHANGE_GIVEN = new RegExp(`\\d[^;]{0,80}?${AGAINST}\\d[\\d\\s\\u00A0\\u202F,.]*[^.;]{0,60}?${CHANGE_WORD}`, "iu");

/** « Sur les _____ fauteuils de l'Académie, cinq sont à pourvoir », "Of the _____ seats, five are …" (reading 47). */
const WHOLE_BEFORE_PART = /(?<![\p{L}])(?:sur|parmi|of|out[\s\u00A0]+of)[\s\u00A0]+(?:les|ses|leurs|ces|the|its|their|these)[\s\u00A0]+_____[\s\u00A0]+[^,;:]{1,60},[\s\u00A0]+(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine|ten)[\s\u00A0]+(?:\p{Ll}+[\s\u00A0]+)?(?:sont|ont|est|a|seront|are|were|have|had|is|was|will)(?![\p{L}])/iu;

/** A figure group: "20 743 128", "1,200", "3.5", "2014". */
const FIGURE_GROUP = /\d{1,3}(?:[\s\u00A0\u202F.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/gu;

/**
 * A sentence of 40 words or more, or with four figures or more: a blank there tests finding one
 * figure among many ("a long sentence copied word for word with one blank", "a sentence full of
 * EUR conversions"). In readings 40–77, 110 number clozes on such sentences were accepted 42 % of
 * the time (29 % rejected), the 425 others 64 % — in each language and in each half of the readings.
 */
export function crowdedSentence(text: string): boolean {
  return wordCount(text) >= 40 || (text.match(FIGURE_GROUP)?.length ?? 0) >= 4;
}

/** A sentence that opens a side story: "In another case, …", "Separately, …", « Dans une autre affaire, … ». */
const SIDE_STORY: Record<"fr" | "en", RegExp> = {
  fr: /^(?:dans|lors)[\s\u00A0]+(?:d['’])?une?[\s\u00A0]+autre[\s\u00A0]+(?:affaire|procès|dossier|audience|incident|accident|tribunal)(?![\p{L}])/iu,
  en: /^(?:in[\s\u00A0]+(?:another|a[\s\u00A0]+separate|an[\s\u00A0]+unrelated)[\s\u00A0]+(?:case|courtroom|incident|accident|trial|hearing|development|ruling)|separately|in[\s\u00A0]+other[\s\u00A0]+news)(?![\p{L}])/iu,
};

/**
 * A sentence opening on its figure with no finite verb. English reads any word in -s as a verb
 * ("cents", "sales"), so there it must show an auxiliary or a past form.
 */
function verbless(text: string, lang: "fr" | "en"): boolean {
  // Only a sentence that opens on its figure: the French verb reading misses many present tenses
  // (« vient », « abrite »), and a sentence that opens otherwise is rarely a fragment.
  if (!/^[\s\u00A0]*(?:\d|[$£€])/u.test(text)) return false;
  if (lang === "fr") return !hasVerb(text, lang);
  return !ENGLISH_VERB_NOT_S.test(text);
}

/** The English finite verbs of clauses.ts without its "any word in -s", which plural nouns match too. */
const ENGLISH_VERB_NOT_S = new RegExp(FINITE.en.source.replace("|\\p{L}{3,}s)", ")"), FINITE.en.flags);

/** The blank inside a piece of the prompt's quoted sentence that an ellipsis ends or opens, and that has no verb. */
function inVerblessPiece(prompt: string, lang: "fr" | "en"): boolean {
  const quoted = /[«“]([^»”]*_____[^»”]*)[»”]/u.exec(prompt)?.[1] ?? prompt;
  const pieces = quoted.split(/…|\.{3}/u).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2) return false;
  const piece = pieces.find((p) => p.includes("_____"))!;
  // A piece that opens on the blank, as a caption does (the French verb reading is too weak to judge others).
  return piece.startsWith("_____") && !hasVerb(piece.replace(/_____/g, "2"), lang);
}

/** A figure and its unit, then "or", « soit » and the blank, or the other way round. */
const CONVERSION = /\d[\d\s\u00A0\u202F,.]*[\s\u00A0]*[\p{L}%]+(?:[\s\u00A0]\p{Ll}+)?,?[\s\u00A0]+(?:or|soit|ou)[\s\u00A0]+(?:(?:about|approximately|roughly|nearly|some|environ|près[\s\u00A0]+de|quelque)[\s\u00A0]+)?_____|_____[\s\u00A0]*[\p{L}%]+(?:[\s\u00A0]\p{Ll}+)?,?[\s\u00A0]+(?:or|soit)[\s\u00A0]+(?:(?:about|approximately|roughly|nearly|some|environ|près[\s\u00A0]+de)[\s\u00A0]+)?\d/u;

/** Before a year, the words that make it a span's start or a point of comparison, not the figure's own time. */
const SPAN_OR_COMPARISON = /(?:since|depuis|from|de|after|après|contre|compared[\s\u00A0]+(?:to|with)|than|qu['’]en|que[\s\u00A0]+en|against|vs\.?|-|–)[\s\u00A0]*(?:(?:the[\s\u00A0]+)?(?:end[\s\u00A0]+of[\s\u00A0]+|fin[\s\u00A0]+)?\p{L}+[\s\u00A0]+)?$/iu;

/** Words that count two people as one pair: "the pair", "both men", « tous les deux », « le duo ». */
const PAIR_WORDS = /(?<![\p{L}])(?:the[\s\u00A0]+pair|the[\s\u00A0]+duo|both[\s\u00A0]+(?:men|women|boys|girls|of[\s\u00A0]+them)|the[\s\u00A0]+two[\s\u00A0]+(?:men|women|boys|girls)|le[\s\u00A0]+duo|tou(?:s|tes)[\s\u00A0]+(?:les[\s\u00A0]+)?deux|les[\s\u00A0]+deux[\s\u00A0]+(?:hommes|femmes|jeunes|garçons|filles|frères|sœurs))(?![\p{L}])/iu;

/**
 * « Elles s'appellent Manon Brunet, Cécilia Berder et Caroline Quéroli … Les _____ sabreuses
 * françaises ont remporté … » (reading 159): "the _____ fencers" after the article lists them by
 * name is counted on the fingers.
 */
function namedGroupCounted(a: FullAnalysis, c: Candidate): boolean {
  if (typeof c.answer !== "string" || !/(?:^|[«“][\s\u00A0\u202F]*|[\s\u00A0])(?:Les|les|des|The|the|Ces|ces|These|these)[\s\u00A0]+_____[\s\u00A0]+\p{L}/u.test(c.prompt)) return false;
  const key = numberValue(c.answer, a.language);
  if (key === null || key < 2 || key > 12) return false;
  // A list of exactly that many people, named before the figure's sentence ends.
  return peopleRuns(a).some((run) => run.length === key && run[run.length - 1].start < c.evidence.end);
}

/** Kin and household members, each one person unless a number says how many. */
const MEMBER = "(?:mère|père|mari|épouse|femme|fils|fille|filles|enfants?|frère|frères|sœur|sœurs|soeur|soeurs|bébé|grand-mère|grand-père|grands-parents|oncle|tante|mother|father|husband|wife|sons?|daughters?|children|child|brothers?|sisters?|baby|grandmother|grandfather|grandparents|uncle|aunt)";
const MEMBER_ITEM = new RegExp(`(?:(?:la|le|les|l['’]|leurs?|ses|son|sa|the|his|her|their)[\\s\\u00A0]+)?(?:(\\p{L}+|\\d+)[\\s\\u00A0]+)?${MEMBER}(?![\\p{L}])`, "giu");

/**
 * « Une famille de _____ personnes, la mère, le père et leurs deux enfants » (reading 171): the
 * people counted are listed right after the blank, so the count is done on the fingers.
 */
function membersListed(a: FullAnalysis, c: Candidate): boolean {
  if (typeof c.answer !== "string") return false;
  const key = numberValue(c.answer, a.language);
  if (key === null || key < 2 || key > 12) return false;
  const after = /_____(?:[\s\u00A0]+(?:personnes|membres|people|persons|members))?[\s\u00A0]*[,:(–—-][\s\u00A0]*([^.;»”]{0,90})/iu.exec(c.prompt)?.[1];
  if (!after) return false;
  // The list: kin nouns up to « et »/"and" and the item after it.
  const list = /^(.*?(?:[\s\u00A0](?:et|and)[\s\u00A0]+)[^,]*?)(?=[\s\u00A0](?:de|d['’]|âgée?s?|aged|of|ont|a|sont|were|was|have|had)[\s\u00A0]|,|$)/iu.exec(after)?.[1];
  if (!list) return false;
  let total = 0;
  for (const m of list.matchAll(MEMBER_ITEM)) {
    const n = m[1] ? numberValue(m[1], a.language) : null;
    total += n ?? 1;
  }
  return total === key;
}

/**
 * « une carcasse et _____ pattes » keyed four (reading 172: "anyone knows a sheep has four"): a
 * count of a body's limbs or organs, two or four, is known before reading.
 */
function bodyPartsCounted(a: FullAnalysis, c: Candidate): boolean {
  if (typeof c.answer !== "string") return false;
  const key = numberValue(c.answer, a.language);
  if ((key !== 2 && key !== 4) || !/_____[\s\u00A0]+(?:pattes|jambes|bras|mains|pieds|yeux|oreilles|ailes|legs|paws|arms|hands|feet|eyes|ears|wings)(?![\p{L}])/iu.test(c.prompt)) return false;
  // Of a person or an animal everyone knows; a fossil's or a new species' limbs are news (reading 149).
  const around = a.text.slice(Math.max(0, c.evidence.start - 300), c.evidence.end);
  return /(?<![\p{L}])(?:brebis|moutons?|agneaux?|vaches?|veaux?|chèvres?|chiens?|chats?|chevaux|cheval|ours|loups?|cerfs?|sangliers?|personnes?|homme|femme|enfants?|sheep|ewes?|lambs?|cows?|calf|calves|goats?|dogs?|cats?|horses?|bears?|wolf|wolves|deer|man|woman|child|people)(?![\p{L}])/iu.test(around);
}

/**
 * « Plus de _____ % d'enseignants étaient en grève » keyed 50 (reading 172: "makes 50 % the
 * obvious guess"): "more than half" is the phrase a hedge calls for.
 */
function hedgedHalf(a: FullAnalysis, c: Candidate): boolean {
  if (typeof c.answer !== "string" || !(/%|pour[\s\u00A0]*cent|per[\s\u00A0]?cent/iu.test(c.answer) || /_____[\s\u00A0]*(?:%|pour[\s\u00A0]*cent|per[\s\u00A0]?cent)/iu.test(c.prompt))) return false;
  return numberValue(c.answer.replace(/[%\s\u00A0\u202F]/gu, ""), a.language) === 50 &&
    /(?<![\p{L}])(?:plus[\s\u00A0]+de|près[\s\u00A0]+de|more[\s\u00A0]+than|over|nearly|almost|about)[\s\u00A0]+_____/iu.test(c.prompt);
}

const OPENS_ON_POSSESSIVE = /[«“][\s\u00A0\u202F]*(?:(?:\d+|_____|un|une|deux|trois|quatre|cinq|one|two|three|four|five)[\s\u00A0]+(?:de[\s\u00A0]+|d['’]|of[\s\u00A0]+))?(?:Ses|Son|Sa|Leurs?|ses|son|sa|leurs?|His|Her|Their|Its|his|her|their|its)[\s\u00A0]+(?!(?:[\p{Ll}-]+,?[\s\u00A0]+){0,2}\p{Lu}\p{Ll})/u;

/**
 * The evidence names a year two or more before the news's own — the date the article was given,
 * else the latest year it writes — that is not where a span starts nor a point of comparison.
 */
function earlierYear(a: FullAnalysis, c: Candidate): boolean {
  const written = a.dates.filter((d) => d.hasYear).map((d) => d.year);
  let news = a.referenceDateGiven ? a.referenceDate.getUTCFullYear() : written.length ? Math.max(...written) : null;
  if (news === null) return false;
  const ev = c.evidence.text;
  // « de 17,5 % en 2011 et de 12,3 % l'an dernier » in an undated article (reading 154): "last
  // year" beside a year written out is a later year, so that one is two years before the news.
  if (!a.referenceDateGiven && /(?<![\p{L}])(?:l['’]an[\s\u00A0]+dernier|l['’]année[\s\u00A0]+dernière|last[\s\u00A0]+year)(?![\p{L}])/iu.test(ev)) {
    for (const m of ev.matchAll(/(?<![\d.,])((?:19|20)\d\d)(?![\d])/gu)) news = Math.max(news, Number(m[1]) + 2);
  }
  for (const m of ev.matchAll(/(?<![\d.,])((?:19|20)\d\d)(?![\d])/gu)) {
    const year = Number(m[1]);
    // The year before the news's is often its own figures' (« en 2012 » in a 2013 report on road deaths).
    if (year >= news - 1 || m[1] === String(c.answer).trim()) continue;
    if (!SPAN_OR_COMPARISON.test(ev.slice(Math.max(0, m.index! - 40), m.index))) return true;
  }
  return false;
}

const NUMERIC_VALUE = (s: string) => Number(s.replace(/[^\d,.]/g, "").replace(/[.,](?=\d{3}(?:\D|$))/g, "").replace(",", "."));

function partShownAfterBlank(c: Candidate): boolean {
  const at = c.prompt.indexOf("_____");
  if (at < 0 || !c.choices) return false;
  // « sur les _____ fédérations représentées, 16 ont remporté … »: the part follows the noun and
  // its comma (reading 19: 15 and 14 offered as the whole).
  const m = /^[^.;:»”]{0,40}?(?:,\s*)?(?:dont|including|of which)\s+(?:plus de\s+|près de\s+|more than\s+|about\s+)?(\d[\d\s\u00A0\u202F.,]*)/iu.exec(c.prompt.slice(at + 5)) ??
    // "charges against _____ individuals, 23 of whom have pleaded guilty" (reading 41: 20 offered).
    /^[\s\u00A0]+[\p{L}'’ \u00A0-]{2,60},[\s\u00A0]*(\d[\d\s\u00A0\u202F.,]*?)[\s\u00A0]+(?:ont|sont|avaient|étaient|have|had|were|are|of whom|of which|d['’]entre (?:eux|elles))(?![\p{L}])/iu.exec(c.prompt.slice(at + 5));
  if (!m) return false;
  const part = NUMERIC_VALUE(m[1]);
  return Number.isFinite(part) && c.choices.some((x) => NUMERIC_VALUE(x) > 0 && NUMERIC_VALUE(x) <= part);
}

/** A lower or upper bound: "more than _____", « plus de _____ », or the option's own "more than 6,000". */
const LOWER_BOUND_BEFORE = /(?<![\p{L}])(?:more[\s\u00A0]+than|over|at[\s\u00A0]+least|plus[\s\u00A0]+de|au[\s\u00A0]+moins)[\s\u00A0]*$/iu;
const UPPER_BOUND_BEFORE = /(?<![\p{L}])(?:less[\s\u00A0]+than|fewer[\s\u00A0]+than|under|up[\s\u00A0]+to|moins[\s\u00A0]+de|jusqu['’]à)[\s\u00A0]*$/iu;

/**
 * "dating back more than _____ years" under the headline "38,000-year-old engravings …" with 40,000,
 * 43,000 and 48,000 offered (reading 112): a bound that only the key keeps below (or above) the
 * headline's figure of the same size is found from the headline alone.
 */
function headlineBoundsHedge(a: FullAnalysis, c: Candidate): boolean {
  if (!c.choices || typeof c.answer !== "string" || !a.title) return false;
  const before = c.prompt.slice(0, Math.max(0, c.prompt.indexOf("_____")));
  const lower = LOWER_BOUND_BEFORE.test(before) || LOWER_BOUND_BEFORE.test(`${c.answer.split(/\d/u)[0]}`);
  const upper = UPPER_BOUND_BEFORE.test(before) || UPPER_BOUND_BEFORE.test(`${c.answer.split(/\d/u)[0]}`);
  if (lower === upper) return false;
  const key = numberValue(c.answer, a.language);
  if (key === null || key <= 0) return false;
  const values = c.choices.map((x) => numberValue(x, a.language)).filter((v): v is number => v !== null);
  return titleFigures(a.title, a.language).some(({ value: t }) => {
    if (t < 10 || isCalendarYear(t) || t / key > 2 || key / t > 2) return false;
    // "more than X" agrees with the headline's T when X ≤ T; "less than X" when X ≥ T.
    const agrees = (v: number) => (lower ? v <= t : v >= t);
    return agrees(key) && values.filter(agrees).length === 1;
  });
}

function inClosingSixth(a: FullAnalysis, c: Candidate): boolean {
  const body = a.sentences.filter((x) => !x.isHeading);
  const s = a.sentences[c.sentenceIndex];
  if (body.length < 6 || !s || s.isHeading) return false;
  const from = body[0].start;
  const span = body[body.length - 1].end - from;
  return span > 0 && ((s.start + s.end) / 2 - from) / span >= 0.85;
}

/** The evidence is the last sentence of an article of six sentences or more. */
function closingSentence(a: FullAnalysis, c: Candidate): boolean {
  const body = a.sentences.filter((x) => !x.isHeading);
  return body.length >= 6 && c.sentenceIndex === body[body.length - 1].index;
}

const WHOLE_THEN_PART = new RegExp(`(?<![\\p{L}\\d])(\\d[\\d\\s\\u00A0\\u202F.,]*|${COUNT_WORD})[\\s\\u00A0]+[\\p{L}'’ \\u00A0-]{2,40}?,?[\\s\\u00A0]+(?:dont|parmi[\\s\\u00A0]+(?:eux|elles|lesquels|lesquelles)|including|of[\\s\\u00A0]+whom|of[\\s\\u00A0]+which|among[\\s\\u00A0]+them)[\\s\\u00A0]+_____`, "iu");

/** A count and its noun: "Cinq personnes", "_____ hommes", "une femme". */
const COUNT = `(\\d[\\d\\s\\u00A0\\u202F.,]*\\d|\\d|${COUNT_WORD}|un|une|a|an|one|_____)[\\s\\u00A0]+[\\p{L}'’-]+(?:[\\s\\u00A0]+[\\p{L}'’-]+)?`;
const WHOLE_AND_PARTS = new RegExp(`(?<![\\p{L}\\d])${COUNT},?[\\s\\u00A0]+(?:dont[\\s\\u00A0]+|soit[\\s\\u00A0]+|including[\\s\\u00A0]+)?${COUNT}[\\s\\u00A0]+(?:et|and)[\\s\\u00A0]+${COUNT}`, "iu");

/** A whole, then two parts that add up to it, the blank on one of the three: the key is arithmetic. */
function partOfPrintedWhole(c: Candidate, lang: "fr" | "en"): boolean {
  const m = WHOLE_AND_PARTS.exec(c.prompt);
  if (!m || typeof c.answer !== "string" || (m[0].match(/_____/gu) ?? []).length !== 1) return false;
  const value = (t: string) => (t === "_____" ? numberValue(c.answer as string, lang) : /^(?:un|une|a|an|one)$/iu.test(t) ? 1 : numberValue(t, lang));
  const [whole, x, y] = [value(m[1]), value(m[2]), value(m[3])];
  return whole !== null && x !== null && y !== null && whole === x + y;
}

/** "<whole> <noun>, dont / including _____": an option at or above the whole printed before the blank. */
function wholeShownBeforeBlank(c: Candidate, lang: "fr" | "en"): boolean {
  const m = WHOLE_THEN_PART.exec(c.prompt);
  if (!m || !c.choices) return false;
  const whole = numberValue(m[1].trim(), lang);
  if (whole === null || whole <= 1) return false;
  return c.choices.some((x) => { const v = numberValue(x, lang); return v !== null && v >= whole; });
}

/** An English excerpt opening on "The <noun>" where the article names two or more "<Name> <Noun>"s. */
function ambiguousSubject(a: FullAnalysis, c: Candidate): boolean {
  const m = /[“"][\s\u00A0]*(?:…[\s\u00A0]*)?The[\s\u00A0]+(\p{Ll}[\p{L}-]{2,})[\s\u00A0]/u.exec(c.prompt);
  if (!m) return false;
  const noun = m[1][0].toUpperCase() + m[1].slice(1);
  const names = new Set<string>();
  for (const x of a.text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+)[\\s\\u00A0]+${noun}(?![\\p{L}])`, "gu"))) {
    if (!/^(?:The|A|An|This|That|Its|Their|His|Her)$/u.test(x[1])) names.add(x[1]);
  }
  return names.size >= 2;
}

const ORDINALS: Record<string, number> = {
  deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10,
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/** The prompt, outside the blank, writes the ordinal that follows the key ("two … the third"). */
function ordinalAfterKey(c: Candidate, lang: "fr" | "en"): boolean {
  if (typeof c.answer !== "string") return false;
  const key = numberValue(c.answer, lang);
  if (key === null || key < 1 || key > 9) return false;
  return c.prompt.replace("_____", " ").toLowerCase().split(/[^\p{L}]+/u).some((w) => ORDINALS[w] === key + 1);
}

/**
 * « faisant plus de _____ victimes » keyed 50 under « le bilan monte à 97 morts » (reading 190:
 * "plus de 60, 70 or 80 are true as well"): a lower bound the headline's larger figure passes holds
 * for every option up to it.
 */
function boundUnderHeadline(a: FullAnalysis, c: Candidate): boolean {
  if (typeof c.answer !== "string" || !new RegExp(`${LOWER_BOUND.source}[\\s\\u00A0]+_____`, "iu").test(c.prompt)) return false;
  const key = numberValue(c.answer.replace(new RegExp(`^${LOWER_BOUND.source}[\\s\\u00A0]+`, "iu"), "").trim(), a.language);
  if (key === null) return false;
  // The headline's figure must count what the key counts: the same noun, or a toll beside a toll
  // ("at least 10 pulled alive" under "death toll rises to 62" stays).
  const noun = foldWords(/_____[\s\u00A0]+(?:[\p{Ll}-]+[\s\u00A0]+)?([\p{L}-]+)/u.exec(c.prompt)?.[1] ?? "");
  const toll = (w: string) => TOLL_UNITS.test(w) || /^(?:people|personnes?)$/u.test(w);
  return [...a.title.matchAll(/(\d[\d\s\u00A0\u202F.,]*\d|\d)[\s\u00A0]+([\p{L}-]+)/gu)].some((m) => {
    const v = numberValue(m[1].replace(/[\s\u00A0\u202F]/gu, ""), a.language);
    const word = foldWords(m[2]);
    return v !== null && v > key && v <= 20 * key && !isCalendarYear(v) && (word.replace(/s$/u, "") === noun.replace(/s$/u, "") || (toll(word) && toll(noun)));
  });
}

/** A hedge that makes a figure a lower bound: « plus de », "at least". */
const LOWER_BOUND = /(?<![\p{L}])(?:plus[\s\u00A0]+de|au[\s\u00A0]+moins|more[\s\u00A0]+than|at[\s\u00A0]+least|over)/u;
