// Main idea: "Quelle phrase résume le mieux l'information principale de l'article ?". The key is
// the most important of the opening sentences (news puts the event first, and it shares the
// title's words); the other options are true sentences of the same article that carry
// secondary details, far from the key in importance and in wording.
import type { FullAnalysis, Sentence } from "../../../analysis/types";
import { overlap, wordCount } from "../../clauses";
import { contentWordsOf, importanceOf, stem } from "../../importance";
import { foldWords } from "../../../analysis/fold";
import { kitFor } from "../../question-kit";
import { rngFor, shuffle } from "../../random";
import type { Candidate, QuestionTemplate } from "../../template";
import { applyTypography } from "../../typography";

const OPENS_ON_REFERENCE: Record<"fr" | "en", RegExp> = {
  fr: /^(?:il|elle|ils|elles|on|cela|ce|c['’]|cette|ces|cet|lui|leur|ensuite|puis|mais|et|or|en outre|de plus|par ailleurs|selon lui|selon elle)(?![\p{L}'’])/iu,
  en: /^(?:he|she|they|it|this|that|these|those|there|then|but|and|also|however|meanwhile|in addition|according to (?:him|her|them))(?![\p{L}'’])/iu,
};

const ATTRIBUTED: Record<"fr" | "en", RegExp> = {
  fr: /^(?:selon|d['’]après|pour(?![\s\u00A0](?:la[\s\u00A0]\p{L}+ième[\s\u00A0]fois|la[\s\u00A0]première[\s\u00A0]fois|le[\s\u00A0]moment|l['’]instant)))[\s\u00A0]|(?:,|[\s\u00A0]a)[\s\u00A0](?:déclaré|affirmé|estimé|indiqué|expliqué|souligné|assuré|ajouté|précisé)(?![\p{L}])|[\s\u00A0](?:estime|affirme|juge|considère|pense)[\s\u00A0](?:que|qu['’])/iu,
  en: /^according to[\s\u00A0]|,[\s\u00A0](?:said|says|added|stated)(?![\p{L}])|[\s\u00A0](?:said|says|believes|thinks|argued|claimed)[\s\u00A0]that[\s\u00A0]/iu,
};

/** "En effet, …", "Indeed, …": a link to the sentence before that adds nothing to the statement itself. */
const EMPTY_LINK: Record<"fr" | "en", RegExp> = {
  fr: /^(?:en effet|de fait|effectivement),[\s\u00A0]+/iu,
  en: /^(?:indeed|in fact),[\s\u00A0]+/iu,
};
/** "…, a indiqué la direction.", "…, NASA said.": who reported a fact (not someone's opinion of it). */
const REPORTED_BY: Record<"fr" | "en", RegExp> = {
  fr: /,[\s\u00A0]+(?:a|ont)[\s\u00A0]+(?:indiqué|annoncé|précisé|confirmé|rapporté|communiqué)[\s\u00A0]+[\p{L}'’ ,-]{2,70}(?=\.$)/iu,
  en: /,[\s\u00A0]+(?:the[\s\u00A0]+)?[\p{L}'’ -]{2,40}[\s\u00A0]+(?:said|announced|reported|confirmed)(?=\.$)/iu,
};

/** The statement of a sentence as an option shows it: without an empty link or a trailing "X reported". */
export function statementOf(text: string, lang: "fr" | "en"): string {
  let t = text.trim();
  const link = EMPTY_LINK[lang].exec(t);
  if (link) t = t.slice(link[0].length).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return t.replace(REPORTED_BY[lang], "");
}

function readableAlone(a: FullAnalysis, s: Sentence, maxWords: number): boolean {
  const text = statementOf(s.text, a.language);
  const n = wordCount(text);
  return !s.isHeading && !!s.quotesBalanced && n >= 8 && n <= maxWords && !/\?$/.test(text) &&
    !OPENS_ON_REFERENCE[a.language].test(text) && /[.!…»”"]$/.test(text) &&
    // A tail cut from a quote ("a-t-il affirmé…") or a dateline ("Québec - …") is not a sentence to offer.
    /^[\p{Lu}\d]/u.test(text) && !/^\p{Lu}[\p{L}-]+(?:,[\s\u00A0]\p{Lu}[\p{L}-]+)?\s[-–—]\s/u.test(text) && !/^…/.test(text) &&
    // "À compter de cette date, …", "After this decision, …": an opening that points back.
    !/^[^,]{0,30}(?<![\p{L}])(?:cette|ce|cet|ces|this|these|that|those)[\s\u00A0]/iu.test(text);
}

export function mainIdeaCandidate(a: FullAnalysis, hash: number): Candidate | null {
  const imp = importanceOf(a);
  const body = a.sentences.filter((s) => !s.isHeading);
  const opening = body.slice(0, 3).filter((s) => readableAlone(a, s, 45));
  if (!opening.length) return null;
  // The key must restate the title's news: without shared words it may be an aside (an
  // ambassador's remark in the second paragraph), and a wrong key is worse than no question.
  // Stems ("supprimer"/"supprimés") and the title's figures ("520 postes d'ici à 2014") count.
  const tokens = (t: string) => new Set([...contentWordsOf(t, a.language).map(stem), ...(foldWords(t).match(/\b\d{2,}\b/g) ?? [])]);
  const titleTokens = tokens(a.title);
  const titleShare = (s: Sentence) => (titleTokens.size ? [...tokens(statementOf(s.text, a.language))].filter((w) => titleTokens.has(w)).length / Math.min(titleTokens.size, 5) : 0);
  // Someone's view of the news ("According to the ambassador, …", "…, a déclaré X") is a
  // reaction to it, not the news; among the rest, news writing puts the event first.
  // News writing puts the event first: the earliest sentence within one title word of the best.
  const plain = opening.filter((s) => !ATTRIBUTED[a.language].test(statementOf(s.text, a.language)));
  if (!plain.length) return null;
  const best = Math.max(...plain.map(titleShare));
  const key = plain.find((s) => titleShare(s) >= best - 0.2 - 1e-9)!;
  const keyImp = imp.sentence[key.index];
  if (keyImp < 0.6 || titleShare(key) < 0.4) return null;
  const lede = new Set(body.slice(0, 2).map((s) => s.index));
  const secondary = body.filter((s) => !lede.has(s.index) && s.index !== key.index && readableAlone(a, s, 35) &&
    imp.sentence[s.index] <= 0.7 * keyImp && overlap(s.text, key.text) < 0.35);
  if (secondary.length < 3) return null;
  // Spread the options over the article: one from each third of the secondary sentences.
  const rng = rngFor(hash, "main-idea");
  const thirds = [0, 1, 2].map((k) => secondary.slice(Math.floor((k * secondary.length) / 3), Math.floor(((k + 1) * secondary.length) / 3)));
  const picked: Sentence[] = [];
  for (const part of thirds) {
    const options = shuffle(part, rng).filter((s) => picked.every((p) => overlap(p.text, s.text) < 0.4));
    if (options.length) picked.push(options[0]);
  }
  if (picked.length < 3) return null;
  const lang = a.language;
  const choices = shuffle([key, ...picked].map((s) => statementOf(s.text, lang)), rng);
  const first = body[0]?.index === key.index;
  // Say only what holds: the title's own words, or the opening, or neither.
  const sameWords = titleShare(key) >= 0.6;
  const why = lang === "fr"
    ? [first ? "l'article l'annonce dans sa première phrase" : "", sameWords ? "le titre annonce la même chose" : ""].filter(Boolean).join(" et ")
    : [first ? "the article opens with it" : "", sameWords ? "the title announces the same news" : ""].filter(Boolean).join(" and ");
  const explanation = lang === "fr"
    ? `C'est l'information principale${why ? ` : ${why}` : ""} ; les autres phrases apportent des détails.`
    : `This is the main news${why ? `: ${why}` : ""}; the other sentences add details.`;
  return {
    kind: "multiple_choice",
    category: "comprehension",
    source: "article",
    prompt: applyTypography(lang === "fr" ? "Quelle phrase résume le mieux l'information principale de l'article ?" : "Which sentence best sums up the main news of the article?", lang),
    choices,
    answer: statementOf(key.text, lang),
    evidence: { text: a.text.slice(key.start, key.end), start: key.start, end: key.end },
    explanation: applyTypography(explanation, lang),
    difficulty: 2,
    skill: "main_idea",
    template: "main-idea",
    score: 0.9,
    sentenceIndex: key.index,
    meta: { slot: "main_idea", fact: "main-idea", proof: { type: "summary" } },
  };
}

export const mainIdeaTemplate: QuestionTemplate = {
  name: "main-idea",
  generate(analysis) {
    const { full, hash } = kitFor(analysis);
    const c = mainIdeaCandidate(full, hash);
    return c ? [c] : [];
  },
};
