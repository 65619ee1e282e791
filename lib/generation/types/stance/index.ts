// Stance: who holds which position. A sentence "X estime que …" / "Selon X, …" / "X said that …"
// gives a claim and its holder; the question asks who holds the claim, with other holders of the
// same kind (people among people, organisations among organisations) as options. A true/false
// twin states the claim with its holder or with another one.
import { actorsOf } from "../quote";
import type { EntityMention, FullAnalysis, Sentence } from "../../../analysis/types";
import { fold } from "../../../analysis/fold";
import { initialsOf } from "../../../analysis/acronyms";
import type { Language } from "../../contract";
import { clausePool, DEMONSTRATIVE, FINITE, lastWord, lowerFirst, surnameOf, overlap, queClause, selfContained, stripFinal, subjectOf, upperFirst, withWrittenDeterminer, wordCount } from "../../clauses";
import { importanceOf } from "../../importance";
import { pointsBack } from "../../anaphora";
import { PHRASES } from "../../phrases";
import { kitFor } from "../../question-kit";
import { rngFor, shuffle } from "../../random";
import type { Candidate, QuestionTemplate } from "../../template";
import { applyTypography, quoteExcerpt } from "../../typography";
import { confidentPerson, spellingsOfOneName } from "../../verify";
import { containsWords } from "../../../analysis/fold";

const REPORT_VERB: Record<Language, string> = {
  fr: "(?:a |ont |avait |avaient )?(?:estimé|affirmé|déclaré|considéré|jugé|assuré|expliqué|souligné|rappelé|dénoncé|regretté|indiqué|reconnu|prévenu|annoncé|estime|affirme|déclare|considère|juge|assure|explique|souligne|rappelle|dénonce|regrette|indique|reconnaît|prévient|annonce|pense|craint|redoute|conclu|conclut|concluent|révélé|révèle|révèlent|montré|montre|montrent|dévoilé|dévoile|dévoilent|confirmé|confirme|confirment|précisé|précise|précisent|prévoit|prévoient)",
  en: "(?:has |have |had )?(?:said|says|told|tells|argued|argues|claimed|claims|believes|believed|stated|states|warned|warns|explained|explains|insisted|insists|announced|announces|acknowledged|admitted|added|noted|thinks|thought|feared|fears|concluded|concludes|found|finds|showed|shows|shown|revealed|reveals|confirmed|confirms|predicted|predicts)",
};

interface Held {
  sentence: Sentence;
  holder: EntityMention;
  verb: string;
  claim: string;
}

const IN_COMPLEMENT = /(?<![\p{L}])(?:with|of|in|on|for|by|from|at|among|involving|including|avec|de|du|des|d['’]|à|au|aux|pour|par|sur|dans|chez|parmi|en)[\s\u00A0]+(?:(?:the|a|an|la|le|les|l['’]|un|une)[\s\u00A0]?)?(?!(?:the|a|an|la|le|les|un|une)(?![\p{L}]))\p{Ll}/u;

export function findHeld(a: FullAnalysis): Held[] {
  const lang = a.language;
  const out: Held[] = [];
  // "X a déclaré à l'AFP que …", "X told LA Weekly in a statement that …", "X says iodine is …"
  // (English leaves "that" out; the clause must then open on a subject, checked below).
  const addressee = lang === "fr" ? "(?:[\\s\\u00A0]+(?:à|au|aux|dans|sur)[\\s\\u00A0][^,;:«»“”]{1,40}?)?" : "(?:[\\s\\u00A0]+to[\\s\\u00A0][^,;:“”]{1,30}?|(?<=told|tells)[\\s\\u00A0]+[^,;:“”\\s]+(?:[\\s\\u00A0][^,;:“”\\s]+){0,5}?)?";
  // "said Saturday that …", « a déclaré mardi que … »: a time between the verb and its clause.
  const when = lang === "fr"
    ? "(?:[\\s\\u00A0]+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui)(?:[\\s\\u00A0]+(?:matin|soir))?)?"
    : "(?:[\\s\\u00A0]+(?:on[\\s\\u00A0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last[\\s\\u00A0]+week|this[\\s\\u00A0]+week)(?=[\\s\\u00A0]+that[\\s\\u00A0]))?"
      // "said previously that …" (reading 182: "who says that previously that …"): an adverb
      // between the verb and its clause belongs to the verb.
      + "(?:[\\s\\u00A0]+(?:previously|earlier|later|also|again|recently|repeatedly|publicly|\\p{Ll}{3,}ly)(?=[\\s\\u00A0]+that[\\s\\u00A0]))?";
  const verbRe = new RegExp(`^(?:[\\s\\u00A0]*,[^,«»“”]{1,80}(?=,))?[\\s\\u00A0]*,?[\\s\\u00A0]*(${REPORT_VERB[lang]})${addressee}${when}[\\s\\u00A0]+(${lang === "fr" ? "que[\\s\\u00A0]+|qu['’]" : "that[\\s\\u00A0]+|(?<=(?:said|says|stated|states|claimed|claims|argued|argues|believes|believed|thinks|thought|insisted|insists)[\\s\\u00A0]+)(?=\\p{Ll})"})`, "iu");
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
      // Without "that", the clause opens on a lower-case subject ("says iodine is …"); a capital
      // is a name or a time the pattern read past ("said Saturday that …", reading 11).
      if (!v[2] && /^\p{Lu}/u.test(claim)) claim = null;
      // "says that includes making sure …": "that" was the subject, and the claim left has none
      // (reading 43: « Includes making sure … » as an option).
      if (claim && lang === "en" && /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|includes?|included|means?|meant|shows?|showed|makes?|made)(?![\p{L}])/u.test(claim)) claim = null;
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
    // The holder is the verb's subject: "A clinical trial involving 121 patients with infantile-onset
    // SMA found that …" has the trial as its subject, SMA (a disease) inside its complement (reading
    // 61's wrong key). A preposition before lower-case words, between the clause's start and the
    // name, puts the name in a complement; « le ministre de l'Intérieur X » (capitals) does not.
    const clauseHead = a.text.slice(s.start, m.start).split(/[,;:]/u).pop() ?? "";
    if (IN_COMPLEMENT.test(clauseHead)) continue;
    claim = claimOf(claim, lang);
    if (!claim) continue;
    // Without "that", the words after the verb must be a clause with its own subject.
    if (v && !v[2] && !(subjectOf(claim, lang) || FINITE[lang].test(claim.split(/[\s\u00A0]+/).slice(1, 5).join(" ")))) continue;
    out.push({ sentence: s, holder: m, verb, claim: claim.trim() });
  }
  return [...out, ...phraseHolders(a, out)];
}

/**
 * Claim checks shared by named and phrase holders: one readable statement, no quote inside, and
 * nothing it points to without naming it ("… after that country confirmed …"). The options' test
 * for a claim that points back holds for the key too: once reading 162's name rule made "Pastor John
 * Reed" a holder, "volunteers visited the town" became a key.
 */
function claimOf(raw: string, lang: Language): string | null {
  let claim = stripFinal(raw);
  const cut = /;\s|,\s(?:mais|alors que|tandis que|but|while)\s/u.exec(claim);
  if (cut) claim = claim.slice(0, cut.index);
  if (/[«»“”"]/.test(claim) || !selfContained(claim, lang, 26) || !FINITE[lang].test(claim) || DEMONSTRATIVE[lang].test(claim) || pointsBack(upperFirst(claim.trim()), lang)) return null;
  return claim.trim();
}

/**
 * "Le rapport final du BEA conclut que …", "A new study has found that …": a holder that is a noun
 * phrase opening the sentence (a report, a study, a court), not a name. Only "what does it say?"
 * is asked of it: there are no holders of its kind to offer for "who says …?".
 */
function phraseHolders(a: FullAnalysis, named: Held[]): Held[] {
  const lang = a.language;
  const out: Held[] = [];
  const re = new RegExp(`^((?:${lang === "fr" ? "Le|La|Les|L['’]" : "The|A|An"})[\\s\\u00A0]?(?:[\\p{L}'’-]+[\\s\\u00A0]){0,6}?[\\p{L}'’-]+)(?:,[\\s\\u00A0][^,«»“”"]{3,80},)?[\\s\\u00A0]+(${REPORT_VERB[lang]})[\\s\\u00A0]+(${lang === "fr" ? "que[\\s\\u00A0]+|qu['’]" : "that[\\s\\u00A0]+"})`, "u");
  for (const s of a.sentences) {
    if (s.isHeading || !s.quotesBalanced || named.some((h) => h.sentence.index === s.index)) continue;
    const m = re.exec(s.text);
    if (!m) continue;
    const phrase = m[1];
    // A pronoun, a relative or a verb inside is no noun phrase ("Le ministre qui a…", "The man he met").
    if (RELATIVE_OR_PRONOUN.test(phrase) || FINITE[lang].test(phrase)) continue;
    const claim = claimOf(s.text.slice(m[0].length), lang);
    if (!claim) continue;
    const holder: EntityMention = { start: s.start, end: s.start + phrase.length, sentenceIndex: s.index, text: phrase, type: "org", entityId: -1, before: "" };
    out.push({ sentence: s, holder, verb: m[2], claim });
  }
  return out;
}

/**
 * Reported speech of any voice: such a sentence may be the holder's words relayed. The plural
 * present too: "Officials say rescuers carried out …" was offered as a statement (reading 45 review).
 */
const REPORTED_PLURAL: Record<Language, string> = {
  fr: "estiment|affirment|déclarent|jugent|assurent|expliquent|soulignent|rappellent|dénoncent|regrettent|indiquent|reconnaissent|préviennent|annoncent|pensent|craignent|disent",
  en: "say|tell|argue|claim|believe|state|warn|explain|insist|announce|think|fear|find|show|reveal|confirm|predict",
};
const REPORTED: Record<Language, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])(?:selon|d['’]après|${REPORT_VERB.fr.replace(/^\(\?:a \|ont \|avait \|avaient \)\?/, "")}|${REPORTED_PLURAL.fr})(?![\\p{L}])`, "iu"),
  en: new RegExp(`(?<![\\p{L}])(?:according to|${REPORT_VERB.en.replace(/^\(\?:has \|have \|had \)\?/, "")}|${REPORTED_PLURAL.en})(?![\\p{L}])`, "iu"),
};
const REFERS_BACK: Record<Language, RegExp> = {
  fr: /^(?:il|elle|ils|elles|on|ce|cela|ceci|cette|ces|cet|celui|celle)(?![\p{L}'’])/iu,
  en: /^(?:he|she|they|it|this|that|these|those|we)(?![\p{L}'’])/iu,
};

const RELATIVE_OR_PRONOUN = /(?<![\p{L}'’])(?:qui|que|qu|dont|où|il|elle|ils|elles|on|who|which|that|whose|he|she|they|it|we|this|these)(?![\p{L}'’])/iu;

/** One key per holder: the entity, or the folded phrase of a phrase holder. */
function holderKey(a: FullAnalysis, h: Held): string {
  return h.holder.entityId >= 0 ? `e${h.holder.entityId}` : `np:${fold(h.holder.text)}`;
}

const EN_BASE: Record<string, string> = {
  concluded: "conclude", concludes: "conclude", found: "find", finds: "find", showed: "show", shows: "show", shown: "show",
  revealed: "reveal", reveals: "reveal", announced: "announce", announces: "announce", predicted: "predict", predicts: "predict",
  confirmed: "confirm", confirms: "confirm",
};

/** "Que conclut le rapport ?", "Qu'a annoncé X ?", "What did the study find?": the question keeps the sentence's verb. */
function whatPrompt(h: Held, name: string, lang: Language): string {
  const verb = h.verb.trim().toLowerCase();
  if (lang === "fr") {
    const say = /(?:déclar|affirm|estim|assur|expliqu|soulign|indiqu|rappel|consid|jug|reconn|prévenu|prévient)/.test(verb);
    if (say) return `D'après l'article, qu'affirme ${name} ?`;
    return `D'après l'article, ${/^[aeiouyéèêh]/i.test(verb) ? "qu'" : "que "}${verb} ${name} ?`;
  }
  const last = verb.split(" ").pop()!;
  const past = /^(?:had )/.test(verb) || /ed$|^(?:found|shown|said|told|thought)$/.test(last);
  return `According to the article, what ${past ? "did" : "does"} ${name} ${EN_BASE[last] ?? "say"}?`;
}

/** The holder as the sentence writes it: the full name when it is there, else the surname ("Professor Eastman says"). */
function holderName(a: FullAnalysis, m: EntityMention): string {
  if (m.entityId < 0) return m.text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  const e = a.entities[m.entityId];
  if (e.type !== "person") return a.text.slice(m.start, m.end);
  return containsWords(a.sentences[m.sentenceIndex].text, e.name) ? e.name : a.text.slice(m.start, m.end);
}

export function afterPersonPossessive(a: FullAnalysis, at: number): boolean {
  const gap = /['’]s[\s\u00A0]+$/u.exec(a.text.slice(Math.max(0, at - 4), at));
  if (!gap) return false;
  const ownerEnd = at - gap[0].length;
  return a.entityMentions.some((m) => m.type === "person" && m.end === ownerEnd);
}

/** "DEQ" and "Louisiana Department of Environmental Quality": the acronym ends the other's initials. */
function sameBodyByInitials(x: string, y: string, lang: Language): boolean {
  const acronym = (n: string) => /^\p{Lu}{2,}$/u.test(n);
  const [short, long] = acronym(x) ? [x, y] : acronym(y) ? [y, x] : [null, null];
  if (!short || !long || acronym(long)) return false;
  const ini = initialsOf(long, lang);
  return ini.length >= short.length && ini.endsWith(fold(short));
}

/** Other holders of the same kind: people we are sure of, or organisations typed as such. */
function othersLike(a: FullAnalysis, h: Held): string[] {
  const e = a.entities[h.holder.entityId];
  const surnameOnly = e.type === "person" && !/[\s\u00A0]/.test(holderName(a, h.holder));
  const seen = new Set([fold(holderName(a, h.holder))]);
  const out: string[] = [];
  let actors: Set<number> | undefined;
  for (const x of a.entities) {
    if (x.id === e.id || x.type !== e.type || x.mentions < 1) continue;
    // "Steve Irwin's Film Company": a body named only after a person's possessive is the rest of a
    // name, cut (reading 55: "Film Company" offered as an organisation); "Italy's National
    // Institute of Geophysics" is a body of its own.
    if (x.type === "org" && a.entityMentions.filter((m) => m.entityId === x.id).every((m) => afterPersonPossessive(a, m.start))) continue;
    // "DEQ" beside "Louisiana Department of Environmental Quality" (reading 62): a body's initials
    // and its full name are one answer.
    if (x.type === "org" && (sameBodyByInitials(e.name, x.name, a.language) || out.some((o) => sameBodyByInitials(o, x.name, a.language)))) continue;
    // "Temple-Inland" and "Temple-Inland Inc": one body, with and without its legal form.
    if (x.type === "org" && [e.name, ...out].some((o) => fold(x.name).startsWith(`${fold(o)} `) || fold(o).startsWith(`${fold(x.name)} `))) continue;
    // A painter of "paintings by masters like …" says nothing in the article (reading 105).
    if (e.type === "person" && !(actors ??= actorsOf(a)).has(x.id)) continue;
    if (e.type === "person" && (!confidentPerson(a, x.name) ||
      [e.name, ...out].some((o) => spellingsOfOneName(fold(lastWord(x.name)), fold(lastWord(o)))))) continue;
    const shown = surnameOnly ? surnameOf(x.name) : x.name;
    const k = fold(shown);
    if (seen.has(k) || x.forms.some((f) => seen.has(fold(f)))) continue;
    seen.add(k);
    out.push(shown);
  }
  return out;
}

/**
 * "NASA is the American space agency", « La chromatine est une structure … »: the writer's gloss
 * of a term, which nobody would take for a quoted person's claim (reading 29: two such options
 * under "what does Charles say?").
 */
const DEFINITION: Record<Language, RegExp> = {
  fr: /^(?:[\p{L}\d'’-]+[\s ]+){0,3}?(?:est|sont)[\s ]+(?:un|une|des|le|la|les|l['’])(?![\p{L}])/iu,
  en: /^(?:[\p{L}\d'’-]+[\s ]+){0,3}?(?:is|are)[\s ]+(?:a|an|the)(?![\p{L}])/iu,
};

const ENTITY_SENTENCES = new WeakMap<FullAnalysis, Map<number, Set<number>>>();

/** The sentences that mention each entity, built once per analysis. */
function entitySentences(a: FullAnalysis): Map<number, Set<number>> {
  let m = ENTITY_SENTENCES.get(a);
  if (!m) {
    m = new Map();
    for (const x of a.entityMentions) {
      let set = m.get(x.entityId);
      if (!set) m.set(x.entityId, (set = new Set()));
      set.add(x.sentenceIndex);
    }
    ENTITY_SENTENCES.set(a, m);
  }
  return m;
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
  // "Dr. Okwo-Bele, WHO's director of immunization, says …" under "what does the WHO say?": a
  // voice whose sentence names the other holder speaks for it, and its claim is the holder's too
  // (reading 43: two defensible answers).
  // The tie may be told once: "Jean-Marie Okwo-Bele is director of immunization for the World
  // Health Organization", then "Dr. Okwo-Bele says …" — two holders named in one sentence.
  const sentencesOf = entitySentences(a);
  const inSentence = (entityId: number, sentence: number) => sentencesOf.get(entityId)?.has(sentence) ?? false;
  const names = (x: Held, y: Held) => y.holder.entityId >= 0
    ? inSentence(y.holder.entityId, x.sentence.index) ||
      (x.holder.entityId >= 0 && [...(sentencesOf.get(x.holder.entityId) ?? [])].some((i) => inSentence(y.holder.entityId, i)))
    : containsWords(x.sentence.text, y.holder.text);
  for (const o of held) {
    if (holderKey(a, o) === holderKey(a, h) || o.sentence.index === h.sentence.index || names(o, h) || names(h, o)) continue;
    // "The study found …" and "The research found …" (reading 51): two holders written as common
    // nouns may be one source, so the other's claim may be this one's too.
    if (h.holder.entityId < 0 && o.holder.entityId < 0) continue;
    const c = upperFirst(o.claim);
    // A claim that leans on its sentence's neighbour (« … ont en effet conservé … ») never gets here:
    // claimOf refused it for keys and options alike.
    if (seen.has(fold(c)) || containsWords(h.sentence.text, o.claim)) continue;
    seen.add(fold(c));
    others.push(c);
  }
  // Too few other voices for four choices: statements of sentences about someone else (never the
  // holder, never reported speech, never pointing back), so each option is true of the article but
  // not said by the holder. Three choices read as an item that ran out of options (reading 32).
  if (others.length < 3) {
    const head = lastWord(name);
    for (const p of clausePool(a, h.sentence.index)) {
      if (others.length >= 3) break;
      const ps = a.sentences[p.sentence];
      const aboutHolder = h.holder.entityId >= 0
        ? a.entityMentions.some((m) => m.sentenceIndex === p.sentence && m.entityId === h.holder.entityId)
        : containsWords(ps.text, head);
      if (aboutHolder || REPORTED[lang].test(ps.text) || /[«»“”"]/.test(ps.text) || REFERS_BACK[lang].test(p.text) || pointsBack(upperFirst(p.text), lang) || DEFINITION[lang].test(p.text)) continue;
      if (!a.entityMentions.some((m) => m.sentenceIndex === p.sentence && m.entityId !== h.holder.entityId && (m.type === "org" || m.type === "person" || m.type === "place"))) continue;
      const c = upperFirst(p.text);
      if (seen.has(fold(c)) || overlap(c, key) >= 0.34 || wordCount(c) > Math.max(14, 2 * wordCount(key))) continue;
      seen.add(fold(c));
      others.push(c);
    }
  }
  if (others.length < 2) return null;
  const rng = rngFor(hash, `stance-claim:${h.sentence.index}:${h.holder.start}`);
  // A body keeps the determiner its sentence writes ("what did the Fish and Wildlife Service
  // say?"; reading 21 printed "what did Wildlife Service say"); the proof keeps the bare name.
  const shown = h.holder.entityId >= 0 && a.entities[h.holder.entityId].type !== "person" ? withWrittenDeterminer(a, h.holder, name) : name;
  const prompt = whatPrompt(h, shown, lang);
  const evidence = { text: a.text.slice(h.sentence.start, h.sentence.end), start: h.sentence.start, end: h.sentence.end };
  const explanation = lang === "fr"
    // The other options may be the article's own statements, attributed to nobody (reading 16).
    ? `C'est ce que dit ${shown} ; l'article ne lui attribue pas les autres affirmations. ${PHRASES.fr.explain(quoteExcerpt(evidence.text, "fr"))}`
    : `This is what ${shown} says; the article does not attribute the other statements to ${shown}. ${PHRASES.en.explain(quoteExcerpt(evidence.text, "en"))}`;
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
    meta: { slot: "stance-claim", fact: `stance:${h.sentence.index}`, proof: { type: "holder", holder: name, claim: h.claim, ...(h.holder.entityId < 0 ? { phrase: true } : {}) } },
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
      const name = holderName(a, h.holder);
      if (h.holder.entityId < 0) {
        if (wordCount(name) > 8) continue;
        const claimQ = claimQuestion(a, hash, h, held, name, imp.sentence[h.sentence.index]);
        if (claimQ) out.push(claimQ);
        continue;
      }
      const e = a.entities[h.holder.entityId];
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
