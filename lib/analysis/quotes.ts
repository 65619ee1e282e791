// Direct quotes and who said them: « … », a déclaré X / a-t-il affirmé / selon X,
// "…," X said / said X / according to X. Quotes may span several sentences.
import type { Language } from "../generation/contract";
import { firstNameGender } from "./lexicon/first-names";
import { FR_SPEECH_PRESENT, SPEECH_VERBS } from "./lexicon/people";
import type { EntityMention, QuoteMention, Sentence } from "./types";

const PAIRS: Array<[string, string]> = [["«", "»"], ["“", "”"]];

function sentenceOf(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function findQuoteSpans(text: string): Array<{ start: number; end: number; cs: number; ce: number }> {
  const spans: Array<{ start: number; end: number; cs: number; ce: number }> = [];
  let i = 0;
  let straightOpen = -1;
  while (i < text.length) {
    const c = text[i];
    const pair = PAIRS.find(([o]) => o === c);
    if (pair) {
      const close = text.indexOf(pair[1], i + 1);
      const para = text.indexOf("\n\n", i + 1);
      if (close > 0 && (para < 0 || close < para)) {
        spans.push(trimSpan(text, i, close + 1));
        i = close + 1;
        continue;
      }
    } else if (c === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        if (!text.slice(straightOpen, i).includes("\n\n")) spans.push(trimSpan(text, straightOpen, i + 1));
        straightOpen = -1;
      }
    } else if (c === "\n" && text[i + 1] === "\n") straightOpen = -1;
    i++;
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number) {
  let cs = start + 1;
  let ce = end - 1;
  while (cs < ce && /[\s\u00A0\u202F]/.test(text[cs])) cs++;
  while (ce > cs && /[\s\u00A0\u202F]/.test(text[ce - 1])) ce--;
  return { start, end, cs, ce };
}

function verbAlt(lang: Language): string {
  return [...SPEECH_VERBS[lang]].sort((a, b) => b.length - a.length).join("|");
}

/**
 * What may stand before a sentence's subject: an opening adverbial closed by a comma, a
 * determiner, and a few words of role (« Le ministre de l'Intérieur », "England's chief medical
 * officer Sir", "Senior researcher").
 */
const SUBJECT_HEAD = /^[\s\u00A0«“"]*(?:[^;:«»“”"]{2,80},[\s\u00A0]+)?(?:(?:le|la|les|l['’]|the|an?|un|une)[\s\u00A0]?)?(?:[\p{L}\d'’.-]+[\s\u00A0]+){0,5}$/iu;

/** Words between a verb of saying and a name that make the name a complement, not the speaker. */
const NOT_THE_SPEAKER_GAP = /(?<![\p{L}])(?:by|par|statement|declaration|déclaration|communiqué|texte|text|report|rapport|document|letter|lettre|release|resolution|résolution|decree|décret)(?![\p{L}])/iu;

/** A subject pronoun in the words before a name: the sentence's subject is someone already named. */
const SUBJECT_PRONOUN: Record<Language, RegExp> = {
  fr: /(?<![\p{L}'’])(?:il|elle|ils|elles|nous|je|on)(?![\p{L}'’])/iu,
  en: /(?<![\p{L}'’])(?:he|she|they|we|I)(?![\p{L}'’])/u,
};

/** Adverbs that may stand between an auxiliary and the verb of saying after a quotation. */
const FR_VERB_ADVERBS = "(?:ensuite|encore|également|aussi|alors|enfin|déjà|aussitôt|immédiatement|plus tard|pour sa part|pour leur part|quant à lui|quant à elle)";

const TITLED = /(?<![\p{L}])(?:intitulée?s?|titled|entitled|baptisée?s?|sous[\s\u00A0]+le[\s\u00A0]+(?:titre|nom|thème|slogan)(?:[\s\u00A0]+de)?|dubbed|slogan|thème|theme|devise|motto)[\s\u00A0\u202F]*:?[\s\u00A0\u202F]*$/iu;

export function extractQuotes(text: string, sentences: Sentence[], mentions: EntityMention[], lang: Language): QuoteMention[] {
  const out: QuoteMention[] = [];
  const verbs = verbAlt(lang);
  const frPresent = FR_SPEECH_PRESENT.join("|");
  // « … », a ensuite précisé X / lui a dit X / nous a confié X: an adverb or a clitic may stand in the verb group.
  const afterFr = new RegExp(`^[\\s\\u00A0\\u202F]*,?[\\s\\u00A0\\u202F]*(?:(?:(?:lui|leur|nous|vous|me|m['’])[\\s\\u00A0]+)?(?:a|avait|aurait|ont)[\\s\\u00A0]+(?:${FR_VERB_ADVERBS}[\\s\\u00A0]+)?(${verbs})|(?:(?:lui|leur|nous|vous|me|m['’])[\\s\\u00A0]+)?(${verbs}|${frPresent})[\\s\\u00A0]|selon[\\s\\u00A0])`, "iu");
  const pronounFr = new RegExp(`^[\\s\\u00A0\\u202F]*,?[\\s\\u00A0\\u202F]*(?:(?:a|avait)-t-(il|elle)[\\s\\u00A0]+(?:${verbs})|(?:${frPresent}|${verbs})-(?:t-)?(il|elle))`, "iu");
  const afterEn = new RegExp(`^[\\s,]*(?:(?:${verbs})[\\s\\u00A0]|according to[\\s\\u00A0])`, "iu");
  const pronounEn = new RegExp(`^[\\s,]*(?:(he|she)[\\s\\u00A0]+(?:${verbs})|(?:${verbs})[\\s\\u00A0]+(he|she)\\b)`, "iu");
  const subjVerbEn = new RegExp(`^[\\s,]*([^!?"“”\\n]{1,80}?)[\\s\\u00A0]+(?:${verbs})\\b`, "iu");
  // Between a speaker's name and the quote: an optional incise, the verb, "que" or a colon.
  // « Pierre Moscovici, a pour sa part ajouté : », "X has also said": up to four words (an adverb,
  // « quant à lui », « pour sa part ») between the auxiliary and the verb, and a comma after the name.
  const verbRight = new RegExp(`^(?:[\\s\\u00A0]*,[^«»“”,]{1,60},)?[\\s\\u00A0]*,?[\\s\\u00A0]*(?:(?:a|avait|ont|has|had)[\\s\\u00A0]+(?:[^\\s\\u00A0«»“”"(),.;:]+[\\s\\u00A0]+){0,4}?)?(?:${verbs}|${frPresent})[\\s\\u00A0\\u202F]*(?:que|qu['’]|that)?[\\s\\u00A0\\u202F]*:?[\\s\\u00A0\\u202F]*$`, "iu");
  const speechAnywhere = new RegExp(`(?<![\\p{L}])(?:${verbs}|${frPresent}|souvient|décrit|qualifié|described|called)(?![\\p{L}])`, "iu");

  const persons = mentions.filter((m) => m.type === "person" || m.type === "org");
  const firstMentionIn = (from: number, to: number) => persons.find((m) => m.start >= from && m.start < to && m.type === "person") ??
    persons.find((m) => m.start >= from && m.start < to);
  // "…", prévient-il: the pronoun takes up the last name before, and a name the typing missed
  // (a known first name opening it) may be that person: then nobody is sure (« Jean-Marie Le Pen »
  // read as a thing gave his words to the politician named before him).
  const mayBePerson = (m: EntityMention) => m.type === "person" || (m.type === "other" && !!firstNameGender(m.text.split(/[\s\u00A0-]/u)[0] ?? ""));
  // The pronoun takes up a subject: "… including Belgian legend Eddy Merckx, as three-time world
  // champions. “It's something special,” he added." is Sagan's, the subject before (reading 56's
  // wrong key). A last name that is no subject leaves the speaker unknown.
  // An inverted subject after its verb of saying (« déclare à l'AFP Jean-Philippe Magnen », "said X") is one too.
  const saidBefore = new RegExp(`(?<![\\p{L}])(?:${verbs}|${frPresent})(?:[\\s\\u00A0]+(?:à|au|aux|to)[\\s\\u00A0]+[^,;:«»“”"]{1,30}?)?[\\s\\u00A0,]+(?:(?:le|la|l['’]|the)[\\s\\u00A0]?)?(?:[\\p{L}'’.-]+[\\s\\u00A0]+){0,4}$`, "iu");
  const isSubject = (m: EntityMention) => {
    const s = sentences[sentenceOf(sentences, m.start)];
    const head = text.slice(s.start, m.start);
    return (SUBJECT_HEAD.test(head) && !SUBJECT_PRONOUN[lang].test(head)) || saidBefore.test(text.slice(Math.max(s.start, m.start - 60), m.start));
  };
  // "…," said a joint declaration issued by X, Y and Z: the verb's subject is a document, and the
  // people named after it are its authors, none of them the speaker (reading 58's wrong key).
  const speakerAfterVerb = (from: number, m: EntityMention | undefined) =>
    m && !NOT_THE_SPEAKER_GAP.test(text.slice(from, m.start)) ? m : undefined;
  const lastPersonBefore = (offset: number, minOffset: number) => {
    let best: EntityMention | undefined;
    for (const m of mentions) if (mayBePerson(m) && m.end <= offset && m.start >= minOffset) best = m;
    return best?.type === "person" && isSubject(best) ? best : undefined;
  };

  for (const q of findQuoteSpans(text)) {
    const content = text.slice(q.cs, q.ce);
    const firstSentence = sentenceOf(sentences, q.start);
    const lastSentence = sentenceOf(sentences, Math.max(q.start, q.end - 1));
    const rec: QuoteMention = { start: q.start, end: q.end, text: content, contentStart: q.cs, contentEnd: q.ce, firstSentence, lastSentence };
    const sentEnd = sentences[lastSentence].end;
    // A quote that closes its sentence (« … humanity." Mayor X announced …») has no speaker after
    // it: the next sentence's subject is someone else (a wrong key otherwise).
    const after = sentEnd <= q.end ? "" : text.slice(q.end, Math.min(text.length, q.end + 160));
    let speaker: EntityMention | undefined;
    let verb: string | undefined;
    // « un discours intitulé : « … » », "a report titled "…"": the quotation is a title, said by nobody.
    if (TITLED.test(text.slice(Math.max(0, q.start - 40), q.start))) {
      out.push(rec);
      continue;
    }
    if (lang === "fr") {
      const p = pronounFr.exec(after);
      if (p) {
        speaker = lastPersonBefore(q.start, Math.max(0, q.start - 600));
        verb = p[0].trim().replace(/^,\s*/, "");
      } else {
        const a = afterFr.exec(after);
        if (a) {
          verb = a[0].trim().replace(/^,\s*/, "");
          speaker = speakerAfterVerb(q.end + a[0].length, firstMentionIn(q.end + a[0].length, Math.min(sentEnd, q.end + a[0].length + 90)));
        }
      }
    } else {
      const p = pronounEn.exec(after);
      if (p) {
        speaker = lastPersonBefore(q.start, Math.max(0, q.start - 600));
        verb = p[0].trim();
      } else {
        const a = afterEn.exec(after);
        if (a) {
          verb = a[0].replace(/^[\s,]+/, "").trim();
          speaker = speakerAfterVerb(q.end + a[0].length, firstMentionIn(q.end + a[0].length, Math.min(sentEnd, q.end + a[0].length + 60)));
        } else {
          const sv = subjVerbEn.exec(after);
          if (sv) {
            // "“Kudos to Wesley …” that confounded Onischuk, said Ashley" (reading 139's wrong key): a
            // clause going on from the quotation is no subject; the name right after the verb is the
            // speaker, and a name inside that clause is whom it talks about.
            const verbEnd = q.end + sv.index + sv[0].length;
            const inverted = /^[\s\u00A0]*,?[\s\u00A0]*(?:(?:grandmaster|coach|spokes(?:man|woman|person)|president|minister|director|chief|officer|mayor|senator|governor|dr\.?|mr\.?|mrs\.?|ms\.?)[\s\u00A0]+)?$/iu;
            const next = persons.find((m) => m.type === "person" && m.start >= verbEnd && inverted.test(text.slice(verbEnd, m.start)));
            if (next) speaker = next;
            else if (!/^[\s,]*(?:that|which|who|whom|as|when|while|because|but|and|after|before|since|so)(?![\p{L}])/iu.test(sv[1])) speaker = firstMentionIn(q.end, q.end + sv[1].length + 4);
            verb = sv[0].slice(sv[1].length + 1).trim();
          }
        }
      }
    }
    if (!speaker) {
      // "X a salué « … »", "X said he would "…"": the person before the quote in its sentence.
      const s = sentences[firstSentence];
      const lead = text.slice(s.start, q.start);
      if (speechAnywhere.test(lead)) {
        const cands = mentions.filter((m) => m.type === "person" && m.start >= s.start && m.end <= q.start);
        const ids = new Set(cands.map((m) => m.entityId));
        // The verb of saying must follow the person: « La visite se poursuit … avec Richard Ferrand,
        // … un discours intitulé : « … » » has its verb before him, and he says nothing (reading 31).
        if (ids.size === 1 && speechAnywhere.test(text.slice(cands[cands.length - 1].end, q.start))) speaker = cands[cands.length - 1];
        else {
          // "Après Paul Durand, Marie Leroy a déclaré : « … »": the name right before the verb speaks.
          const last = cands[cands.length - 1];
          if (last && verbRight.test(text.slice(last.end, q.start))) speaker = last;
        }
      }
    }
    if (speaker) {
      rec.speakerId = speaker.entityId;
      rec.speakerStart = speaker.start;
      rec.speakerEnd = speaker.end;
      rec.verb = verb;
    }
    out.push(rec);
  }
  continuedQuotes(text, sentences, mentions, out);
  return out;
}

/**
 * « “We are ready,” Smith said. “The team has worked hard.” »: a quotation that makes a whole
 * sentence of its own, right after a quotation of the same paragraph whose speaker is known, with
 * no one else named between them, goes on with that speaker's words (news writing names a speaker
 * once per paragraph). Only a whole sentence: a quoted phrase inside someone else's sentence is
 * the writer's.
 */
function continuedQuotes(text: string, sentences: Sentence[], mentions: EntityMention[], quotes: QuoteMention[]): void {
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i];
    const p = quotes[i - 1];
    if (q.speakerId !== undefined || p.speakerId === undefined || p.speakerEnd === undefined) continue;
    const between = text.slice(p.end, q.start);
    // The first quotation's sentence has ended (after its attribution, or inside its marks).
    if (between.includes("\n") || !/[.!?…][\s\u00A0\u202F"”»’]*$/u.test(text.slice(Math.max(p.contentEnd - 1, p.speakerEnd), q.start))) continue;
    // The attribution comes after the first quotation: no name of anyone after it.
    if (mentions.some((m) => m.start >= Math.max(p.end, p.speakerEnd!) && m.start < q.start)) continue;
    if (mentions.some((m) => m.start >= q.start && m.start < q.end)) continue;
    // A whole sentence: the quotation opens its sentence and closes it.
    const first = sentences[q.firstSentence];
    const last = sentences[q.lastSentence];
    if (text.slice(first.start, q.start).trim() || !/^[\s\u00A0\u202F]*[.!?…]?[\s\u00A0\u202F]*$/u.test(text.slice(q.end, last.end))) continue;
    if (q.text.split(/[\s\u00A0]+/u).length < 4) continue;
    q.speakerId = p.speakerId;
    q.speakerStart = p.speakerStart;
    q.speakerEnd = p.speakerEnd;
    q.verb = p.verb;
  }
}
