// Questions another answer than the key would also satisfy, or that an option gives away: a
// wrong option another sentence makes true, a figure another sentence gives for the same question,
// the one option of the gender the prompt names. Checks of selection (select.ts), by the readings
// that found them.
import type { FullAnalysis } from "../analysis/types";
import { containsWords, foldWords } from "../analysis/fold";
import { genderOf } from "../analysis/gender";
import { contentWordsOf, stem } from "./importance";
import type { Candidate } from "./template";
import { entityByName } from "./verify";

/** What a number question counts ("km", "départements", "%"): two questions on one unit ask the same thing twice (reading 9). */
export function countedUnit(a: FullAnalysis, c: Candidate): string | null {
  if (c.meta?.slot !== "number" || typeof c.answer !== "string") return null;
  const inSentence = a.numbers.filter((m) => m.sentenceIndex === c.sentenceIndex);
  const answer = foldWords(c.answer);
  // « plus de 300 millions » is asked as « 300 millions » (its hedge stays in the sentence).
  const m = inSentence.find((x) => foldWords(x.text) === answer || foldWords(a.text.slice(x.numStart, x.numEnd)) === answer ||
    (!!x.hedgeText && foldWords(x.text.slice(x.hedgeText.length)) === answer)) ??
    (inSentence.length === 1 ? inSentence[0] : undefined);
  if (!m) return null;
  if (m.isPercent) return "%";
  if (!m.unit) return null;
  // "More than 70 stolen antiquities" beside "Of the 74 antiquities" (reading 122: each count gave
  // the other away): the noun counted, past a modifier the analysis took for the unit.
  const words = a.text.slice(m.numEnd, m.numEnd + 60).trim().split(/[\s\u00A0]+/u);
  let k = 0;
  while (k < 2 && k + 1 < words.length && MODIFIER.test(words[k]) && /^\p{Ll}[\p{L}-]*[,;:.)]?$/u.test(words[k + 1])) k++;
  const noun = k > 0 ? words[k].replace(/[^\p{L}-]+$/u, "") : m.unit;
  return foldWords(noun).replace(/s$/, "");
}

/** Words between a figure and the noun it counts: "stolen", "new", « nouveaux », « autres ». */
const MODIFIER = /^(?:\p{Ll}+ed|stolen|new|other|additional|more|further|young|old|small|large|major|minor|separate|different|such|nouveaux|nouvelles|autres|premiers|premières|derniers|dernières|jeunes|petits|petites|grands|grandes)$/u;


/** The words of a question's own template, which every sentence could share. */
const TEMPLATE_WORDS = new Set(["article", "according", "selon", "apres", "quel", "quelle", "quels", "quelles", "which", "where", "what", "who", "whom"].map(stem));

/**
 * "Where have vaccination campaigns started again?" with "Indonesia" among the options, where
 * another sentence says Indonesia vaccinates too: a wrong option that another sentence ties to
 * two of the question's words may be defended (reading 35, where the text said "the Indonesian
 * government", an adjective this test does not read as the country). Of the questions read in
 * readings 1–35 that asked "who/where/which" with such an option, 1 in 11 was accepted, against
 * 8 in 22 without. Clozes are spared: their option fills one sentence, which the prompt shows.
 * Dates and figures too: another sentence's date tells another step of the same story.
 */
export function optionTrueElsewhere(a: FullAnalysis, c: Candidate): boolean {
  if ((c.skill ?? "detail") !== "detail" || c.kind !== "multiple_choice" || c.prompt.includes("_____") || !c.choices || typeof c.answer !== "string") return false;
  if (c.meta?.slot === "date" || c.meta?.slot === "number" || /\d/.test(c.answer)) return false;
  const stems = (t: string) => new Set(contentWordsOf(t, a.language).map(stem));
  const key = stems(c.answer);
  const asked = [...stems(c.prompt)].filter((w) => !key.has(w) && !TEMPLATE_WORDS.has(w));
  return c.choices.filter((o) => o !== c.answer).some((o) => {
    const own = stems(o);
    const words = asked.filter((w) => !own.has(w));
    return a.sentences.some((s) => !s.isHeading && (s.end <= c.evidence.start || s.start >= c.evidence.end) && containsWords(s.text, o) &&
      words.filter((w) => stems(s.text).has(w)).length >= 2);
  });
}

/**
 * "How many people were killed?" where one sentence counts the dead of the quake three weeks ago
 * and another those of this week's: a question that does not copy its sentence loses what told
 * the two apart (reading 36). Another figure of the same noun whose sentence shares a word of the
 * question answers it too.
 */
export function otherFigureAnswers(a: FullAnalysis, c: Candidate): boolean {
  // Clozes and true/false statements quote their sentence whole.
  if (c.meta?.slot !== "number" || c.kind === "true_false" || /_____|[«“"]/u.test(c.prompt) || typeof c.answer !== "string") return false;
  const unit = countedUnit(a, c);
  if (!unit || unit === "%") return false;
  // "how many people are dead?" beside floods that "killed 163 people" (reading 126): the words of
  // a death toll are one word here.
  const stems = (t: string) => new Set(contentWordsOf(t, a.language).map((w) => (TOLL_WORD.test(w) ? "\u2020" : stem(w))));
  const unitStems = stems(unit);
  const asked = [...stems(c.prompt)].filter((w) => !unitStems.has(w) && !TEMPLATE_WORDS.has(w) && !HOW_MANY.has(w));
  // "… on the roads of France in 2012?": a year the prompt names and the other sentence lacks tells them apart.
  const years = c.prompt.match(/(?<!\d)(?:1[89]|20)\d{2}(?!\d)/gu) ?? [];
  return a.numbers.some((m) => {
    const other = a.sentences[m.sentenceIndex]?.text ?? "";
    return m.sentenceIndex !== c.sentenceIndex && !!m.unit && foldWords(m.unit).replace(/s$/, "") === unit &&
      years.every((y) => other.includes(y)) && asked.some((w) => stems(other).has(w));
  });
}

const HOW_MANY = new Set(["combien", "many", "much"].map(stem));

/** Words of a death toll, either language. */
const TOLL_WORD = /^(?:dead|died|die|dies|killed|kill|kills|deaths?|fatalities|morte?s?|tu[ée]e?s?|d[ée]c[èe]s|d[ée]c[ée]d[ée]e?s?|p[ée]rie?s?)$/iu;

/**
 * « Au lendemain du septième sacre de _____ » with Teddy Riner among three judokas of the women's
 * team: the one man is picked without reading (reading 39). The key is the only option of its
 * gender while two or more options are of the other.
 */
export function onlyOfItsGender(a: FullAnalysis, c: Candidate): boolean {
  // Only where the prompt says a gender ("the women's hammer throw", « équipes dames », "his"):
  // a lone woman among men in "who thinks that …?" gives nothing away.
  if (c.kind !== "multiple_choice" || typeof c.answer !== "string" || !c.choices || !GENDER_CUE[a.language].test(c.prompt)) return false;
  const person = (x: string) => { const e = entityByName(a, x); return e?.type === "person" ? e : undefined; };
  const key = person(c.answer);
  const g = key && genderOf(a, key);
  if (!g) return false;
  const others = c.choices.filter((x) => x !== c.answer).map((x) => { const e = person(x); return e ? genderOf(a, e) : undefined; });
  return !others.includes(g) && others.filter((x) => x && x !== g).length >= 2;
}

const GENDER_CUE: Record<"fr" | "en", RegExp> = {
  fr: /(?<![\p{L}])(?:elle|elles|il|ils|lui|femmes?|hommes?|dames|messieurs|masculin\p{L}*|féminin\p{L}*|fille|fils|mère|père|épouse|époux|veuve|sœur|frère|reine|roi|championne|joueuse|sportive|athlète féminine|madame|monsieur|mme|m\.)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:she|her|hers|herself|he|him|his|himself|women'?s?|men'?s?|female|male|woman|man|girl|boy|mother|father|wife|husband|widow|daughter|son|sister|brother|queen|king|actress|mrs|ms|mr)(?![\p{L}])/iu,
};
