// Clause-level reading of a sentence for comprehension questions: is a clause self-contained,
// what is its subject, which infinitive phrases and clauses of the article can serve as
// options of the same grammatical form. Rules are about French and English grammar in general
// (determiners, auxiliaries, pronouns, infinitive endings), never about one article.
import type { EntityMention, FullAnalysis } from "../analysis/types";
import { fold } from "../analysis/fold";
import type { Language } from "./contract";
import { compressStatement, hasVerb } from "./compress";
import { WEEKDAYS } from "../analysis/lexicon/calendar";
import { NUMBER_WORDS } from "../analysis/lexicon/number-words";
import { familyNameFirst } from "../analysis/lexicon/people";

/** ", président de la communauté juive de Toulouse, " / ", a spokesperson for the museum, ": an apposition after a name. */
export const APPOSITION = /^,[\s\u00A0]+([^,;:«»“”"()]{3,100}),[\s\u00A0]+/u;

/** Last word of a name: the surname ("Kassym-Jomart Tokaïev" → "Tokaïev"). */
/** A generational suffix after a surname: "Jose Roman Jr" is Mr Roman (reading 103: "Jr" accepted as his name). */
const SUFFIX = /^(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?$/u;

export function lastWord(name: string): string {
  const parts = name.split(/[\s\u00A0]+/);
  return parts.length > 2 && SUFFIX.test(parts[parts.length - 1]) ? parts[parts.length - 2] : parts[parts.length - 1];
}

/** A person's surname as an option shows it: the last word with its particles ("Van Avermaet", « Le Pen », "da Silva"; reading 56's "Avermaet"). */
/** A particle a surname opens on: "Van Rompuy", « de Gaulle », "bin Salman". */
export const NAME_PARTICLE = /^(?:van|von|der|den|de|du|da|di|del|della|dos|das|ter|ten|le|la|al|el|ben|bin|ibn)$/iu;

export function surnameOf(name: string): string {
  const parts = name.split(/[\s\u00A0]+/);
  if (familyNameFirst(parts)) return parts[0];
  if (parts.length > 2 && SUFFIX.test(parts[parts.length - 1])) parts.pop();
  let k = parts.length - 1;
  while (k > 1 && NAME_PARTICLE.test(parts[k - 1])) k--;
  return parts.slice(k).join(" ");
}

export function wordCount(s: string): number {
  return s.split(/[\s\u00A0\u202F]+/).filter(Boolean).length;
}

/** A clause opening on a pronoun or a back-reference cannot be read outside its paragraph. */
const DANGLING_START: Record<Language, RegExp> = {
  fr: /^(?:il|elle|ils|elles|on|lui|eux|cela|ceci|ça|ce|c['’]|celui|celle|ceux|celles|en|y|leur|leurs|son|sa|ses|ce dernier|cette dernière|ces derniers|le premier|la première|les deux|l['’]autre|d['’]autres|là|ensuite|puis|aussi|mais|et|or|donc|alors)(?![\p{L}'’])/iu,
  en: /^(?:he|she|they|it|its|his|her|their|this|that|these|those|there|then|also|but|and|so|the latter|the former|both|such)(?![\p{L}'’])/iu,
};
/** Back-references anywhere in a clause ("ce dernier", "the latter", "ci-dessus"). */
const DANGLING_ANY = /(?<![\p{L}])(?:ce dernier|cette dernière|ces derniers|celui-ci|celle-ci|ceux-ci|celles-ci|ci-dessus|the latter|the former|the above)(?![\p{L}])/iu;
/** « Ce mercredi », "this week": a time seen from the article's date, which points nowhere back. */
export const TIME_NOUN = `(?:${[...WEEKDAYS.fr, ...WEEKDAYS.en].join("|")}|matin|soir|week-?end|mois|semaine|année|morning|evening|week|month|year)(?![\\p{L}])`;

/** « de cette équivalence », "these rules": a demonstrative anywhere points to what a clause read alone does not show (readings 12, 16). */
export const DEMONSTRATIVE: Record<Language, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}'’])(?:ce|cet|cette|ces)[\\s\\u00A0]+(?!${TIME_NOUN}|qui|que|qu['’]|dont)`, "iu"),
  // "that case", "violated that deal.": "that" after a preposition or before a noun that ends the
  // clause, never the conjunction ("said that he …").
  en: new RegExp(`(?<![\\p{L}'’])(?:this|these|those)(?![\\p{L}])(?![\\s\\u00A0]+${TIME_NOUN})|(?<![\\p{L}])(?:in|of|on|at|for|with|from|to|by|after|before|during|under|about)[\\s\\u00A0]+that[\\s\\u00A0]+\\p{Ll}+(?![\\p{L}])(?![\\s\\u00A0]+(?:is|are|was|were|has|have|had|will|would|can|could)(?![\\p{L}]))|(?<![\\p{L}])that[\\s\\u00A0]+\\p{Ll}+[.,;]`, "iu"),
};
/** Pronoun subjects inside a clause also point outside it
 ("…, mais il a refusé"). */
export const PRONOUN_ANY: Record<Language, RegExp> = {
  fr: /(?<![\p{L}'’])(?:il|elle|ils|elles|lui|eux)(?![\p{L}'’])/iu,
  // "Called 'Anything Goes', it's getting top billing" (reading 86): "it" in a contraction too.
  en: /(?<![\p{L}'’])(?:he|she|they|him|them|it)(?![\p{L}'’])|(?<![\p{L}'’])(?:he|she|it|they)['’](?:s|re|ve|ll|d)(?![\p{L}])/iu,
};

/** A clause a student can read alone: no dangling pronoun, no unbalanced quote, 4–28 words. */
export function selfContained(clause: string, lang: Language, maxWords = 28): boolean {
  const t = clause.trim();
  const n = wordCount(t);
  if (n < 4 || n > maxWords) return false;
  if (DANGLING_START[lang].test(t) || DANGLING_ANY.test(t) || PRONOUN_ANY[lang].test(t)) return false;
  if (/[«»“”"()[\]?]/.test(t)) return false;
  return true;
}

/** A finite verb, so a clause is a statement and not a noun phrase. */
export const FINITE: Record<Language, RegExp> = {
  fr: /(?:^|[\s\u00A0'’])(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|serait|seraient|fut|furent|va|vont|doit|doivent|peut|peuvent|fait|font|reste|restent|\p{L}{3,}(?:ait|aient|era|eront|èrent)|\p{L}{2,}[^m\s]ent|\p{L}{4,}(?:ra|ront))(?=[\s\u00A0,.]|$)/iu,
  en: /(?:^|\s)(?:has|have|had|was|were|is|are|will|would|could|can|did|does|do|may|might|must|should|\p{L}{2,}ed|won|ran|took|made|began|came|went|said|told|rose|fell|gave|held|met|left|broke|drew|became|found|kept|lost|paid|sent|spent|stood|thought|wrote|\p{L}{3,}s)(?=[\s,.]|$)/iu,
};

/** Verb forms that cannot be nouns: imperfect and future endings, English past in -ed. */
const STRONG_FINITE: Record<Language, RegExp> = {
  fr: /^\p{Ll}{3,}(?:ait|aient|era|eront|èrent)$/u,
  en: /^\p{Ll}{3,}ed$|^(?:said|says|took|made|began|came|went|told|rose|fell|gave|held|met|left|became|found|won)$/u,
};

/**
 * French auxiliaries and modals by number, the one list for every reader of a French verb group:
 * the subject readers here and the inversion (`french-inversion.ts`), which also needs the number.
 */
export const FR_AUX_SINGULAR: ReadonlySet<string> = new Set("a est avait était sera aura va doit peut fut eut devait pouvait allait vient devrait pourrait serait aurait".split(" "));
export const FR_AUX_PLURAL: ReadonlySet<string> = new Set("ont sont avaient étaient seront auront vont doivent peuvent furent eurent devaient pouvaient allaient viennent devraient pourraient seraient auraient".split(" "));

/** What opens a verb group after a subject: an auxiliary, a negation, a reflexive, a relative. */
const AUX: Record<Language, RegExp> = {
  fr: new RegExp(`^(?:${[...FR_AUX_SINGULAR, ...FR_AUX_PLURAL].join("|")}|n['’](?:${[...FR_AUX_SINGULAR, ...FR_AUX_PLURAL].filter((w) => /^[aeéiou]/u.test(w)).join("|")})|ne|n['’]|se|s['’]|qui)$`, "iu"),
  en: /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|who|which|that)$/iu,
};

const DETERMINER: Record<Language, RegExp> = {
  fr: /^(?:le|la|les|l['’]\p{L}+|un|une|des|du|ce|cet|cette|ces|plusieurs|certains|certaines|deux|trois|quatre|cinq)$/iu,
  en: /^(?:the|a|an|this|these|those|some|many|several|two|three|four|five)$/iu,
};

/** Words of a span with their offsets (spaces and no-break spaces split words). */
function splitWords(s: string): Array<{ w: string; at: number }> {
  const out: Array<{ w: string; at: number }> = [];
  const re = /[^\s\u00A0\u202F]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ w: m[0], at: m.index });
  return out;
}

/**
 * The subject noun phrase opening a clause ("Les responsables saoudiens" in "Les responsables
 * saoudiens ont installé…"): a determiner, then words up to the first auxiliary or finite verb.
 * Null when the clause does not open on a determiner or the verb is not found within 9 words.
 */
export function subjectOf(clause: string, lang: Language): { subject: string; rest: string; aux: string } | null {
  const ws = splitWords(clause);
  if (ws.length < 3) return null;
  const first = ws[0].w;
  const firstIsName = /^\p{Lu}/u.test(first) && !DETERMINER[lang].test(first) && !DANGLING_START[lang].test(first);
  if (!DETERMINER[lang].test(first) && !firstIsName) return null;
  for (let i = 1; i < Math.min(ws.length, 10); i++) {
    const w = ws[i].w.replace(/[,;:]$/, "");
    if (/[,;:]$/.test(ws[i - 1].w)) return null; // an apposition or incise: not a plain subject
    if (AUX[lang].test(w) || (i >= 2 && STRONG_FINITE[lang].test(w))) {
      const subject = clause.slice(0, ws[i].at).trim();
      return { subject, rest: clause.slice(ws[i].at).trim(), aux: w };
    }
  }
  return null;
}

/** Lower-case the first letter unless the first word is a name or an acronym. */
export function lowerFirst(a: FullAnalysis, s: string): string {
  const first = /^[\p{L}'’-]+/u.exec(s)?.[0] ?? "";
  if (!first || /^\p{Lu}{2,}/u.test(first)) return s;
  // "De Santis", "Le Pen": a name's first word may look like a determiner; names win.
  const isName = a.entityMentions.some((m) => a.text.slice(m.start, m.end).split(/[\s\u00A0]/)[0] === first && s.startsWith(a.text.slice(m.start, m.end)));
  return isName ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * A body's name with the determiner its sentence writes before it ("the Fish and Wildlife
 * Service", « le Conseil d'État », "the U.S. … Service" keeping "the"); the name alone when the
 * sentence writes none or the name already opens on one.
 */
export function withWrittenDeterminer(a: FullAnalysis, m: EntityMention, name: string): string {
  // "Labor Department" opens on "La" without a determiner: only a whole word is one.
  if (/^(?:(?:the|le|la|les)[\s\u00A0]|l['’])/iu.test(name)) return name;
  const from = Math.max(a.sentences[m.sentenceIndex]?.start ?? 0, m.start - 12);
  const det = /(?:^|[\s\u00A0(])(the|le|la|les|l['’])[\s\u00A0]?(?:(?:U\.S\.|U\.K\.|US|UK)[\s\u00A0])?$/iu.exec(a.text.slice(from, m.start));
  if (!det) return name;
  const d = det[1].toLowerCase().replace("’", "'");
  return `${d}${d.endsWith("'") ? "" : " "}${name}`;
}

/** "la défaillance d'une valve" → "défaillance d'une valve": noun options read as headlines, all alike. */
export function withoutDeterminer(s: string): string {
  // A whole word only: "une filiale" must not become "e filiale", nor "les services" "s services".
  return s.replace(/^(?:(?:le|la|les|un|une|des|du|the|a|an)[\s\u00A0]+|l['’][\s\u00A0]?)(?=\p{L})/iu, "");
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "que" + clause, elided before a vowel ("qu'il", "qu'Ahmed"). */
export function queClause(clause: string): string {
  return /^[aeiouyhàâäéèêëîïôöûü]/i.test(clause) && !/^h(?:a|o|u)[^aeiou]/i.test(clause) ? `qu'${clause}` : `que ${clause}`;
}

export function stripFinal(s: string): string {
  return s.replace(/[\s\u00A0\u202F]*[.!…;:,]+[\s\u00A0\u202F]*$/u, "").trim();
}

// --- French infinitives ----------------------------------------------------------------------
const RE_VERBS = new Set((
  "faire dire prendre mettre rendre vendre permettre construire produire réduire conduire détruire suivre vivre " +
  "écrire lire croire boire battre combattre défendre répondre attendre entendre descendre perdre comprendre " +
  "apprendre reprendre entreprendre promettre soumettre admettre transmettre remettre abattre élire réélire " +
  "traduire introduire inscrire décrire interdire paraître apparaître connaître reconnaître naître accroître plaire " +
  "extraire résoudre joindre rejoindre peindre craindre contraindre atteindre éteindre étendre suspendre dépendre " +
  "prétendre tendre exclure conclure inclure rompre interrompre corrompre vaincre convaincre être poursuivre " +
  "surprendre dissoudre émettre commettre omettre relancer reconstruire instruire séduire fondre répandre"
).split(" "));
const OIR_VERBS = new Set("voir pouvoir devoir savoir recevoir vouloir valoir prévoir revoir apercevoir percevoir décevoir concevoir falloir émouvoir promouvoir asseoir pourvoir".split(" "));
const ER_IR_NOUNS = new Set((
  "hier mer fer cher hiver premier dernier entier métier quartier dossier papier foyer loyer danger étranger cancer " +
  "super laser leader manager reporter poster enfer amer fier cahier rocher chantier pilier chevalier atelier collier " +
  "escalier sentier panier grenier janvier février acier millier désir plaisir loisir avenir soupir saphir élixir " +
  "usager passager voyager bélier verger berger épicier policier pompier ouvrier officier conseiller banquier courrier " +
  "calendrier charter trimestre semestre souper déjeuner dîner pouvoir devoir savoir avoir vouloir"
).split(" "));

/** Is this lower-case French word an infinitive? */
export function frenchInfinitive(w: string): boolean {
  const x = w.toLowerCase();
  if (ER_IR_NOUNS.has(x) && !["pouvoir", "devoir", "savoir", "avoir", "vouloir"].includes(x)) return false;
  if (RE_VERBS.has(x) || OIR_VERBS.has(x) || x === "avoir") return true;
  return /^\p{Ll}[\p{Ll}-]{2,}(?:er|ir)$/u.test(x) && !ER_IR_NOUNS.has(x);
}

const EN_NOT_VERB = new Set("the a an his her their its this that these those be been being all any each every some many more most other such".split(" "));

/**
 * An infinitive phrase starting at `from` ("protéger les pèlerins contre…", "protect pilgrims"):
 * up to the next clause boundary, at most 14 words. Null when no infinitive opens it.
 */
export function infinitivePhrase(text: string, from: number, end: number, lang: Language): string | null {
  const tail = text.slice(from, end);
  const ws = splitWords(tail);
  if (!ws.length) return null;
  let i = 0;
  if (lang === "fr") {
    // "ne pas", clitics and reflexives may stand before the infinitive.
    while (i < ws.length && /^(?:ne|pas|se|s['’]\p{L}+|le|la|les|l['’]\p{L}+|lui|leur|y|en|me|te|nous|vous)$/iu.test(ws[i].w) && i < 3) {
      if (/^(?:s|l)['’]/iu.test(ws[i].w)) break;
      i++;
    }
    const verb = ws[i]?.w.replace(/^(?:s|l)['’]/iu, "") ?? "";
    if (!frenchInfinitive(verb.replace(/[,.;:]$/, ""))) return null;
  } else {
    const verb = ws[0].w.replace(/[,.;:]$/, "");
    if (!/^\p{Ll}+$/u.test(verb) || EN_NOT_VERB.has(verb) || /(?:ing|ly|tion|ment|ness)$/.test(verb)) return null;
  }
  let stop = tail.length;
  const b = /[,;:.!?()«»“”"]|\s(?:et|mais|ou|alors que|tandis que|and|but|or|while|which|who)\s/u.exec(tail);
  if (b) stop = b.index;
  const phrase = tail.slice(0, stop).trim();
  const n = wordCount(phrase);
  if (n < 2 || n > 14) return null;
  if (endsOnFunctionWord(phrase)) return null;
  return phrase;
}

/** "… de", "… the": a phrase cut before its noun ends on a preposition or a determiner. */
export function endsOnFunctionWord(phrase: string): boolean {
  return /(?:^|\s)(?:de|du|des|d['’]|à|au|aux|le|la|les|l['’]|un|une|en|par|pour|sur|et|the|a|an|of|to|in|on|at|by|for|with|and)$/iu.test(phrase);
}

/** English auxiliaries a question can invert without do-support ("where has X …", "why were X …"). */
export const EN_INVERTIBLE_AUX = /^(?:will|would|could|can|should|must|may|might|has|have|had|is|are|was|were)$/iu;

/** Options read alone: no possessive pointing back into their sentence ("leurs malades", "its staff"). */
export const POSSESSIVE: Record<Language, RegExp> = {
  fr: /(?<![\p{L}'’])(?:leur|leurs|son|sa|ses)(?![\p{L}'’])/iu,
  en: /(?<![\p{L}'’])(?:its|his|her|their|them|it)(?![\p{L}'’])/iu,
};
/** An infinitive opening on a clitic ("y intégrer", "les protéger") leans on a noun of its sentence. */
export const CLITIC_INFINITIVE = /^(?:y|en|le|la|les|lui|leur)[\s\u00A0]/iu;

/** Infinitive phrases of the whole article after "pour", "afin de", "de", "to": a pool of same-form options. */
function infinitivePoolAll(a: FullAnalysis, exceptSentence: number): Array<{ text: string; sentence: number }> {
  const out: Array<{ text: string; sentence: number }> = [];
  const seen = new Set<string>();
  const re = a.language === "fr" ? /(?:^|[\s\u00A0])(?:pour|afin\s+d['’e]|de|d['’]|à)\s?/giu : /(?:^|\s)to\s/giu;
  for (const s of a.sentences) {
    if (s.isHeading || s.index === exceptSentence || !s.quotesBalanced) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text))) {
      const from = s.start + m.index + m[0].length;
      const p = infinitivePhrase(a.text, from, s.end, a.language);
      if (!p || wordCount(p) < 3 || PRONOUN_ANY[a.language].test(p) || POSSESSIVE[a.language].test(p) || CLITIC_INFINITIVE.test(p)) continue;
      // "à partir de", "à compter de": a prepositional locution, not an aim.
      if (/^à\s?$/iu.test(m[0].trim()) && /^\S+[\s\u00A0](?:de|du|des|d['’])/iu.test(p)) continue;
      const k = fold(p);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ text: p, sentence: s.index });
    }
  }
  return out;
}

/**
 * Main statements of other sentences, as self-contained clauses ("la participation a été de 51 %"),
 * for options of the form "Parce que …". Only clauses that open on a subject and hold a verb.
 */
function clausePoolAll(a: FullAnalysis, exceptSentence: number): Array<{ text: string; sentence: number }> {
  const out: Array<{ text: string; sentence: number }> = [];
  for (const s of a.sentences) {
    if (s.isHeading || s.index === exceptSentence || !s.quotesBalanced || /\?$/.test(s.text)) continue;
    // Its statement without frames, asides and tails (compress.ts): more sentences make a clause a student reads alone.
    let t = stripFinal(compressStatement(s.text, a.language, 6, a.referenceDate.getUTCFullYear()));
    // Keep the first clause: up to a semicolon, or a comma followed by a coordinator.
    const cut = /;\s|,\s(?:et|mais|alors que|tandis que|and|but|while|which|who|qui)\s/u.exec(t);
    if (cut) t = t.slice(0, cut.index);
    // An opening adverbial or attribution ("Selon X, ", "Le 2 janvier, ") is dropped.
    const lead = /^(?:[^,]{2,40}),\s(?=\p{L})/u.exec(t);
    if (lead && !FINITE[a.language].test(lead[0])) t = t.slice(lead[0].length);
    if (!selfContained(t, a.language, 22) || !FINITE[a.language].test(t) || !subjectOf(t, a.language)) continue;
    if (/\d{4}|%|\d[\d\s]*\d/.test(t) && wordCount(t) < 6) continue;
    out.push({ text: t, sentence: s.index });
  }
  return out;
}

/** Head nouns that name an event or a state (deverbal endings): plausible causes and consequences. */
const EVENT_HEAD: Record<Language, RegExp> = {
  // Deverbal endings only: « benzène », « entreprise », "hospital" or "building" are no events (reading 7).
  fr: /^\p{Ll}[\p{Ll}-]{3,}(?:tion|sion|ment|ure|ance|ence|age|ité|isme)$/u,
  en: /^\p{Ll}[\p{Ll}-]{3,}(?:tion|sion|ment|ure|ance|ence|age|ity|ism|sis)$/u,
};
const NP_START: Record<Language, RegExp> = {
  fr: /(?<![\p{L}'’])(?:le|la|les|l['’]|un|une|des|du)\s?(?=\p{Ll})/giu,
  en: /(?<![\p{L}'’])(?:the|a|an)\s(?=\p{Ll})/giu,
};
const NP_STOP: Record<Language, RegExp> = {
  fr: /^(?:qui|que|qu['’]|dont|où|et|ou|mais|a|ont|est|sont|était|avait|sera|se|s['’]|ne|n['’]|pour|par|sur|dans|avec|sans|contre|selon|lors|après|avant|depuis|pendant|entre|vers|chez|à|au|aux|en)$/iu,
  en: /^(?:which|who|that|where|and|or|but|is|are|was|were|has|have|had|will|would|to|for|by|on|in|at|with|from|after|before|during|since|as|than)$/iu,
};

/**
 * Noun phrases anywhere in the article whose head names an event or a state ("la défaillance
 * d'une valve", "the closure of the road"): the options of a cause or consequence stated as a noun.
 */
function eventNounPoolAll(a: FullAnalysis, exceptSentence: number): Array<{ text: string; sentence: number }> {
  const lang = a.language;
  const out: Array<{ text: string; sentence: number }> = [];
  const seen = new Set<string>();
  for (const s of a.sentences) {
    if (s.isHeading || s.index === exceptSentence || !s.quotesBalanced) continue;
    const re = new RegExp(NP_START[lang].source, "giu");
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text))) {
      const ws = splitWords(s.text.slice(m.index + m[0].length));
      if (!ws.length) continue;
      const head = ws[0].w.replace(/[,.;:!?»”)]+$/u, "");
      if (!EVENT_HEAD[lang].test(head)) continue;
      const taken: string[] = [head];
      for (let i = 1; i < ws.length && taken.length < 8; i++) {
        const w = ws[i].w;
        const bare = w.replace(/[,.;:!?»”)(«“]+$/u, "");
        // « La pollution prend … »: a present tense the finite-verb pattern misses ends the phrase too (reading 16).
        if (NP_STOP[lang].test(bare) || /^[«“([]/.test(w) || !bare || FINITE[lang].test(bare) || AUX[lang].test(bare) || hasVerb(bare, lang)) break;
        taken.push(bare);
        if (bare !== w) break;
      }
      while (taken.length > 1 && /^(?:de|du|des|d['’]\p{L}*|le|la|les|l['’]|un|une|of|the|a|an)$/iu.test(taken[taken.length - 1])) taken.pop();
      const text = `${m[0].replace(/\s$/, "")}${/['’]$/.test(m[0]) ? "" : " "}${taken.join(" ")}`.replace(/\s+/g, " ").trim();
      const n = wordCount(text);
      if (n < 2 || n > 9 || PRONOUN_ANY[lang].test(text)) continue;
      const k = fold(text);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ text, sentence: s.index });
    }
  }
  return out;
}

/** Word overlap of two strings (content words longer than 3 letters), in [0, 1]. */
export function overlap(x: string, y: string): number {
  const wx = new Set(fold(x).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3));
  const wy = new Set(fold(y).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3));
  if (!wx.size || !wy.size) return 0;
  let n = 0;
  for (const w of wx) if (wy.has(w)) n++;
  return n / Math.min(wx.size, wy.size);
}


type Pool = Array<{ text: string; sentence: number }>;
const POOLS = new WeakMap<FullAnalysis, Map<string, Pool>>();

/** Each pool is built once per article (every relation reads it), then the asking sentence is left out. */
function pooled(a: FullAnalysis, name: string, build: (a: FullAnalysis, except: number) => Pool, exceptSentence: number): Pool {
  let m = POOLS.get(a);
  if (!m) POOLS.set(a, (m = new Map()));
  let all = m.get(name);
  if (!all) m.set(name, (all = build(a, -1)));
  return all.filter((x) => x.sentence !== exceptSentence);
}

export const infinitivePool = (a: FullAnalysis, exceptSentence: number): Pool => pooled(a, "infinitive", infinitivePoolAll, exceptSentence);
export const clausePool = (a: FullAnalysis, exceptSentence: number): Pool => pooled(a, "clause", clausePoolAll, exceptSentence);
export const eventNounPool = (a: FullAnalysis, exceptSentence: number): Pool => pooled(a, "event", eventNounPoolAll, exceptSentence);

/** Hedges before a figure: "more than 80", « près de 300 ». */
const HEDGE = "(?:more[\\s\\u00A0]+than|over|about|nearly|almost|at[\\s\\u00A0]+least|some|plus[\\s\\u00A0]+de|près[\\s\\u00A0]+de|environ|au[\\s\\u00A0]+moins|quelque)";
// The lexicon's small numbers in words, with "one"/« un » that a second count may open on too.
const NUMBER_WORD = `(?:${["one", "un", "une", ...Object.keys(NUMBER_WORDS.en), ...Object.keys(NUMBER_WORDS.fr)].sort((x, y) => y.length - x.length).join("|")})(?![\\p{L}])`;
const COORDINATOR = "(?:and|et|but|mais|while|whereas|tandis[\\s\\u00A0]+que|alors[\\s\\u00A0]+que)";
/** "… injured and more than 80 are missing", « … morts et 16 blessés »: a coordinator before another count. */
// At the very start too: the rest after a counted noun is trimmed (« et plus de 5.500 blessés »).
const AND_COUNT = new RegExp(`(?:^|,?[\\s\\u00A0]+)${COORDINATOR}[\\s\\u00A0]+(?:${HEDGE}[\\s\\u00A0]+)?(?:\\d|${NUMBER_WORD})`, "iu");
/** « … sont morts et la mortalité augmente », "… and the toll rises": a coordinator before a new subject. */
const AND_SUBJECT: Record<Language, RegExp> = {
  // « … sont mortes et quelques agneaux ont disparu » (reading 151): a quantifier opens a subject too.
  fr: /[\s\u00A0]+(?:et|mais|puis)[\s\u00A0]+(?:le|la|les|l['’]|un|une|des|il|elle|ils|elles|on|quelques|plusieurs|certains|certaines)(?=[\s\u00A0]|(?<=['’]))/iu,
  en: /[\s\u00A0]+(?:and|but|then)[\s\u00A0]+(?:the|a|an|he|she|they|it|some|several|many)(?=[\s\u00A0])/iu,
};
/** "… accepted the resignation and has decreed …", « … et a décrété »: a second predicate of the same subject. */
const AND_PREDICATE: Record<Language, RegExp> = {
  fr: /[\s\u00A0]et[\s\u00A0](?=(?:a|ont|est|sont|se)[\s\u00A0]|s['’]\p{L})/u,
  en: /[\s\u00A0]and[\s\u00A0](?=(?:has|have|had|was|were|is|are|will)[\s\u00A0]|\p{L}+ed[\s\u00A0])/u,
};

export type SecondClause = "count" | "subject" | "predicate";

/**
 * Where a second coordinated clause starts in `text` (-1 when none): a question or an item keeps
 * one fact. "count" — a coordinator before another figure; "subject" — before a new subject with a
 * verb of its own; "predicate" — before a second verb of the same subject. The earliest wins.
 */
export function secondClauseAt(text: string, lang: Language, kinds: SecondClause[]): number {
  const found: number[] = [];
  if (kinds.includes("count")) {
    const m = AND_COUNT.exec(text);
    if (m) found.push(m.index);
  }
  if (kinds.includes("subject")) {
    const m = AND_SUBJECT[lang].exec(text);
    // The determiner or pronoun and what follows must hold a verb: « et la mortalité augmente »,
    // not « et la ville voisine ».
    // "between the Old Faithful Lodge and the boardwalk which circles the geyser" (reading 51): the
    // second end of « entre … et » starts no clause.
    const after = text.slice(m ? m.index + m[0].length : 0);
    const pair = m && /(?<![\p{L}])(?:between|entre)[\s\u00A0][^,;]*$/iu.test(text.slice(0, m.index));
    if (m && !pair && hasVerb(`${m[0].trim().split(/[\s\u00A0]+/u).pop()} ${after}`, lang)) found.push(m.index);
  }
  if (kinds.includes("predicate")) {
    const m = AND_PREDICATE[lang].exec(text);
    if (m) found.push(m.index);
  }
  return found.length ? Math.min(...found) : -1;
}
