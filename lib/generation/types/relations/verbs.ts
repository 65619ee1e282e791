// Relations stated by the main verb rather than by a marker: "Un nuage odorant conduit les
// autorités à instaurer un périmètre", "The accident was caused by strong winds", "Le projet
// permettra de dresser une cartographie". The question asks for the cause (the verb's subject,
// or the agent of a passive) or the aim (the infinitive after « permettre de », "designed to").
// Grammar only: a closed list of causal and enabling verbs, a plain noun-phrase subject.
import type { FullAnalysis, Sentence } from "../../../analysis/types";
import type { Language } from "../../contract";
import {
  DEMONSTRATIVE, infinitivePhrase, POSSESSIVE, PRONOUN_ANY, stripFinal, wordCount, endsOnFunctionWord, CLITIC_INFINITIVE,
} from "../../clauses";
import type { Relation } from "./markers";

export interface VerbRelation {
  relation: Relation;
  form: "noun" | "infinitive";
  sentence: Sentence;
  /** The verb as written ("a provoqué", "was caused by", "permettra de"). */
  verb: string;
  /** The cause (a noun phrase) or the aim (an infinitive phrase), verbatim. */
  content: string;
  /** What is caused, or what has the aim (the noun phrase the question names), verbatim. */
  about: string;
  /** The verb of the question ("a provoqué", "caused", "permettra"). */
  ask: string;
  /** True when the content stands before the verb in the sentence (an active subject). */
  contentFirst: boolean;
}

const W = "(?<![\\p{L}'’])";
const S = "[\\s\\u00A0]+";
const CAUSAL_PART = "provoqué|causé|entraîné|déclenché|conduit|poussé|contraint|forcé|obligé";

/** Active causal verbs after their subject: the subject is the cause. */
const ACTIVE: Record<Language, RegExp> = {
  fr: new RegExp(`^((?:a|ont|avait|avaient)${S}(?:${CAUSAL_PART})|provoquent|provoque|causent|cause|entraînent|entraîne|déclenchent|déclenche|conduisent|conduit|(?:est|sont|a${S}été|ont${S}été)${S}à${S}l['’]origine)(?=[\\s\\u00A0])`, "u"),
  en: new RegExp(`^((?:has|have|had)${S})?(caused|triggered|sparked|prompted|led${S}to|resulted${S}in|causes|triggers|sparks|prompts|leads${S}to|results${S}in)(?=[\\s\\u00A0])`, "u"),
};

/** Passive causal verbs: the agent after « par » / "by" is the cause. */
const PASSIVE: Record<Language, RegExp> = {
  fr: new RegExp(`^((?:a|ont)${S}été|est|sont)${S}(provoqu|caus|déclench|entraîn)(?:é|ée|és|ées)${S}par${S}`, "u"),
  en: new RegExp(`^(was|were|has${S}been|have${S}been|is|are)${S}(caused|triggered|sparked|prompted)${S}by${S}`, "u"),
};

/** Enabling verbs: what follows « de » / "to" is the aim of the subject. */
const ENABLE: Record<Language, RegExp> = {
  fr: new RegExp(`^(permettra|permettront|permet|permettent|vise|visent)${S}(?:de${S}|d['’]|à${S})`, "u"),
  en: new RegExp(`^((?:is|are|was|were)${S}designed|aims?|(?:is|are|was|were)${S}intended)${S}to${S}`, "u"),
};

/** Where a clause may start: the sentence, a semicolon, a coordinator after a comma, or an opening adverbial. */
const CLAUSE_START: Record<Language, RegExp> = {
  // An opening adverbial is a preposition phrase or a time; « La pluie, le vent … » is a list, not a frame.
  fr: /(?:^|;[\s\u00A0]+|,[\s\u00A0]+(?:mais|et)[\s\u00A0]+|^(?:(?:à|a|en|dans|depuis|lors|après|avant|au|aux|pour|sur|dès)[\s\u00A0][^,;:«»“”"()]{2,40}|(?:le|ce|cette)[\s\u00A0](?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|nuit|jour|week-end|mois|semaine|année)[^,;:«»“”"()]{0,30}|hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),[\s\u00A0]+)$/iu,
  en: /(?:^|;[\s\u00A0]+|,[\s\u00A0]+(?:but|and)[\s\u00A0]+|^(?:(?:in|on|at|after|before|during|since|by|last|this|early|late)[\s\u00A0][^,;:“”"()]{2,40}|yesterday|today),[\s\u00A0]+)$/iu,
};

const NP_DET: Record<Language, RegExp> = {
  fr: /^(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces)(?=[\s\u00A0]|\p{L})/iu,
  en: /^(?:the|a|an|this|these)[\s\u00A0]/iu,
};
/** A relative, a verb or a pronoun inside the phrase makes it a clause, not a plain noun phrase. */
const NOT_NP: Record<Language, RegExp> = {
  fr: /(?<![\p{L}'’])(?:qui|que|qu['’]|dont|où|il|elle|ils|elles|on|se|s['’]|ne|n['’])(?![\p{L}])|[,;:«»“”"()]/iu,
  en: /(?<![\p{L}'’])(?:which|who|that|whom|whose|where|he|she|they|it|we|not)(?![\p{L}])|[,;:“”"()]/iu,
};
/** An auxiliary inside the phrase: it holds a verb of its own. */
const AUX_IN: Record<Language, RegExp> = {
  fr: /(?<![\p{L}'’])(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|fut|furent)(?![\p{L}'’])/iu,
  en: /(?<![\p{L}'’])(?:is|are|was|were|has|have|had|will|would|did|does)(?![\p{L}'’])/iu,
};
const TRAILING_TIME: Record<Language, RegExp> = {
  fr: /[\s\u00A0]+(?:hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|également|aussi|notamment)$/iu,
  en: /[\s\u00A0]+(?:yesterday|today|also|on[\s\u00A0]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))$/iu,
};

/** "Cette vague de chaleur" → "la vague de chaleur": read alone, a demonstrative points nowhere. */
function definite(np: string, lang: Language): string | null {
  const m = (lang === "fr" ? /^(ce|cet|cette|ces)[\s\u00A0]+/iu : /^(this|these)[\s\u00A0]+/iu).exec(np);
  if (!m) return np;
  const rest = np.slice(m[0].length);
  // « L'incident » alone says nothing: the demonstrative carried its meaning.
  if (wordCount(rest) < 2) return null;
  if (lang === "en") return `the ${rest}`;
  const d = m[1].toLowerCase();
  const det = d === "ces" ? "les " : /^[aeiouyhàâéèêîôû]/iu.test(rest) ? "l'" : d === "cette" ? "la " : "le ";
  return det + rest;
}

/** The plain noun phrase ending right before `at`, opening a clause. */
function subjectBefore(s: Sentence, at: number, lang: Language): string | null {
  const before = s.text.slice(0, at).replace(/[\s\u00A0]+$/u, "");
  // The noun phrase is the tail after the last clause start; try each start from the latest.
  for (let i = before.length - 1; i >= 0; i--) {
    if (!/[\s\u00A0]/u.test(before[i]) && i > 0) continue;
    const head = before.slice(0, i === 0 ? 0 : i + 1);
    const np = before.slice(head.length).trim();
    if (!NP_DET[lang].test(np)) continue;
    if (!CLAUSE_START[lang].test(head)) continue;
    const cut = np.replace(TRAILING_TIME[lang], "");
    if (NOT_NP[lang].test(cut) || AUX_IN[lang].test(cut) || POSSESSIVE[lang].test(cut)) return null;
    const n = wordCount(cut);
    // « L'organisation met en cause … »: a phrase ending on a preposition is no subject.
    if (n < 2 || n > 14 || endsOnFunctionWord(cut)) return null;
    return cut;
  }
  return null;
}

/** The noun phrase or clause after the verb, up to the first clause boundary. */
function phraseAfter(text: string, lang: Language, maxWords: number): string | null {
  const stop = lang === "fr"
    ? /[,;:.!?()«»“”"]|[\s\u00A0](?:qui|dont|où|mais|alors que|tandis que|lorsque|car|parce|selon|et[\s\u00A0](?:a|ont|est|sont|avait|avaient)(?=[\s\u00A0]))(?=[\s\u00A0])/iu
    : /[,;:.!?()“”"]|[\s\u00A0](?:which|who|that|where|but|while|when|because|according|and[\s\u00A0](?:has|have|had|was|were|is|are|\p{Ll}+ed)(?=[\s\u00A0]))(?=[\s\u00A0])/iu;
  const m = stop.exec(text);
  const p = stripFinal(m ? text.slice(0, m.index) : text);
  const n = wordCount(p);
  if (n < 2 || n > maxWords || endsOnFunctionWord(p)) return null;
  if (PRONOUN_ANY[lang].test(p) || POSSESSIVE[lang].test(p) || DEMONSTRATIVE[lang].test(p)) return null;
  return p;
}

const FR_PRESENT: Record<string, string> = { provoqu: "provoque", caus: "cause", déclench: "déclenche", entraîn: "entraîne" };

/** "qu'est-ce qui" / "what" takes a singular verb: « ont provoqué » → « a provoqué ». */
function singular(verb: string, lang: Language): string {
  if (lang === "en") return verb.replace(/^have(?=[\s\u00A0])/u, "has");
  // « conduisent » → « conduit »; the other present plurals drop their « nt » (« provoquent »).
  return verb.replace(/^ont(?=[\s\u00A0])/u, "a").replace(/^avaient(?=[\s\u00A0])/u, "avait").replace(/^sont(?=[\s\u00A0])/u, "est")
    .replace(/^conduisent$/u, "conduit").replace(/^(\p{L}+e)nt$/u, "$1");
}

export function findVerbRelations(a: FullAnalysis): VerbRelation[] {
  const lang = a.language;
  const out: VerbRelation[] = [];
  const inQuote = (at: number) => a.quotes.some((q) => at >= q.contentStart && at < q.contentEnd);
  const personAt = (from: number, to: number) => a.entityMentions.some((m) => m.type === "person" && m.start >= from && m.end <= to);
  for (const s of a.sentences) {
    if (s.isHeading || !s.quotesBalanced || /\?$/.test(s.text) || wordCount(s.text) < 6) continue;
    const words = /[\s\u00A0]+/gu;
    let w: RegExpExecArray | null;
    while ((w = words.exec(s.text))) {
      const at = w.index + w[0].length;
      if (inQuote(s.start + at)) continue;
      const rest = s.text.slice(at);
      const active = ACTIVE[lang].exec(rest);
      const passive = !active && PASSIVE[lang].exec(rest);
      const enable = !active && !passive && ENABLE[lang].exec(rest);
      if (!active && !passive && !enable) continue;
      const subject = subjectBefore(s, at, lang);
      if (!subject) continue;
      // A person as cause or holder of an aim answers "who", not "what": another question's job.
      const subjectAt = s.start + s.text.lastIndexOf(subject, at);
      if (personAt(subjectAt, s.start + at)) continue;
      if (active) {
        const verb = active[0];
        const about = phraseAfter(rest.slice(verb.length).trimStart(), lang, 16);
        const content = definite(subject, lang);
        if (!about || !content) continue;
        out.push({ relation: "cause", form: "noun", sentence: s, verb, content, about, ask: singular(verb, lang), contentFirst: true });
      } else if (passive) {
        const agent = phraseAfter(rest.slice(passive[0].length), lang, 12);
        const about = definite(subject, lang);
        if (!agent || !about || DEMONSTRATIVE[lang].test(agent)) continue;
        const ask = lang === "fr"
          ? /^(?:a|ont)/u.test(passive[1]) ? `a ${passive[2]}é` : FR_PRESENT[passive[2]]
          : /^(?:is|are)$/u.test(passive[1]) ? passive[2].replace(/d$/u, "s") : passive[2];
        out.push({ relation: "cause", form: "noun", sentence: s, verb: passive[0].trim(), content: agent, about, ask, contentFirst: false });
      } else if (enable) {
        const from = s.start + at + enable[0].length;
        const aim = infinitivePhrase(a.text, from, s.end, lang);
        const about = definite(subject, lang);
        if (!aim || !about || wordCount(aim) < 3 || CLITIC_INFINITIVE.test(aim) || POSSESSIVE[lang].test(aim) || PRONOUN_ANY[lang].test(aim)) continue;
        out.push({ relation: "purpose", form: "infinitive", sentence: s, verb: enable[0].trim(), content: aim, about, ask: enable[1], contentFirst: false });
      }
    }
  }
  return out;
}
