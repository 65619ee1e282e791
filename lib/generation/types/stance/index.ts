// Stance: who holds which position. A sentence "X estime que …" / "Selon X, …" / "X said that …"
// gives a claim and its holder; the question asks who holds the claim, with other holders of the
// same kind (people among people, organisations among organisations) as options. A true/false
// twin states the claim with its holder or with another one.
import type { EntityMention, FullAnalysis, Sentence } from "../../../analysis/types";
import { fold } from "../../../analysis/fold";
import type { Language } from "../../contract";
import { FINITE, lastWord, lowerFirst, queClause, selfContained, stripFinal, subjectOf, upperFirst, wordCount } from "../../clauses";
import { importanceOf } from "../../importance";
import { PHRASES } from "../../phrases";
import { kitFor } from "../../question-kit";
import { rngFor, shuffle } from "../../random";
import type { Candidate, QuestionTemplate } from "../../template";
import { applyTypography, quoteExcerpt } from "../../typography";
import { confidentPerson, spellingsOfOneName } from "../../verify";
import { containsWords } from "../../../analysis/fold";

const REPORT_VERB: Record<Language, string> = {
  fr: "(?:a |ont |avait |avaient )?(?:estimé|affirmé|déclaré|considéré|jugé|assuré|expliqué|souligné|rappelé|dénoncé|regretté|indiqué|reconnu|prévenu|annoncé|estime|affirme|déclare|considère|juge|assure|explique|souligne|rappelle|dénonce|regrette|indique|reconnaît|prévient|annonce|pense|craint|redoute)",
  en: "(?:has |have |had )?(?:said|says|told|tells|argued|argues|claimed|claims|believes|believed|stated|states|warned|warns|explained|explains|insisted|insists|announced|announces|acknowledged|admitted|added|noted|thinks|thought|feared|fears)",
};

interface Held {
  sentence: Sentence;
  holder: EntityMention;
  verb: string;
  claim: string;
}

function findHeld(a: FullAnalysis): Held[] {
  const lang = a.language;
  const out: Held[] = [];
  // "X a déclaré à l'AFP que …", "X told LA Weekly in a statement that …", "X says iodine is …"
  // (English leaves "that" out; the clause must then open on a subject, checked below).
  const addressee = lang === "fr" ? "(?:[\\s\\u00A0]+(?:à|au|aux|dans|sur)[\\s\\u00A0][^,;:«»“”]{1,40}?)?" : "(?:[\\s\\u00A0]+to[\\s\\u00A0][^,;:“”]{1,30}?|(?<=told|tells)[\\s\\u00A0]+[^,;:“”\\s]+(?:[\\s\\u00A0][^,;:“”\\s]+){0,5}?)?";
  const verbRe = new RegExp(`^(?:[\\s\\u00A0]*,[^,«»“”]{1,80}(?=,))?[\\s\\u00A0]*,?[\\s\\u00A0]*(${REPORT_VERB[lang]})${addressee}[\\s\\u00A0]+(${lang === "fr" ? "que[\\s\\u00A0]+|qu['’]" : "that[\\s\\u00A0]+|(?<=(?:said|says|stated|states|claimed|claims|argued|argues|believes|believed|thinks|thought|insisted|insists)[\\s\\u00A0]+)(?=\\p{Ll})"})`, "iu");
  const selon = lang === "fr" ? /^(?:Selon|D['’]après)[\s\u00A0]+$/u : /^According to[\s\u00A0]+$/u;
  for (const m of a.entityMentions) {
    if (m.type !== "person" && m.type !== "org") continue;
    const s = a.sentences[m.sentenceIndex];
    if (s.isHeading || !s.quotesBalanced) continue;
    const after = a.text.slice(m.end, s.end);
    const v = verbRe.exec(after);
    let claim: string | null = null;
    let verb = "";
    if (v) {
      claim = stripFinal(after.slice(v[0].length));
      verb = v[1].trim();
    } else {
      // "Selon l'agence Moody's, …" / "According to the police, …": the claim follows the comma.
      const head = a.text.slice(s.start, m.start).replace(/(?:l['’]|la |le |les |the )?(?:\p{Ll}[\p{L}-]*\s){0,3}$/u, "");
      const comma = a.text.indexOf(",", m.end);
      if (selon.test(head) && comma > 0 && comma < s.end && comma - m.end < 40) {
        claim = stripFinal(a.text.slice(comma + 1, s.end));
        verb = lang === "fr" ? "estime" : "says";
      }
    }
    if (!claim) continue;
    // One clause, readable alone, that is a statement.
    const cut = /;\s|,\s(?:mais|alors que|tandis que|but|while)\s/u.exec(claim);
    if (cut) claim = claim.slice(0, cut.index);
    if (/[«»“”"]/.test(claim) || !selfContained(claim, lang, 26) || !FINITE[lang].test(claim)) continue;
    // Without "that", the words after the verb must be a clause with its own subject.
    if (v && !v[2] && !(subjectOf(claim, lang) || FINITE[lang].test(claim.split(/[\s\u00A0]+/).slice(1, 5).join(" ")))) continue;
    out.push({ sentence: s, holder: m, verb, claim: claim.trim() });
  }
  return out;
}

/** The holder as the sentence writes it: the full name when it is there, else the surname ("Professor Eastman says"). */
function holderName(a: FullAnalysis, m: EntityMention): string {
  const e = a.entities[m.entityId];
  if (e.type !== "person") return a.text.slice(m.start, m.end);
  return containsWords(a.sentences[m.sentenceIndex].text, e.name) ? e.name : a.text.slice(m.start, m.end);
}

/** Other holders of the same kind: people we are sure of, or organisations typed as such. */
function othersLike(a: FullAnalysis, h: Held): string[] {
  const e = a.entities[h.holder.entityId];
  const surnameOnly = e.type === "person" && !/[\s\u00A0]/.test(holderName(a, h.holder));
  const seen = new Set([fold(holderName(a, h.holder))]);
  const out: string[] = [];
  for (const x of a.entities) {
    if (x.id === e.id || x.type !== e.type || x.mentions < 1) continue;
    if (e.type === "person" && (!confidentPerson(a, x.name) ||
      [e.name, ...out].some((o) => spellingsOfOneName(fold(lastWord(x.name)), fold(lastWord(o)))))) continue;
    const shown = surnameOnly ? lastWord(x.name) : x.name;
    const k = fold(shown);
    if (seen.has(k) || x.forms.some((f) => seen.has(fold(f)))) continue;
    seen.add(k);
    out.push(shown);
  }
  return out;
}

/**
 * "What does Eastman say?": the holder's claim among claims other people of the article make —
 * all true of the article, only one said by this holder, so the student must tie each position
 * to its holder.
 */
function claimQuestion(a: FullAnalysis, hash: number, h: Held, held: Held[], name: string, importance: number): Candidate | null {
  const lang = a.language;
  const key = upperFirst(h.claim);
  const seen = new Set([fold(key)]);
  const others: string[] = [];
  for (const o of held) {
    if (o.holder.entityId === h.holder.entityId || o.sentence.index === h.sentence.index) continue;
    const c = upperFirst(o.claim);
    if (seen.has(fold(c)) || containsWords(h.sentence.text, o.claim)) continue;
    seen.add(fold(c));
    others.push(c);
  }
  if (others.length < 2) return null;
  const rng = rngFor(hash, `stance-claim:${h.sentence.index}:${h.holder.start}`);
  const past = lang === "en" ? /^(?:said|stated|claimed|argued|believed|thought|insisted|warned|explained|announced|added|noted|acknowledged|admitted|feared|had )/.test(h.verb) : false;
  const prompt = lang === "fr" ? `D'après l'article, qu'affirme ${name} ?` : `According to the article, what ${past ? "did" : "does"} ${name} say?`;
  const evidence = { text: a.text.slice(h.sentence.start, h.sentence.end), start: h.sentence.start, end: h.sentence.end };
  const explanation = lang === "fr"
    ? `C'est ce que dit ${name} ; les autres affirmations sont celles d'autres personnes de l'article. ${PHRASES.fr.explain(quoteExcerpt(evidence.text, "fr"))}`
    : `This is what ${name} says; the other statements come from other people in the article. ${PHRASES.en.explain(quoteExcerpt(evidence.text, "en"))}`;
  return {
    kind: "multiple_choice",
    category: "comprehension",
    source: "article",
    prompt: applyTypography(prompt, lang),
    choices: shuffle([key, ...shuffle(others, rng).slice(0, 3)], rng),
    answer: key,
    evidence,
    explanation: applyTypography(explanation, lang),
    difficulty: 2,
    skill: "stance",
    template: "stance.claim",
    score: Math.min(1, 0.72 + 0.2 * importance),
    sentenceIndex: h.sentence.index,
    meta: { slot: "stance-claim", fact: `stance:${h.sentence.index}`, proof: { type: "holder", holder: name, claim: h.claim } },
  };
}

export const stanceTemplate: QuestionTemplate = {
  name: "stance",
  generate(analysis) {
    const { full: a, hash } = kitFor(analysis);
    const lang = a.language;
    const imp = importanceOf(a);
    const out: Candidate[] = [];
    const held = findHeld(a);
    for (const h of held) {
      const e = a.entities[h.holder.entityId];
      const name = holderName(a, h.holder);
      if (e.type === "person" && !confidentPerson(a, e.name)) continue;
      if (wordCount(name) > 6) continue;
      const claimQ = claimQuestion(a, hash, h, held, name, imp.sentence[h.sentence.index]);
      if (claimQ) out.push(claimQ);
      const others = othersLike(a, h);
      if (others.length < 2) continue;
      const rng = rngFor(hash, `stance:${h.sentence.index}:${h.holder.start}`);
      const distractors = shuffle(others, rng).slice(0, 3);
      const claim = lowerFirst(a, h.claim);
      const who = e.type === "person" ? (lang === "fr" ? "qui" : "who") : (lang === "fr" ? "quelle organisation" : "which organisation");
      const prompt = lang === "fr"
        ? `D'après l'article, ${who} ${/^(?:a |ont |avait )/.test(h.verb) ? h.verb.replace(/^ont /, "a ") : "estime"} ${queClause(claim)} ?`
        : `According to the article, ${who} ${/^(?:has|have|had) /.test(h.verb) ? h.verb.replace(/^have /, "has ") : "says"} that ${claim}?`;
      const evidence = { text: a.text.slice(h.sentence.start, h.sentence.end), start: h.sentence.start, end: h.sentence.end };
      const explanation = lang === "fr"
        ? `C'est ${name} qui le dit dans l'article. ${PHRASES.fr.explain(quoteExcerpt(evidence.text, "fr"))}`
        : `It is ${name} who says so in the article. ${PHRASES.en.explain(quoteExcerpt(evidence.text, "en"))}`;
      const base = {
        category: "comprehension" as const,
        source: "article" as const,
        evidence,
        explanation: applyTypography(explanation, lang),
        difficulty: 2 as const,
        skill: "stance" as const,
        sentenceIndex: h.sentence.index,
      };
      const score = Math.min(1, 0.74 + 0.2 * imp.sentence[h.sentence.index]);
      out.push({
        ...base,
        kind: "multiple_choice",
        prompt: applyTypography(prompt, lang),
        choices: shuffle([name, ...distractors], rng),
        answer: name,
        template: "stance.holder",
        score,
        meta: { slot: e.type === "person" ? "person" : "org", fact: `stance:${h.sentence.index}`, proof: { type: "holder", holder: name, claim: h.claim } },
      });
      // True/false twin: the claim with its holder, or with another holder of the same kind.
      const makeFalse = rng() < 0.5;
      const shown = makeFalse ? distractors[0] : name;
      const [vrai, faux] = PHRASES[lang].tfLabels;
      const statement = lang === "fr"
        ? `Vrai ou faux ? D'après l'article, ${shown} estime ${queClause(claim)}.`
        : `True or false? According to the article, ${shown} says that ${claim}.`;
      out.push({
        ...base,
        kind: "true_false",
        prompt: applyTypography(statement, lang),
        choices: [vrai, faux],
        answer: makeFalse ? faux : vrai,
        explanation: applyTypography(`${makeFalse ? PHRASES[lang].tfFalse(name, shown) : PHRASES[lang].tfTrue} ${explanation}`, lang),
        template: "stance.true-false",
        score: score - 0.08,
        meta: { slot: "stance-tf", fact: `stance:${h.sentence.index}`, ...(makeFalse ? { swap: { original: name, replacement: shown } } : {}), proof: { type: "holder", holder: name, claim: h.claim } },
      });
    }
    return out;
  },
};
