// What the article itself says a name is: "EUMETSAT, l'organisation européenne … pour
// l'exploitation de satellites météorologiques", "Matariki, the Māori New Year", "le satellite
// météorologique MSG-3", "X, c'est-à-dire Y". The question asks what the name is ("D'après
// l'article, qu'est-ce qu'EUMETSAT ?", vocabulary) or how the article introduces a person
// ("Comment l'article présente-t-il Mario Bustillos Borge ?"); the options are what the article
// says of its other names of the same kind, so each is true of someone and only one of this one.
import type { EntityMention, FullAnalysis } from "../../../analysis/types";
import { fold, isVowelInitial } from "../../../analysis/fold";
import type { Language } from "../../contract";
import { endsOnFunctionWord, overlap, POSSESSIVE, upperFirst, withoutDeterminer, wordCount } from "../../clauses";
import { importanceOf } from "../../importance";
import { PHRASES } from "../../phrases";
import { kitFor } from "../../question-kit";
import { rngFor, shuffle } from "../../random";
import type { Candidate, QuestionTemplate } from "../../template";
import { applyTypography, quoteExcerpt } from "../../typography";
import { confidentPerson } from "../../verify";
import { gazCountry } from "../../distractors/countries";
import { isLexiconCity } from "../../entity-kinds";
import { firstNameGender } from "../../../analysis/lexicon/first-names";

export interface Descriptor {
  mention: EntityMention;
  /** The name as written. */
  term: string;
  /** What the article says it is, as written (with its determiner). */
  text: string;
  person: boolean;
}

/** After the name: ", <descriptor>," or ", <descriptor>." (or « , c'est-à-dire … »). */
const AFTER = /^,[\s\u00A0]+(?:c['’]est-à-dire[\s\u00A0]+|that is,?[\s\u00A0]+|i\.e\.,?[\s\u00A0]+)?([^,;:«»“”"()[\]]{4,110}?)(?:,[\s\u00A0]|[.!]?$)/u;
/** Before the name (French): « le satellite météorologique MSG-3 », « l'astronome suisse Michel Mayor ». */
const BEFORE_FR = /(?:^|[\s\u00A0(])((?:le|la|les|l['’])[\s\u00A0]?(?:(?!(?:le|la|les|l|d|de|du|des|un|une|par|pour|avec|sur|dans|à|au|aux|en|et|ou)[\s\u00A0'’])\p{Ll}[\p{Ll}-]*[\s\u00A0]){2,5})$/u;

/** A description opens on a determiner ("l'organisation …", "a subsidiary of …"); a bare word
 *  there is a participle, a preposition or a list item ("près de Figeac", "répétant …"). */
const OPENS: Record<Language, RegExp> = {
  fr: /^(?:le|la|les|l['’]|un|une)(?:[\s\u00A0]+|(?<=['’]))\p{Ll}/u,
  en: /^(?:the|a|an)[\s\u00A0]+\p{L}/u,
};

/** A verb or a clause word makes it a clause, not a description. */
const CLAUSE: Record<Language, RegExp> = {
  fr: /(?:^|[\s\u00A0'’])(?:a|ont|est|sont|était|étaient|avait|sera|qui|que|qu|dont|où|il|elle|ils|elles|selon|a-t-il|déclare|dit|affirme|estime|annonce|explique|indique)(?=[\s\u00A0'’]|$)|\p{L}{3,}(?:ait|aient|era|eront)(?=[\s\u00A0]|$)/iu,
  en: /(?:^|[\s\u00A0])(?:is|are|was|were|has|have|had|will|would|said|says|told|who|which|that|whose|where|when|he|she|they|it|according)(?=[\s\u00A0]|$)|\p{Ll}{3,}ed(?=[\s\u00A0]|$)/u,
};
/** Words after which the name is counted or ranked, not described: « les prochains Jeux », « les treize derniers ». */
const NOT_DESCRIBING = /(?:^|[\s\u00A0])(?:prochaine?s?|derni(?:er|ère)s?|premi(?:er|ère)s?|seule?s?|autres?|mêmes?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|vingt|cent|mille)(?=[\s\u00A0]|$)/iu;

/** Bare words that describe nothing on their own. */
const EMPTY = /^(?:(?:le|la|les|l['’]|un|une|des|the|a|an)[\s\u00A0]?)?(?:même|autre|premier|première|dernier|dernière|lui-même|elle-même|same|other|first|last|former|himself|herself|itself|jr|sr|inc|llc|ltd)\.?$/iu;
/** A place's region or a date after a comma is no description: « Port-la-Nouvelle (Aude) », "Paris, France". */
const DATE_OR_PLACE = /\d{4}|\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|june|july|august|september|october|november|december)\b/iu;

function clean(text: string, lang: Language): string | null {
  const t = text.trim().replace(/[\s\u00A0]+/gu, " ");
  const n = wordCount(t);
  if (n < 2 || n > 14 || !OPENS[lang].test(t) || CLAUSE[lang].test(t) || EMPTY.test(t) || DATE_OR_PLACE.test(t) || POSSESSIVE[lang].test(t) || NOT_DESCRIBING.test(t)) return null;
  // No dangling preposition or determiner; no possessive pointing back ("de son conseil").
  if (endsOnFunctionWord(t)) return null;
  return t;
}

export function findDescriptors(a: FullAnalysis): Descriptor[] {
  const lang = a.language;
  const out: Descriptor[] = [];
  for (const m of a.entityMentions) {
    if (m.type === "place") continue;
    const s = a.sentences[m.sentenceIndex];
    if (!s || s.isHeading || !s.quotesBalanced) continue;
    const e = a.entities[m.entityId];
    const person = e.type === "person";
    if (person && !confidentPerson(a, e.name)) continue;
    const inQuote = a.quotes.some((q) => m.start >= q.contentStart && m.start < q.contentEnd);
    if (inQuote) continue;
    const term = a.text.slice(m.start, m.end);
    // "MSG-3", "EchoStar XVII": a name cut before its number is not the name.
    if (/^(?:-?\d|[\s\u00A0]+(?:[IVXLC]+|\d+)(?![\p{L}]))/u.test(a.text.slice(m.end, m.end + 6))) continue;
    // "… de la NASA, première mission …": after « de » the description may be the head noun's.
    // "le Honduras, le Nicaragua": an item of a list.
    const pre = a.text.slice(Math.max(s.start, m.start - 6), m.start);
    if (/(?:^|[\s\u00A0])(?:de|du|des|of)[\s\u00A0]+(?:(?:la|le|l['’]|the)[\s\u00A0]?)?$|d['’]$|,[\s\u00A0]*(?:(?:le|la|les|l['’]|the)[\s\u00A0]?)?$|(?:et|and)[\s\u00A0]+(?:(?:le|la|les|l['’]|the)[\s\u00A0]?)?$/iu.test(pre)) continue;
    // A place, known or introduced as one (« en Guyane Française », "in Tabasco"), is described by
    // no apposition that follows it: the noun phrase after its comma is the sentence's next part.
    if (gazCountry(e.name) || isLexiconCity(e.name) || /(?:^|[\s\u00A0])(?:en|à|au|aux|in|at)[\s\u00A0]+$/iu.test(pre)) continue;
    // "Jean-Marie Le Pen" typed otherwise is still a person: never "qu'est-ce que Jean-Marie Le Pen ?".
    if (!person && e.name.split(/[\s\u00A0-]+/).length > 1 && firstNameGender(e.name.split(/[\s\u00A0-]+/)[0])) continue;
    const after = AFTER.exec(a.text.slice(m.end, s.end));
    let text: string | null = null;
    if (after) text = clean(after[1], lang);
    if (!text && lang === "fr" && !person) {
      const before = BEFORE_FR.exec(a.text.slice(s.start, m.start));
      if (before) text = clean(before[1], lang);
    }
    if (!text) continue;
    // The description must not name the thing it describes, nor be a list ("X, Y and Z").
    if (fold(text).includes(fold(term)) || /(?:^|\s)(?:et|and)\s\p{Lu}/u.test(text)) continue;
    out.push({ mention: m, term, text, person });
  }
  return out;
}

/** The head noun's number: French puts it first (« agences spatiales »), English last ("space agencies"). */
function plural(t: string, lang: "fr" | "en"): boolean {
  const words = t.trim().split(/[\s\u00A0]+/u);
  const head = (lang === "fr" ? words[0] : words[words.length - 1]) ?? "";
  return lang === "fr" ? /[sx]$/iu.test(head) : /[^su]s$/iu.test(head);
}

function promptFor(a: FullAnalysis, d: Descriptor, name: string): string {
  if (a.language === "fr") {
    if (d.person) return `Comment l'article présente-t-il ${name} ?`;
    return `D'après l'article, qu'est-ce ${isVowelInitial(name) ? "qu'" : "que "}${name} ?`;
  }
  return d.person ? `How does the article introduce ${name}?` : `According to the article, what is ${name}?`;
}

export const descriptorTemplate: QuestionTemplate = {
  name: "descriptor",
  generate(analysis) {
    const { full: a, hash } = kitFor(analysis);
    const lang = a.language;
    const imp = importanceOf(a);
    const all = findDescriptors(a);
    const out: Candidate[] = [];
    const byEntity = new Map<number, Descriptor[]>();
    for (const d of all) byEntity.set(d.mention.entityId, [...(byEntity.get(d.mention.entityId) ?? []), d]);
    for (const [id, own] of byEntity) {
      const d = own[0];
      const e = a.entities[id];
      // Options: what the article says of its other names of the same kind (people with people).
      const ownTexts = own.map((x) => withoutDeterminer(x.text));
      const pool = shuffle(all.filter((o) => o.mention.entityId !== id && o.person === d.person), rngFor(hash, `descr:${id}`));
      const picked: string[] = [];
      for (const o of pool) {
        const t = withoutDeterminer(o.text);
        if (picked.length >= 3) break;
        if (ownTexts.some((x) => overlap(x, t) >= 0.5 || fold(x) === fold(t)) || picked.some((p) => overlap(p, t) >= 0.5 || fold(p) === fold(t))) continue;
        // « Satellites » or « Agences spatiales » for what Dnepr is: a plural is ruled out by grammar (reading 34).
        if (plural(t, lang) !== plural(ownTexts[0], lang)) continue;
        picked.push(t);
      }
      if (picked.length < 2) continue;
      const s = a.sentences[d.mention.sentenceIndex];
      const key = upperFirst(withoutDeterminer(d.text));
      const name = d.person ? e.name : d.term;
      const evidence = { text: a.text.slice(s.start, s.end), start: s.start, end: s.end };
      const head = lang === "fr"
        ? `L'article présente ${name} comme ${d.text.replace(/^(?:le|la|les|l['’]|un|une|des)[\s\u00A0]?/iu, (x) => x.toLowerCase())}.`
        : `The article introduces ${name} as ${d.text}.`;
      out.push({
        kind: "multiple_choice",
        category: "comprehension",
        source: "article",
        prompt: applyTypography(promptFor(a, d, name), lang),
        choices: shuffle([key, ...picked.map(upperFirst)], rngFor(hash, `descr-choices:${id}`)),
        answer: key,
        evidence,
        explanation: applyTypography(`${head} ${PHRASES[lang].explain(quoteExcerpt(evidence.text, lang))}`, lang),
        difficulty: 2,
        // A name the article explains is vocabulary; a person's role is a detail of the story.
        skill: d.person ? "detail" : "vocabulary",
        template: "descriptor",
        score: Math.min(1, 0.66 + 0.2 * imp.sentence[s.index] + (imp.actors.has(id) ? 0.08 : 0)),
        sentenceIndex: s.index,
        meta: { slot: "descriptor", fact: `descriptor:${id}`, proof: { type: "definition", term: d.term, definition: d.text } },
      });
    }
    // Each question's key is an option of the others: two already answer one another by
    // elimination (reading 34: « qu'est-ce que Dnepr ? » and « qu'est-ce que PRISMA ? » on one sheet).
    return out.sort((x, y) => y.score - x.score).slice(0, 1);
  },
};
