// Discourse markers that state a cause, a consequence or a purpose inside one sentence, and the
// grammatical form of what follows them (a clause, a noun phrase or an infinitive phrase).
import type { Language } from "../../contract";

export type Relation = "cause" | "consequence" | "purpose";
export type Form = "clause" | "noun" | "infinitive";

export interface Marker {
  relation: Relation;
  form: Form;
  re: RegExp;
}

// Each pattern matches the marker with the space after it; `(?<![\p{L}])` keeps it a whole word.
const W = "(?<![\\p{L}'’])";
const m = (relation: Relation, form: Form, src: string): Marker => ({ relation, form, re: new RegExp(`${W}(?:${src})`, "giu") });

export const MARKERS: Record<Language, Marker[]> = {
  fr: [
    m("cause", "clause", "parce qu['’]|parce que\\s|puisqu['’]|puisque\\s|(?<=,\\s)car\\s"),
    m("cause", "noun", "en raison d(?:u|es|e\\s|['’])\\s?|à cause d(?:u|es|e\\s|['’])\\s?|du fait d(?:u|es|e\\s|['’])\\s?|grâce (?:à\\s|à l['’]|au\\s|aux\\s)|faute d(?:e\\s|['’])|suite à\\s|à la suite d(?:u|es|e\\s|['’])\\s?"),
    m("consequence", "clause", "(?<=,\\s)(?:si bien qu(?:e\\s|['’])|de sorte qu(?:e\\s|['’])|c['’]est pourquoi\\s|par conséquent,?\\s)"),
    m("consequence", "noun", "(?<=,\\s)(?:ce qui a (?:entraîné|provoqué|causé|conduit à|déclenché)\\s|entraînant\\s|provoquant\\s|causant\\s|déclenchant\\s)"),
    m("purpose", "infinitive", "afin d(?:e\\s|['’])|dans le but d(?:e\\s|['’])|(?<=[\\p{L},]\\s)pour\\s(?=(?:ne pas\\s|se\\s|s['’]|y\\s)?\\p{Ll})"),
  ],
  en: [
    m("cause", "clause", "because\\s(?!of\\s)"),
    m("cause", "noun", "because of\\s|due to\\s|owing to\\s|thanks to\\s|as a result of\\s"),
    m("consequence", "clause", "(?<=,\\s)(?:so that\\s|so\\s(?=the\\s|a\\s|an\\s|\\p{Lu})|and as a result,?\\s|therefore,?\\s)"),
    m("consequence", "noun", "(?<=,\\s)(?:causing\\s|leading to\\s|resulting in\\s|prompting\\s|triggering\\s)"),
    m("purpose", "infinitive", "in order to\\s|so as to\\s|in an (?:effort|attempt|bid) to\\s|(?<=(?:aimed|designed|intended)\\s)to\\s"),
  ],
};

/**
 * Markers opening a sentence that tie it to the sentence before: "C'est pourquoi X." states a
 * consequence of the previous sentence, "En effet, X." its cause.
 */
export const LINKING: Record<Language, Array<{ relation: Relation; re: RegExp }>> = {
  fr: [
    { relation: "consequence", re: /^(?:C['’]est pourquoi|Par conséquent,|En conséquence,|De ce fait,|Du coup,)\s+/u },
    { relation: "cause", re: /^(?:En effet,|Car)\s+/u },
  ],
  en: [
    { relation: "consequence", re: /^(?:That is why|This is why|As a result,|Consequently,|Therefore,|Because of this,)\s+/u },
    { relation: "cause", re: /^(?:This is because|That is because)\s+/u },
  ],
};

/** Words that state the relation in a question's explanation. */
export const RELATION_WORDS: Record<Language, Record<Relation, string>> = {
  fr: { cause: "la raison", consequence: "la conséquence", purpose: "le but" },
  en: { cause: "the reason", consequence: "the consequence", purpose: "the aim" },
};
