// Short answers a single name or number settles: "Qui est le ministre de l'Intérieur ?" and
// "Quel nombre manque dans cette phrase ?".
import type { QuestionTemplate, Candidate } from "../../template";
import type { FullAnalysis, Entity, RoleMention } from "../../../analysis/types";
import { fold, containsWords, foldWords, isAllCaps } from "../../../analysis/fold";
import { ROLE_NOUNS } from "../../../analysis/lexicon/roles";
import { placeKindOf } from "../../../analysis/entities";
import { excerptWith, BLANK, usableSentence } from "../../excerpt";
import { PHRASES } from "../../phrases";
import { danglingReference, difficultyFor, evidenceOf, explanationFor, kitFor, sentenceQuality } from "../../question-kit";
import { blankedFigure, entityAccepted, withoutPrintedFunctions } from "../../slots";
import { normaliseAnswer } from "../../../grading/normalise";
import { applyTypography, quoteExcerpt } from "../../typography";

/** A role phrase that ends on a function word was cut short ("general secretary of the"). */
const DANGLING = /(?:^|\s)(?:the|of|a|an|and|de|du|des|la|le|les|l['’]|d['’]|à|au|aux|et|pour|en)$/iu;

/** "ranging from US president": a verb form or a clause-level preposition inside is no role. */
const NOT_A_ROLE = /(?:^|\s)(?:\p{Ll}+ing|from|to|with|by|after|before|than|depuis|avec|après|avant|par)(?=\s|$)/u;

function rolePhrase(a: FullAnalysis, r: RoleMention, e: Entity): string | null {
  if (DANGLING.test(r.bare.trim()) || NOT_A_ROLE.test(r.bare.trim())) return null;
  if (a.language === "fr") {
    const t = r.text.replace(/^(Le|La|L['’])/, (d) => d.toLowerCase());
    if (/^(?:le|la|l['’]|les)(?:\s|(?<=['’]))/iu.test(t)) return t;
    // "du Premier ministre Askar Mamine" → "le Premier ministre"; otherwise the title gives the article.
    if (r.det === "le" || r.det === "la") return `${r.det} ${t}`;
    if (r.det === "l'") return `l'${t}`;
    if (e.title === "M.") return `le ${t}`;
    if (e.title === "Mme" || e.title === "Mlle") return `la ${t}`;
    // "Mme Morel, secrétaire générale de l'USATU": a feminine role noun takes "la".
    if (/^(?:\p{L}+(?:trice|euse|esse|ienne|ière|ée|ante|ente)|présidente|secrétaire générale|directrice)\b/iu.test(t) && !/^(?:un|une)\s/i.test(r.text)) return `la ${t}`;
    // "Qui est directeur de l'agence ?" reads well without an article when the role has a complement.
    return /\s(?:de|du|des)\s|\sd['’]/iu.test(t) ? t : null;
  }
  // English: "Governor" → "the governor", "Finance Minister" → "the finance minister"; names keep capitals.
  const names = a.entities.filter((e) => e.type !== "person").flatMap((e) => e.forms);
  // Proper nouns keep their capital ("Environment Canada spokeswoman"): names of the article, countries and cities.
  const words = r.bare.split(/\s+/).map((w) => (isAllCaps(w) || names.some((n) => containsWords(n, w)) || placeKindOf(w) ? w : w.toLowerCase()));
  const det = r.det ? r.det.toLowerCase() : "the";
  return `${det} ${words.join(" ")}`;
}

/**
 * "Who is the president?" only names one person when the article mentions no other president:
 * a bare role (no modifier, no complement) whose noun also appears in a sentence without this
 * person is ambiguous. "the US president", « le ministre de l'Intérieur » stay specific.
 */
const FOLDED_ROLES = { fr: new Set([...ROLE_NOUNS.fr].map(fold)), en: new Set([...ROLE_NOUNS.en].map(fold)) };

function ambiguousBareRole(a: FullAnalysis, r: RoleMention, e: Entity): boolean {
  const words = foldWords(r.bare).split(" ").filter(Boolean);
  if (words.length !== 1 || !FOLDED_ROLES[a.language].has(words[0])) return false;
  const own = new Set(a.entityMentions.filter((m) => m.entityId === e.id).map((m) => m.sentenceIndex));
  return a.sentences.some((s) => !own.has(s.index) && foldWords(s.text).split(" ").includes(words[0]));
}

/** The role noun of a role phrase, folded, with spokesman/spokeswoman/spokesperson as one. */
function roleHead(bare: string, lang: "fr" | "en"): string | undefined {
  const folded = foldWords(bare);
  // Folding splits « porte-parole » in two words, which no single-word lookup finds.
  if (/(?:^|\s)porte parole(?:\s|$)/.test(folded)) return "spokes";
  const w = folded.split(" ").find((x) => FOLDED_ROLES[lang].has(x));
  return w?.replace(/^spokes(?:man|woman|person)$/, "spokes");
}

/** Offices of a government or a state (folded): who held one is worth knowing even in passing. */
const NATIONAL_OFFICE = /(?:^|\s)(?:ministre|minister|secretary|secretaire|president|presidente|premier|chancellor|chanceliere|chancelier|roi|reine|king|queen|governor|gouverneur|senator|senateur|senatrice|depute|deputee)(?:\s|$)/;

/** Offices a person holds for a time (folded): the role questions ask who held one "at the time". */
const OFFICES: Record<"fr" | "en", RegExp> = {
  fr: /(?:^|\s)(?:president|presidente|vice president|vice presidente|ministre|maire|directeur|directrice|secretaire|porte parole|chef|cheffe|dirigeant|dirigeante|gouverneur|gouverneure|prefet|prefete|depute|deputee|senateur|senatrice|juge|entraineur|entraineuse|capitaine|patron|patronne|pdg|commissaire|ambassadeur|ambassadrice|procureur|procureure|selectionneur|premier ministre|conseiller|conseillere)(?:\s|$)/,
  en: /(?:^|\s)(?:president|governor|minister|mayor|leader|chairman|chairwoman|chair|director|spokesman|spokeswoman|spokesperson|secretary|chief|coach|captain|senator|judge|ambassador|commissioner|manager|head|prosecutor|chancellor|premier|treasurer|councillor|councilor|executive|ceo)(?:\s|$)/,
};

const RANK = /^(?:deputy|vice|assistant|associate|acting|senior|interim|former|adjoint|adjointe|sous|ancien|ancienne|porte|parole)$/;
const ROLE_FILLER = /^(?:de|du|des|la|le|les|l|d|of|the|a|an)$/;
/** An office names what it is of: a word beside the rank and the title ("finance", "club", "Intérieur"). */
function qualified(folded: string, lang: "fr" | "en"): boolean {
  if (/^(?:premier ministre|prime minister)$/.test(folded)) return true;
  return folded.split(" ").some((w) => w.length > 1 && !ROLE_FILLER.test(w) && !RANK.test(w) && !OFFICES[lang].test(w));
}

function roleCandidates(a: FullAnalysis): Candidate[] {
  const out: Candidate[] = [];
  const lang = a.language;
  const byRole = new Map<string, Entity[]>();
  for (const e of a.entities) for (const r of e.roles) {
    const k = fold(r.bare);
    byRole.set(k, [...(byRole.get(k) ?? []), e].filter((x, i, arr) => arr.indexOf(x) === i));
  }
  for (const e of a.entities) {
    if (e.type !== "person") continue;
    let r = e.roles[0];
    // A bare "President" that another president makes ambiguous gives way to a fuller form of the
    // same role written for this person ("US President Joe Biden" → "the US president").
    if (r && ambiguousBareRole(a, r, e)) {
      const head = foldWords(r.bare);
      r = e.roles.find((x) => x !== r && foldWords(x.bare).split(" ").length > 1 && foldWords(x.bare).split(" ").includes(head)) ?? r;
    }
    if (!r || (byRole.get(fold(r.bare))?.length ?? 0) > 1) continue;
    // "the Environment Canada spokeswoman" when another person is also a spokesperson of it: two answers.
    const head = roleHead(r.bare, lang);
    // A spokesperson speaks for the office that matters: their name is trivia (reading 16's court
    // spokesman, rejected as not worth asking).
    if (head === "spokes") continue;
    if (head && a.entities.some((x) => x.id !== e.id && x.type === "person" && x.roles.some((o) => roleHead(o.bare, lang) === head))) continue;
    const s = a.sentences[r.sentenceIndex];
    if (!usableSentence(s)) continue;
    const phrase = rolePhrase(a, r, e);
    if (!phrase || ambiguousBareRole(a, r, e)) continue;
    // "Who was the professor / the senator / le général?": a title without what it is of names no
    // one office; the question needs a qualifier ("the environment minister", "président du club").
    if (foldWords(r.bare).split(" ").filter((w) => w.length > 1).length < 2) continue;
    // "U.S. Secretary of Labor" read as "s secretary of Labor": a stray letter is a cut abbreviation.
    if (/(?:^|\s)\p{L}(?:\s|$)/u.test(r.bare.trim())) continue;
    // "au moment des faits" fits an office someone holds, not what they do or are ("le chercheur
    // austro-hongrois"), and "du pays" points back to a country the question does not name.
    if (!OFFICES[lang].test(foldWords(r.bare)) || /(?:^|\s)(?:du pays|de la ville|of the country|of the city|d etat)(?:\s|$)/.test(foldWords(r.bare))) continue;
    // "Who was the former police chief at the time?" contradicts itself (reading 16).
    if (/^(?:former|ex|ancien|ancienne|ex-\S+)(?:\s|$)/.test(foldWords(r.bare))) continue;
    // "the deputy secretary", "the vice president": a rank and an office, but of what? (reading 9)
    if (!qualified(foldWords(r.bare), lang)) continue;
    // "Quebec, Canada premier": the qualifier is the second half of a place ("Quebec, Canada"),
    // and "the Canada premier" names another office (reading 8's wrong key).
    if (/\p{Lu}[\p{L}.-]*,[\s\u00A0]*$/u.test(a.text.slice(Math.max(s.start, r.start - 30), r.start))) continue;
    // A local office holder named once, past the lede and not in the headline, is a passing
    // mention: their name is trivia (reading 20: the mayor of the ski resort the minister
    // visited). Who held a government office is current affairs, kept (readings 9, 13: accepted).
    const mentions = a.entityMentions.filter((m) => m.entityId === e.id);
    if (mentions.length < 2 && mentions.every((m) => m.sentenceIndex > 1) && !(a.title && e.forms.some((f) => containsWords(a.title!, f))) &&
      !NATIONAL_OFFICE.test(foldWords(r.bare))) continue;
    // The answer is the name as the evidence sentence writes it.
    const mention = a.entityMentions.find((m) => m.entityId === e.id && m.sentenceIndex === s.index);
    if (!mention) continue;
    const answer = a.text.slice(mention.start, mention.end);
    out.push({
      kind: "short_answer",
      category: "comprehension",
      source: "article",
      prompt: applyTypography(PHRASES[lang].role(phrase), lang),
      answer,
      // The office the prompt names ("ministre de l'Intérieur") is no answer to "who held it?".
      accepted: withoutPrintedFunctions(entityAccepted(a, e.id, answer), PHRASES[lang].role(phrase), e.name),
      evidence: evidenceOf(a, s),
      explanation: explanationFor(a, s, mention),
      difficulty: difficultyFor(s, 2),
      template: "short-answer",
      score: 0.9 + sentenceQuality(s),
      sentenceIndex: s.index,
      meta: { slot: "person", fact: `role:${e.id}` },
    });
  }
  return out;
}

/** Accepted spellings once each, the key excluded, as the grader compares them. */
function distinctForms(forms: string[], answer: string, lang: "fr" | "en"): string[] {
  const seen = new Set([normaliseAnswer(answer, lang)]);
  return forms.filter((x) => { const k = normaliseAnswer(x, lang); if (seen.has(k)) return false; seen.add(k); return true; });
}

export const shortAnswerTemplate: QuestionTemplate = {
  name: "short-answer",
  generate(a) {
    const { full, slots } = kitFor(a);
    const lang = a.language;
    const out = roleCandidates(full);
    for (const slot of slots) {
      if (slot.type !== "number") continue;
      if (danglingReference(full, slot.sentence)) continue;
      const { from, key: answer } = blankedFigure(slot, lang);
      const ex = excerptWith(full, slot.sentence, from, slot.end, BLANK);
      if (!ex) continue;
      out.push({
        kind: "short_answer",
        category: "comprehension",
        source: "article",
        prompt: applyTypography(PHRASES[lang].missingNumber(quoteExcerpt(ex, lang)), lang),
        answer,
        accepted: distinctForms([slot.display, ...slot.accepted], answer, lang),
        evidence: evidenceOf(a, slot.sentence),
        explanation: explanationFor(a, slot.sentence, slot),
        difficulty: difficultyFor(slot.sentence, 2),
        template: "short-answer",
        score: Math.min(1, slot.weight - 0.15 + sentenceQuality(slot.sentence)),
        sentenceIndex: slot.sentence.index,
        meta: { slot: "number", fact: slot.fact ?? slot.id },
      });
    }
    return out;
  },
};
