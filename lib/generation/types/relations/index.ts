// Cause, consequence and purpose questions: a sentence that states a relation with a marker
// ("parce que", "en raison de", "si bien que", "afin de", "because", "leading to", "in order to")
// is split into the statement and what the marker introduces. The question asks for the latter;
// the options are phrases of the same grammatical form taken from other sentences of the same
// article, so no option stands out by its shape and none is true of the statement.
import type { FullAnalysis, Sentence } from "../../../analysis/types";
import { containsWords, fold } from "../../../analysis/fold";
import type { Language } from "../../contract";
import {
  clausePool, DEMONSTRATIVE, eventNounPool, FINITE, infinitivePhrase, infinitivePool, lowerFirst, overlap, withoutDeterminer, queClause, selfContained,
  stripFinal, subjectOf, upperFirst, wordCount,
  CLITIC_INFINITIVE, EN_INVERTIBLE_AUX, endsOnFunctionWord, POSSESSIVE,
} from "../../clauses";
import { importanceOf } from "../../importance";
import { PHRASES } from "../../phrases";
import { kitFor } from "../../question-kit";
import { rngFor, shuffle } from "../../random";
import type { Candidate, QuestionTemplate } from "../../template";
import { applyTypography, quoteExcerpt } from "../../typography";
import { type Form, LINKING, MARKERS, type Relation, RELATION_WORDS } from "./markers";
import { findVerbRelations, type VerbRelation } from "./verbs";
import { causeOptions } from "../../distractors/causes";

export interface RelationFound {
  relation: Relation;
  form: Form;
  sentence: Sentence;
  /** The statement the relation is about, verbatim. */
  main: string;
  /** What the marker introduces (the cause, consequence or purpose), verbatim. */
  content: string;
  marker: string;
  /** For a marker opening the sentence ("C'est pourquoi …"), the sentence before, which holds the statement. */
  previous?: Sentence;
}

/**
 * The core of a noun phrase without its determiner: a long tail ("… dans un des neuf moteurs du
 * premier étage") would make the key the longest option, a tell.
 */
function nounCore(phrase: string): string {
  const content = withoutDeterminer(phrase);
  const tail = /\s(?:dans|sur|pour|avec|en|à|au|aux|installée?s?|in|on|for|with|at|into)\s/u.exec(content);
  return tail && wordCount(content.slice(0, tail.index)) >= 3 ? content.slice(0, tail.index) : content;
}

const SUBORDINATE = /(?<![\p{L}'’])(?:où|qui|dont|lorsqu['’e]|quand|tandis|alors que|which|who|whom|where|when|while|after|before|that|says|said|learned|reported|dit|estime|affirme)(?![\p{L}])/iu;


/** Cut a clause at its first boundary: semicolon, or a comma before a new clause. */
function firstClauseOf(s: string): string {
  const cut = /;\s|,\s(?:et|mais|alors que|tandis que|qui|ce qui|dont|and|but|while|which|who|although)\s|\s[-–—]\s/u.exec(s);
  return (cut ? s.slice(0, cut.index) : s).trim();
}

/**
 * "Dans un communiqué, le palais a annoncé que le roi ne souhaitait pas …", "NASA said that …":
 * the report frame around a statement. The writer's own "En effet, …" or "because" explains the
 * statement, not the reporting, so the statement is what the question is about.
 */
const REPORT_FRAME: Record<Language, RegExp> = {
  fr: /^(?:[^,]{2,40},[\s\u00A0])?(?:le|la|les|l['’]|\p{Lu})[^,;:«»"]{1,60}?[\s\u00A0](?:a|ont|avait|avaient)[\s\u00A0](?:annoncé|indiqué|déclaré|expliqué|précisé|affirmé|assuré|confirmé|rappelé|souligné)[\s\u00A0]qu(?:e[\s\u00A0]|['’])/u,
  en: /^(?:[^,]{2,40},[\s\u00A0])?(?:the[\s\u00A0]|\p{Lu})[^,;:“”"]{1,60}?[\s\u00A0](?:said|announced|stated|explained|confirmed|reported|has said|have said)[\s\u00A0]that[\s\u00A0]/u,
};

/** The statement inside a report frame, when what the frame reports is a whole clause with its own subject. */
export function reportedStatement(main: string, lang: Language): string {
  const m = REPORT_FRAME[lang].exec(main);
  if (!m) return main;
  const inner = main.slice(m[0].length);
  return subjectOf(upperFirst(inner), lang) ? inner : main;
}

function nounPhrase(s: string): string | null {
  // « grâce à une utilisation aussi limitée que possible … et à l'annonce … »: a comparison cut at
  // its « que » leaves a fragment, and a second cause after « et à » would be left out (reading 15).
  if (/(?:aussi|plus|moins|autant|as|more|less)[\s\u00A0]+[\p{L}'’-]+[\s\u00A0]+(?:que|qu['’]|than|as)(?![\p{L}])/iu.test(s)) return null;
  if (/[\s\u00A0](?:et|and)[\s\u00A0](?:à|au|aux|de|du|des|to|of)[\s\u00A0]/iu.test(s)) return null;
  const cut = /,\s|[;:()]|\s(?:qui|que|dont|où|which|who|that|where)\s/u.exec(s);
  let t = stripFinal(cut ? s.slice(0, cut.index) : s);
  // « le travail d'anticipation effectué notamment avec … »: a participle after the noun starts a
  // modifier; the cause is the noun phrase before it (reading 16: « … effectué notamment » as a key).
  const participle = /[\s\u00A0]\p{Ll}+(?:é|ée|és|ées)(?=[\s\u00A0]|$)/u.exec(t);
  if (participle && wordCount(t.slice(0, participle.index)) >= 2) t = t.slice(0, participle.index);
  if (/(?:ment|notamment|also|notably)$/iu.test(t)) return null;
  const n = wordCount(t);
  if (n < 2 || n > 14) return null;
  // A noun phrase has no auxiliary of its own; one would make it a clause.
  if (/(?:^|\s)(?:a|ont|est|sont|était|étaient|avait|avaient|is|are|was|were|has|have|had|will)(?=\s|$)/iu.test(t)) return null;
  if (endsOnFunctionWord(t)) return null;
  return t;
}

/** Any marker at all, for "does this statement carry a relation of its own?" (no lastIndex to disturb). */
const ANY_MARKER: Record<Language, RegExp> = {
  fr: new RegExp(MARKERS.fr.map((m) => `(?:${m.re.source})`).join("|"), "iu"),
  en: new RegExp(MARKERS.en.map((m) => `(?:${m.re.source})`).join("|"), "iu"),
};

export function findRelations(a: FullAnalysis): RelationFound[] {
  const lang = a.language;
  const out: RelationFound[] = [];
  const inQuote = (at: number) => a.quotes.some((q) => at >= q.contentStart && at < q.contentEnd);
  for (const s of a.sentences) {
    if (s.isHeading || !s.quotesBalanced || /\?$/.test(s.text) || wordCount(s.text) < 7) continue;
    for (const mk of MARKERS[lang]) {
      mk.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = mk.re.exec(s.text))) {
        if (inQuote(s.start + m.index)) continue;
        const before = s.text.slice(0, m.index);
        const afterAt = m.index + m[0].length;
        let main: string;
        let rawContent: string;
        if (!before.trim()) {
          // "Parce que X, Y" / "Because of X, Y": the relation opens the sentence.
          const comma = s.text.indexOf(", ", afterAt);
          if (comma < 0) continue;
          rawContent = s.text.slice(afterAt, comma);
          main = stripFinal(s.text.slice(comma + 2));
        } else {
          main = before.replace(/[\s,]+$/u, "");
          // An attribution opening the sentence ("Selon X, ") is not part of the statement.
          main = main.replace(/^(?:selon|d['’]après|according to)\s[^,]{2,60},\s/iu, "");
          // An opening adverbial ("À Oran, ", "Prévu pour samedi, ", "On Monday, ") frames the statement; its subject follows.
          const lead = /^([^,]{2,45}),\s(?=\p{L})/u.exec(main);
          if (lead && !subjectOf(main, lang) && !FINITE[lang].test(lead[1])) main = main.slice(lead[0].length);
          const lastSemi = main.lastIndexOf("; ");
          if (lastSemi >= 0) main = main.slice(lastSemi + 2);
          rawContent = stripFinal(s.text.slice(afterAt));
        }
        // A noun-phrase cause in mid-sentence without a comma may belong to the noun before it
        // ("l'amélioration de l'attitude suite à l'arrivée de…"), not to the statement: ambiguous.
        if (mk.form === "noun" && before.trim() && !/,\s*$/.test(before)) continue;
        let content: string | null;
        if (mk.form === "infinitive") content = infinitivePhrase(rawContent, 0, rawContent.length, lang);
        // « l'échec des négociations sur le dossier BHV (Bruxelles-Hal-Vilvorde) »: the parenthesis is an aside.
        else if (mk.form === "noun") content = nounPhrase(firstClauseOf(rawContent.replace(/[\s\u00A0]*\([^()]{1,80}\)/gu, "")));
        else content = firstClauseOf(rawContent);
        if (!content) continue;
        content = stripFinal(content);
        if (mk.form === "noun") content = nounCore(content);
        if (mk.form === "clause" && (!selfContained(content, lang, 24) || !FINITE[lang].test(content))) continue;
        if (mk.form !== "clause" && /[«»“”"()]/.test(content)) continue;
        // "causing the site to shut down": a noun with its own infinitive is a clause in disguise.
        if (mk.form === "noun" && /\sto\s\p{Ll}/u.test(content)) continue;
        if (!selfContained(main, lang, 26) || !FINITE[lang].test(main) || !subjectOf(main, lang)) continue;
        // « cette première phase de la crise est maîtrisée »: the question would point to a sentence it does not show.
        if (DEMONSTRATIVE[lang].test(main)) continue;
        // A subordinate clause in the statement may be what the relation attaches to: ambiguous.
        if (SUBORDINATE.test(main) || /(?:^|\s)(?:que|qu['’]|that|to|be|de|par|by|of)$/iu.test(main)) continue;
        // The statement must not carry another relation of its own ("X parce que Y parce que Z").
        if (ANY_MARKER[lang].test(main)) continue;
        // "l'utilisation est gratuite et Miguel Neiva a mis en place…": two clauses make no one question.
        if (TWO_CLAUSES[lang].test(main)) continue;
        // "Y intégrer…", "Répartir leurs malades": a pronoun or possessive whose antecedent stays in the sentence.
        if (POSSESSIVE[lang].test(content) || (mk.form === "infinitive" && CLITIC_INFINITIVE.test(content))) continue;
        out.push({ relation: mk.relation, form: mk.form, sentence: s, main, content, marker: m[0].trim() });
      }
    }
    linked(a, s, out);
  }
  return out;
}

const TWO_CLAUSES: Record<Language, RegExp> = {
  fr: /[\s\u00A0]et[\s\u00A0](?:le|la|les|l['’]|un|une|des|\p{Lu}\p{Ll}+[\s\u00A0]\p{Lu})/u,
  en: /[\s\u00A0]and[\s\u00A0](?:the|a|an|\p{Lu}\p{Ll}+[\s\u00A0]\p{Lu})[^,]*[\s\u00A0](?:is|are|was|were|has|have|had|\p{Ll}+ed)[\s\u00A0]/u,
};

/** "X. C'est pourquoi Y." / "X. En effet, Y.": the relation runs across two sentences of one paragraph. */
function linked(a: FullAnalysis, s: Sentence, out: RelationFound[]): void {
  const lang = a.language;
  const prev = a.sentences[s.index - 1];
  if (!prev || prev.isHeading || !prev.quotesBalanced || a.text.slice(prev.end, s.start).includes("\n")) return;
  for (const l of LINKING[lang]) {
    const m = l.re.exec(s.text);
    if (!m) continue;
    const content = firstClauseOf(stripFinal(s.text.slice(m[0].length)));
    let main = stripFinal(prev.text);
    main = main.replace(/^(?:selon|d['’]après|according to)\s[^,]{2,60},\s/iu, "");
    main = reportedStatement(main, lang);
    if (!selfContained(content, lang, 24) || !FINITE[lang].test(content)) return;
    if (!selfContained(main, lang, 26) || !FINITE[lang].test(main) || !subjectOf(main, lang) || SUBORDINATE.test(main)) return;
    out.push({ relation: l.relation, form: "clause", sentence: s, previous: prev, main, content, marker: m[0].trim() });
  }
}

/** "although there are limited landing zones, …": a concession is no cause nor an event to ask about (reading 82). */
const CONCESSIVE = /^(?:although|though|even[\s\u00A0]+though|even[\s\u00A0]+if|despite|bien[\s\u00A0]+que|quoique|même[\s\u00A0]+si|malgré)(?![\p{L}])/iu;

/**
 * "what happened because the item will have to come back to the City Council" (reading 139): a
 * cause still to come has a consequence to come too.
 */
const FUTURE: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:va|vont)[\s\u00A0]+\p{Ll}+(?:er|ir|re)(?![\p{L}])|(?<![\p{L}])(?:sera|seront|aura|auront|devra|devront|pourra|pourront|fera|feront|ira|iront|\p{Ll}{3,}(?:era|eront|ira|iront))(?![\p{L}])/u,
  en: /(?<![\p{L}])(?:will|shall|won['’]t|(?:is|are)[\s\u00A0]+(?:going|set|due)[\s\u00A0]+to)(?![\p{L}])/iu,
};

function promptFor(a: FullAnalysis, r: RelationFound): string | null {
  const lang = a.language;
  const main = lowerFirst(a, r.main);
  if (CONCESSIVE.test(main.trim())) return null;
  // "grâce à" / "thanks to" names a means, not a reason: "grâce à quoi", not "pourquoi".
  const means = /^(?:grâce|thanks)/iu.test(r.marker);
  if (lang === "fr") {
    if (r.relation === "cause") return means ? `D'après l'article, grâce à quoi est-ce ${queClause(main)} ?` : `D'après l'article, pourquoi est-ce ${queClause(main)} ?`;
    if (r.relation === "consequence") return `D'après l'article, ${FUTURE.fr.test(main) ? "que va-t-il se passer" : "que s'est-il passé"} parce ${queClause(main)} ?`;
    return `D'après l'article, dans quel but est-ce ${queClause(main)} ?`;
  }
  const sub = subjectOf(r.main, "en");
  const inverted = sub && EN_INVERTIBLE_AUX.test(sub.aux) ? `${sub.aux.toLowerCase()} ${lowerFirst(a, sub.subject)} ${sub.rest.slice(sub.aux.length).trim()}` : null;
  if (r.relation === "cause" && means) return `According to the article, thanks to what ${inverted ?? main}?`.replace("thanks to what " + main, `what made it possible that ${main}`);
  if (r.relation === "cause") return inverted ? `According to the article, why ${inverted}?` : `According to the article, what is the reason why ${main}?`;
  if (r.relation === "consequence") return `According to the article, ${FUTURE.en.test(main) ? "what will happen" : "what happened"} because ${main}?`;
  return inverted ? `According to the article, why ${inverted}?` : `According to the article, what was the aim when ${main}?`;
}

const POINTS_BACK = /(?<![\p{L}'’])(?:ce|cet|cette|ces|son|sa|ses|leur|leurs|this|these|that|those|its|his|her|their)(?![\p{L}'’])/iu;
/** An infinitive phrase opens on the verb (after « ne pas », a reflexive or an object clitic). */
const INFINITIVE_START: Record<Language, RegExp> = {
  fr: /^(?:ne[\s\u00A0]pas[\s\u00A0]|n['’])?(?:(?:se|s['’]|les|la|le|l['’]|leur|lui|y|en)[\s\u00A0]?)?\p{Ll}+(?:er|ir|re|oir)(?=[\s\u00A0]|$)/u,
  en: /^(?!(?:the|a|an|of|in|on|at|to|for|by|with|and|or|but|be|been|being)[\s\u00A0])\p{Ll}+(?=[\s\u00A0]|$)/u,
};

interface Pooled {
  text: string;
  sentence: number;
}

/** Options of the same form as the key, from elsewhere in the article, none true of the statement. */
function distractorsFor(a: FullAnalysis, r: RelationFound, all: RelationFound[], hash: number): string[] {
  const imp = importanceOf(a);
  const sameForm: Pooled[] = all.filter((o) => o !== r && o.form === r.form && o.sentence.index !== r.sentence.index)
    .map((o) => ({ text: o.content, sentence: o.sentence.index }));
  const pool: Pooled[] = r.form === "clause" ? clausePool(a, r.sentence.index) : r.form === "noun" ? eventNounPool(a, r.sentence.index) : infinitivePool(a, r.sentence.index);
  const keyWords = wordCount(r.content);
  const evidence = fold((r.previous ? r.previous.text + " " : "") + r.sentence.text);
  const picked: string[] = [];
  const ok = (d: Pooled) => {
    // An option must read as what it stands for: an aim opens on a verb, never on a name
    // (« Saint-Quentin-Fallavier dans l'Isère ») or a fragment pointing back (« avoir commis cet attentat »).
    if (POINTS_BACK.test(d.text) || (r.form !== "clause" && /^\p{Lu}/u.test(d.text.trim()))) return false;
    if (r.form === "infinitive" && !INFINITIVE_START[a.language].test(d.text.trim())) return false;
    const n = wordCount(d.text);
    const min = r.form === "noun" ? 2 : Math.max(2, keyWords * 0.35);
    if (n < min || n > Math.max(8, keyWords * 2.5)) return false;
    if (overlap(d.text, r.content) >= 0.34 || overlap(d.text, r.main) >= 0.5) return false;
    if (evidence.includes(fold(d.text))) return false;
    return !picked.some((p) => overlap(p, d.text) >= 0.5);
  };
  // Other stated causes or aims first: they are the most plausible wrong answers.
  const ranked = [...shuffle(sameForm, rngFor(hash, `rel-same:${r.sentence.index}`)),
    ...[...pool].sort((x, y) => imp.sentence[y.sentence] - imp.sentence[x.sentence] || x.sentence - y.sentence)];
  for (const raw of ranked) {
    if (picked.length >= 3) break;
    const d = r.form === "noun" ? { ...raw, text: withoutDeterminer(raw.text) } : raw;
    if (ok(d)) picked.push(d.text);
  }
  return picked;
}

export function relationExplanation(a: FullAnalysis, relation: Relation, content: string, evidence: string): string {
  const lang = a.language;
  const head = lang === "fr"
    ? `L'article donne ${RELATION_WORDS.fr[relation]} : ${lowerFirst(a, content)}.`
    : `The article gives ${RELATION_WORDS.en[relation]}: ${lowerFirst(a, content)}.`;
  return applyTypography(`${head} ${PHRASES[lang].explain(quoteExcerpt(evidence, lang))}`, lang);
}

export const relationsTemplate: QuestionTemplate = {
  name: "relation",
  generate(analysis) {
    const { full: a, hash } = kitFor(analysis);
    const imp = importanceOf(a);
    const rels = findRelations(a);
    const out: Candidate[] = [];
    for (const r of rels) {
      const raw = promptFor(a, r);
      if (!raw) continue;
      const distractors = distractorsFor(a, r, rels, hash);
      if (distractors.length < 2) continue;
      const key = upperFirst(r.content);
      const choices = shuffle([key, ...distractors.map(upperFirst)], rngFor(hash, `rel:${r.sentence.index}:${r.marker}`));
      const from = r.previous ? r.previous.start : r.sentence.start;
      const evidence = { text: a.text.slice(from, r.sentence.end), start: from, end: r.sentence.end };
      out.push({
        kind: "multiple_choice",
        category: "comprehension",
        source: "article",
        prompt: applyTypography(raw, a.language),
        choices,
        answer: key,
        evidence,
        explanation: relationExplanation(a, r.relation, r.content, evidence.text),
        difficulty: 2,
        skill: r.relation,
        template: `relation.${r.relation}`,
        score: Math.min(1, 0.72 + 0.22 * imp.sentence[r.sentence.index] - (wordCount(r.content) > 18 ? 0.05 : 0)),
        sentenceIndex: r.sentence.index,
        meta: { slot: r.relation, fact: `relation:${r.sentence.index}`, proof: { type: "relation", marker: r.marker, main: r.main, content: r.content } },
      });
    }
    out.push(...verbCandidates(a, hash, rels));
    return out;
  },
};

function verbPrompt(a: FullAnalysis, v: VerbRelation): string {
  const about = lowerFirst(a, v.about);
  if (a.language === "fr") {
    if (v.relation === "cause") return `D'après l'article, qu'est-ce qui ${v.ask} ${about} ?`;
    return /^vise/u.test(v.ask) ? `D'après l'article, à quoi ${v.ask} ${about} ?` : `D'après l'article, que ${v.ask} ${about} ?`;
  }
  if (v.relation === "cause") return `According to the article, what ${v.ask} ${about}?`;
  const designed = /^(is|are|was|were)[\s\u00A0]+(\p{L}+)$/u.exec(v.ask);
  if (designed) return `According to the article, what ${designed[1]} ${about} ${designed[2]} to do?`;
  return `According to the article, what ${v.ask === "aims" ? "does" : "do"} ${about} aim to do?`;
}

/** Causes and aims stated by the main verb ("X a provoqué Y", "Y was caused by X", "X permettra de …"). */
function verbCandidates(a: FullAnalysis, hash: number, rels: RelationFound[]): Candidate[] {
  const imp = importanceOf(a);
  const out: Candidate[] = [];
  for (const v of findVerbRelations(a)) {
    const content = v.form === "noun" ? nounCore(v.content) : v.content;
    if (wordCount(content) < (v.form === "noun" ? 1 : 3) || overlap(content, v.about) >= 0.34) continue;
    // "Qu'est-ce qui a provoqué la mort de quatre personnes ?" under the headline « Inondations … »: given away.
    if (a.title && containsWords(a.title, content)) continue;
    const r: RelationFound = { relation: v.relation, form: v.form, sentence: v.sentence, main: v.about, content, marker: v.verb };
    // A cause of a known kind (a storm, a fire) takes causes of other kinds as options; any other
    // key takes phrases of the article, and a bare noun ("report") says too little to be one.
    const listed = v.form === "noun" ? causeOptions(content, a.language, a.text, 3, (xs) => shuffle(xs, rngFor(hash, `cause:${v.sentence.index}`))) : [];
    if (v.form === "noun" && !listed.length && wordCount(content) < 2) continue;
    const distractors = listed.length >= 3 ? listed : distractorsFor(a, r, rels, hash);
    if (distractors.length < 2) continue;
    const key = upperFirst(content);
    const choices = shuffle([key, ...distractors.map(upperFirst)], rngFor(hash, `relv:${v.sentence.index}:${v.verb}`));
    const s = v.sentence;
    const evidence = { text: s.text, start: s.start, end: s.end };
    out.push({
      kind: "multiple_choice",
      category: "comprehension",
      source: "article",
      prompt: applyTypography(verbPrompt(a, v), a.language),
      choices,
      answer: key,
      evidence,
      explanation: relationExplanation(a, v.relation, content, evidence.text),
      difficulty: 2,
      skill: v.relation,
      template: `relation.${v.relation}`,
      score: Math.min(1, 0.72 + 0.22 * imp.sentence[s.index]),
      sentenceIndex: s.index,
      meta: { slot: v.relation, fact: `relation:${s.index}`, ...(listed.length >= 3 ? { typedOptions: true } : {}), proof: { type: "relation", marker: v.verb, main: withoutDeterminer(v.about), content, contentFirst: v.contentFirst } },
    });
  }
  return out;
}
