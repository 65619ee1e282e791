// Answer slots: the spans of an article a question can be about (a number, a date, a person,
// a place, an organisation), each with its displayed answer, accepted spellings and
// grammatically fitting distractors. Templates turn slots into questions.
import type { Language } from "./contract";
import type { DateMention, EntityMention, FullAnalysis, NumberMention, Sentence } from "../analysis/types";
import { containsWords, fold, foldWords } from "../analysis/fold";
import { numberToWord } from "../analysis/lexicon/number-words";
import { HUMAN_UNITS, MEASURE_UNITS, TOLL_UNITS } from "../analysis/lexicon/counted";
import { EN_ROLE_TITLES, PERSON_TITLES } from "../analysis/lexicon/people";
import { ROLE_NOUNS } from "../analysis/lexicon/roles";
import { dateDistractors, renderDateKey } from "./distractors/dates";
import { entitySlot } from "./distractors/entities";
import { numericDistractors, renderNumber } from "./distractors/numbers";
import { usableSentence } from "./excerpt";
import { lastWord, surnameOf } from "./clauses";
import { rngFor } from "./random";
import { formatNumber } from "./typography";
import { entityByName, personOrSurname, spellingsOfOneName } from "./verify";
import { genderOf, sameGenderFirst } from "../analysis/gender";

/** "Anthony Nguyen, aka JoJo Nguyen and Jackie Lee, 49, …": the names an entity is also known by. */
// After a comma and before a capital (« Jean Dupont dit que … » is a verb of saying, not an alias).
const ALIAS = /^[\s\u00A0]*,[\s\u00A0]*(?:aka|a\.k\.a\.|also known as|alias|dit|surnommée?|connue? sous le nom de)[\s\u00A0]+((?:[«“"][\s\u00A0]*)?\p{Lu}[^,.;()]{1,80})/u;

/**
 * Which people a name may stand for: every person whose name, forms or aliases written after a
 * mention hold it whole. Folded once per article; each name looked up once.
 */
function peopleNamedBy(a: FullAnalysis): (name: string) => Set<number> {
  const names = new Map<number, string[]>();
  for (const e of a.entities) if (e.type === "person") names.set(e.id, [e.name, ...e.forms].map((y) => ` ${foldWords(y)} `));
  for (const x of a.entityMentions) {
    const m = x.type === "person" ? ALIAS.exec(a.text.slice(x.end, x.end + 120)) : null;
    if (m) names.get(x.entityId)?.push(` ${foldWords(m[1])} `);
  }
  const cache = new Map<string, Set<number>>();
  return (name) => {
    const k = ` ${foldWords(name)} `;
    if (!k.trim()) return new Set();
    let ids = cache.get(k);
    if (!ids) cache.set(k, (ids = new Set([...names].filter(([, ys]) => ys.some((y) => y.includes(k))).map(([id]) => id))));
    return ids;
  };
}

export type SlotType = "number" | "date" | "person" | "place" | "org";

export interface Slot {
  id: string;
  type: SlotType;
  sentence: Sentence;
  start: number;
  end: number;
  display: string;
  accepted: string[];
  distractors: string[];
  entityId?: number;
  number?: NumberMention;
  date?: DateMention;
  mention?: EntityMention;
  /** Prior interest of the slot in [0, 1]. */
  weight: number;
  /** The fact asked about, when two mentions state one fact ("cinq nouveaux plans" and "5 nouveaux plans"). */
  fact?: string;
}

const TYPE_WEIGHT: Record<SlotType, number> = { number: 0.85, person: 0.85, date: 0.7, place: 0.75, org: 0.7 };

/** A currency sign a student may write as a word. */
const CURRENCY_WORDS: Record<string, Record<Language, string>> = {
  $: { fr: "dollars", en: "dollars" }, "€": { fr: "euros", en: "euros" }, "£": { fr: "livres", en: "pounds" },
};

function numberAccepted(a: FullAnalysis, m: NumberMention): string[] {
  const out = new Set<string>();
  out.add(a.text.slice(m.start, m.end));
  const bare = renderNumber({ ...m, hedgeText: "", hedge: null }, m.mantissa, a.language);
  out.add(bare);
  if (m.decimals === 0 && !m.scaleText) out.add(String(m.mantissa));
  if (m.scaleText) out.add(formatNumber(m.value, 0, a.language));
  // "three thousand" is 3,000: the bare mantissa would accept "3" as right.
  if (m.format === "words" && !m.scaleText) out.add(String(m.mantissa));
  // « vingt-trois » may be typed « 23 », "one thousand three hundred" "1,300".
  if (m.compound && !m.scaleText) out.add(formatNumber(m.mantissa, 0, a.language));
  // A figure written in digits may be written in words: « huit » for 8 (reading 18).
  if (m.format !== "words" && m.decimals === 0 && !m.scaleText && !m.prefix && !m.isPercent) {
    const word = numberToWord(m.mantissa, a.language);
    if (word) out.add(word);
  }
  // "$100 billion": a student writes "100 billion" or "100 billion dollars" (reading 13).
  if (m.prefix) {
    const words = CURRENCY_WORDS[m.prefix]?.[a.language];
    for (const x of [...out].filter((y) => y.includes(m.prefix))) {
      const plain = x.replace(m.prefix, "").trim();
      out.add(plain);
      if (words) out.add(`${plain} ${words}`);
    }
  }
  // With its unit or noun: "près de 15 mois", "15 mois", "1,2 milliard d'euros".
  // "37 freshly dug roots" (reading 81: "37 freshly" accepted): an adverb is no unit.
  if (m.unitEnd > m.end && !(a.language === "en" && /^[\s\u00A0]*(?!(?:family|assembly|supply|ally|rally|reply|anomaly|monopoly|butterfly|belly)$)\p{Ll}{3,}ly$/u.test(a.text.slice(m.end, m.unitEnd)))) {
    const unitText = a.text.slice(m.end, m.unitEnd);
    // "The 106 year old …": a student writes "106 years" (reading 15).
    // Only a unit of time or measure, or a form the article itself uses: "80 feets", "19 wilds" (an
    // adjective), "81 professionals" were offered by a rule alone (reading 32); "106 years" for "the
    // 106 year old" is what a student writes (reading 15).
    const other = a.language === "en" && /\p{Ll}$/u.test(unitText) ? otherNumberEn(unitText) : null;
    const plural = other && (MEASURE_UNIT.test(unitText.trim()) || new RegExp(`(?<![\\p{L}])${other.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "iu").test(a.text)) ? other : null;
    // « 2,75 millions de chômeurs » in digits is « 2 750 000 chômeurs »: a figure takes its noun
    // without the « de » its scale word needed (reading 45: « 2 750 000 de chômeurs » accepted).
    const scaleOf = m.scaleText ? /^[\s\u00A0]+(?:de[\s\u00A0]+|d['’])/u.exec(unitText) : null;
    for (const x of [...out]) {
      const bareFigure = scaleOf && !x.includes(m.scaleText);
      out.add(bareFigure ? `${x} ${unitText.slice(scaleOf[0].length)}` : x + unitText);
      if (plural) out.add(x + plural);
    }
  }
  return uniqueForms([...out]);
}

/**
 * One form per spelling, in order: « près de 10 000 » with a no-break space and with a plain one
 * are the same answer (reading 31 saw it twice in an accepted list). `except` drops the key's forms.
 */
export function uniqueForms(forms: string[], except: string[] = []): string[] {
  const norm = (x: string) => x.replace(/[\s\u00A0\u202F]+/gu, " ").trim().toLowerCase();
  const seen = new Set(except.map(norm));
  return forms.filter((x) => {
    const k = norm(x);
    return !seen.has(k) && !!seen.add(k);
  });
}

/** English units of time and measure, singular or plural: their other number is always a word. */
const MEASURE_UNIT = /^[\s\u00A0-]*(?:year|month|week|day|hour|minute|second|mile|kilometer|kilometre|meter|metre|acre|ton|tonne|pound|dollar|point|inch|yard|gallon|litre|liter)s?$/iu;

/**
 * The other number of an English noun ending a unit: "year" ↔ "years", "life" → "lives",
 * "city" → "cities" ("two lifes" was offered as an accepted answer, reading 30). A plural the
 * rules cannot undo ("lives", "cities") gives nothing rather than a wrong singular.
 */
function otherNumberEn(unit: string): string | null {
  if (/(?:ives|ies|ches|shes|xes|sses)$/u.test(unit)) return null;
  if (/[^s]s$/u.test(unit)) return unit.slice(0, -1);
  if (/fe$/u.test(unit)) return `${unit.slice(0, -2)}ves`;
  if (/[^aeiou]y$/u.test(unit)) return `${unit.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/u.test(unit)) return `${unit}es`;
  return `${unit}s`;
}

/** Other spellings of a name: the surname, the acronym or expansion, the name without accents. */
const MILITARY_RANKS = /^(?:lieutenant-colonel|colonel|commandant|capitaine|lieutenant|général|adjudant|adjudant-chef|sergent|sergent-chef|caporal|major|amiral|vice-amiral|contre-amiral|captain|sergeant|corporal|private|general|admiral)$/u;
const HONORIFIC = /^(?:sir|dame|lord|lady|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|rev\.?|m\.|mme|mgr|me|père|sœur|saint|sainte|pastor|pasteur|reverend|rev|bishop|archbishop|cardinal|father|imam|rabbi|sheikh|abbé|évêque|archevêque)$/iu;

/** A function written before a name: "Minister of Foreign Affairs", "Interior Secretary", « procureur de la République de Marseille ». */
const OFFICE_BEFORE: Record<Language, RegExp> = {
  // "Allegan County Circuit Judge Kevin Cronin" (reading 100: "County Circuit Judge …" accepted): the
  // office is taken whole, from the first capital of its run, or not at all.
  en: /(?:^|[\s\u00A0(,])(?:The[\s\u00A0]+|the[\s\u00A0]+)?(?<!(?<![\p{L}])(?!The[\s\u00A0])\p{Lu}[\p{L}.'’-]*[\s\u00A0]+)((?!The[\s\u00A0])(?:\p{Lu}[\p{L}.'’-]*[\s\u00A0]+){0,3}(?:Minister|Secretary|President|Governor|Mayor|Director|Commissioner|Spokesman|Spokeswoman|Judge|Justice|Senator|Ambassador|Chairman|Chairwoman|Prosecutor|Sheriff|Superintendent|Chancellor)(?:[\s\u00A0]+(?:of|for)(?:[\s\u00A0]+the)?(?:[\s\u00A0]+\p{Lu}[\p{L}'’-]{3,}){1,3})?)[\s\u00A0]+$/u,
  fr: /(?:^|[\s\u00A0(,])(?:[Ll]e[\s\u00A0]+|[Ll]a[\s\u00A0]+|[Ll]['’]|du[\s\u00A0]+|de[\s\u00A0]+la[\s\u00A0]+)((?:ministre|procureur|procureure|préfet|préfète|maire|président|présidente|directeur|directrice|porte-parole|juge|ambassadeur|ambassadrice|adjoint|adjointe|secrétaire|commissaire|gouverneur|député|députée|sénateur|sénatrice|délégué|déléguée|conseiller|conseillère)(?:[\s\u00A0]+(?!(?:de|du|des|d['’]|au|aux)(?![\p{L}]))\p{Ll}[\p{L}-]+)?(?:[\s\u00A0]+(?:de[\s\u00A0]+la|de[\s\u00A0]+l['’]|des|du|de|d['’]|au|aux|à[\s\u00A0]+la)[\s\u00A0]?\p{L}[\p{L}'’-]*(?:[\s\u00A0]+(?:(?:de[\s\u00A0]+la|de|du|des|d['’])[\s\u00A0]?)?\p{L}[\p{L}'’-]*){0,3})?)[\s\u00A0]*,?[\s\u00A0]+$/u,
};

/** Does an accepted form write a word of the person's name ("Minister Lima", not "Health Minister")? */
export function namesPerson(form: string, name: string): boolean {
  return name.split(/[\s\u00A0]+/u).some((w) => w.length > 1 && containsWords(form, w));
}

/**
 * The accepted forms without a function the prompt prints (« le ministre _____ » accepts no
 * « ministre »). A form with the person's name stays: if the prompt prints it, the validator
 * refuses the question, as it must.
 */
export function withoutPrintedFunctions(accepted: string[], prompt: string, name: string): string[] {
  return accepted.filter((x) => namesPerson(x, name) || !containsWords(prompt, x));
}

/** Words that make one role of the role noun after them: "chief executive", "deputy mayor". */
const ROLE_MODIFIER: Record<"fr" | "en", RegExp> = {
  fr: /^(?:ancien|ancienne|vice|premier|première|sous)$/u,
  en: /^(?:chief|deputy|vice|acting|assistant|senior|associate|managing|interim|executive|general|former|prime)$/u,
};

/** Up to two ranks written before an English title: "Deputy Administrator", "Assistant Attorney General" (readings 126, 127). */
const TITLE_RANK = /(?:^|[\s\u00A0(])((?:(?:Deputy|Vice|Assistant|Associate|Acting|Under|Chief|Senior|Principal|Executive|Lieutenant|Attorney|Surgeon|Inspector|Postmaster)[\s\u00A0-]+){1,2})$/u;

export function entityAccepted(a: FullAnalysis, entityId: number, display: string): string[] {
  const e = a.entities[entityId];
  const out = new Set<string>([e.name, ...e.forms]);
  if (e.type === "person") {
    const parts = e.name.split(/[\s\u00A0]+/);
    // "Jose Roman Jr": the surname before the suffix, and the name without it (reading 103: "Jr" accepted).
    if (parts.length > 1) out.add(lastWord(e.name));
    // "Herman Van Rompuy" → "Van Rompuy" (reading 139: only "Rompuy" accepted): a particle is part of the surname.
    if (parts.length > 2) out.add(surnameOf(e.name));
    if (lastWord(e.name) !== parts[parts.length - 1]) out.add(parts.slice(0, -1).join(" "));
    // "Elaine L. Chao" → "Elaine Chao", "D. James Baker" → "James Baker" (reading 110): a student
    // may leave an initial out, first or middle.
    const kept = parts.filter((p, i) => i === parts.length - 1 || !/^\p{Lu}\.?$/u.test(p));
    if (kept.length >= 2 && kept.length < parts.length) out.add(kept.join(" "));
    // "Raymond R. Parmer Jr" → "Raymond Parmer" (reading 133): both left out at once.
    if (kept.length > 2 && kept.length < parts.length && lastWord(e.name) !== parts[parts.length - 1]) out.add(kept.slice(0, -1).join(" "));
    // "Sir Philip Craven" → "Philip Craven": a student may leave the honorific out (reading 9).
    if (parts.length > 2 && HONORIFIC.test(parts[0])) out.add(parts.slice(1).join(" "));
    // « Anatoli Ivanishin » written once for « Anatoli Ivanichine » (reading 132; one entity, see
    // analysis/entities.ts): each spelling's surname is an answer.
    for (const f of e.forms) if (f !== e.name && f.split(/[\s\u00A0]+/u).length > 1) out.add(lastWord(f));
    // "Sir Liam Donaldson", "Judge Chin": the title the article writes before the name is part of
    // a natural answer (reading 55: both were marked wrong).
    for (const m of a.entityMentions) {
      if (m.entityId !== e.id) continue;
      const title = /(?:^|[\s\u00A0(])([\p{Lu}][\p{L}]*\.?)[\s\u00A0]+$/u.exec(a.text.slice(Math.max(0, m.start - 20), m.start))?.[1];
      // « le lieutenant-colonel Stéphane Beauventre », « le procureur Jacques Dallest » (reading 63):
      // a role in lower case before the name is part of a natural answer too.
      const lower = /(?:^|[\s\u00A0(])(?:(\p{Ll}[\p{Ll}-]+)[\s\u00A0]+)?(\p{Ll}[\p{Ll}-]+)[\s\u00A0]+$/u.exec(a.text.slice(Math.max(0, m.start - 36), m.start));
      if (lower && (ROLE_NOUNS[a.language].has(lower[2]) || MILITARY_RANKS.test(lower[2]))) {
        // "chief executive John Rishton" (reading 88: "executive John Rishton" accepted, the natural
        // answer not): a modifier of the role belongs to it.
        // « le lieutenant colonel Gérard Escolano » (reading 131: "lieutenant-colonel Escolano"
        // asked for): a rank before a rank is one rank, written with or without its hyphen.
        const twoRanks = !!lower[1] && MILITARY_RANKS.test(lower[1]) && MILITARY_RANKS.test(lower[2]);
        const roles = twoRanks ? [`${lower[1]} ${lower[2]}`, `${lower[1]}-${lower[2]}`] :
          [lower[1] && ROLE_MODIFIER[a.language].test(lower[1]) ? `${lower[1]} ${lower[2]}` : lower[2]];
        for (const role of roles) {
          out.add(`${role} ${a.text.slice(m.start, m.end)}`);
          if (parts.length > 1) out.add(`${role} ${parts.length > 2 ? surnameOf(e.name) : parts[parts.length - 1]}`);
        }
      }
      // "Minister of Foreign Affairs Bui Thanh Son", « le procureur de la République de Marseille,
      // Jacques Dallest »: a function written out before the name is a natural answer to "who"
      // (readings 56–79 asked for it a dozen times), with the name or alone when no one else holds it.
      // Within the mention's sentence: "LUXOR, Egypt: … Luxor.\n\nEgypt’s Minister of Antiquities
      // Khaled Al-Anani" (reading 135) took the last words of the paragraph before as the office.
      const officeBefore = (x: { start: number; sentenceIndex: number }) =>
        OFFICE_BEFORE[a.language].exec(a.text.slice(Math.max(0, x.start - 80, a.sentences[x.sentenceIndex]?.start ?? 0), x.start))?.[1];
      const office = officeBefore(m);
      if (office) {
        const held = (other: number) => a.entityMentions.some((x) => x.entityId === other &&
          officeBefore(x) === office);
        out.add(`${office} ${a.text.slice(m.start, m.end)}`);
        // Alone only when it says more than a title ("président" is anyone's; "adjoint au maire" is his).
        if (office.split(/[\s\u00A0]+/u).length >= 2 && !a.entities.some((x) => x.id !== e.id && x.type === "person" && held(x.id))) out.add(office);
      }
      if (title && (HONORIFIC.test(title) || EN_ROLE_TITLES.has(title) || PERSON_TITLES[a.language].has(title))) {
        // "Deputy Administrator Lori Garver" (reading 126: "Administrator Lori Garver" accepted): a
        // rank before the title is part of it.
        const titleAt = a.text.slice(0, m.start).trimEnd().length - title.length;
        const rank = TITLE_RANK.exec(a.text.slice(Math.max(0, titleAt - 24), titleAt))?.[1];
        const full = rank ? `${rank.trim()} ${title}` : title;
        out.add(`${full} ${a.text.slice(m.start, m.end)}`);
        // "Judge Chin", not "Sir Donaldson": a knight keeps his first name.
        if (parts.length > 1 && !/^(?:sir|dame|lord|lady)$/iu.test(title)) out.add(`${full} ${parts[parts.length - 1]}`);
      }
    }
  }
  // « Jorge Pereira, porte-parole de la marine, … », "Kalindekase, Malawi's chief geologist": a
  // function set beside the name answers "who" as well as the name (readings 60–89 asked for it six
  // times), when it says more than a title and no one else in the article holds it.
  if (e.type === "person") {
    for (const r of e.roles) {
      // Only an apposition after the name: a role read before it may hold a piece of the name
      // ("Minister of Foreign Affairs Bui" before "Thanh Son").
      if (!a.entityMentions.some((m) => m.entityId === e.id && m.end <= r.start && r.start - m.end <= 3)) continue;
      const role = r.text.trim();
      if (role.split(/[\s\u00A0]+/u).length < 3 || /\d/u.test(role)) continue;
      const shared = a.entities.some((x) => x.id !== e.id && x.type === "person" && x.roles.some((o) => fold(o.bare) === fold(r.bare)));
      if (!shared) out.add(role);
    }
  }
  for (const f of [...out]) {
    const plain = f.normalize("NFD").replace(/\p{M}/gu, "");
    if (plain !== f) out.add(plain);
  }
  // "Bush" for Jeb Bush when George W. Bush is in the article too: a name two people share would
  // mark the other one right (reading 20).
  if (e.type === "person") {
    const others = new Set(a.entities.filter((x) => x.id !== e.id && x.type === "person")
      .flatMap((x) => [x.name, ...x.forms, x.name.split(/[\s ]+/).pop() ?? ""]).map((x) => fold(x)));
    for (const f of [...out]) if (others.has(fold(f)) && fold(f) !== fold(e.name)) out.delete(f);
  }
  out.delete(display);
  return [...out];
}

/**
 * What a number slot blanks: « plus de 3 000 » leaves its hedge in the sentence and blanks the
 * figure, written like the options ("more than 40,000" would be as true as "more than 52,000",
 * readings 10 and 12); a slot without a hedge blanks as it is.
 */
export function blankedFigure(slot: Slot, lang: Language): { from: number; key: string; bare: (option: string) => string } {
  const m = slot.number;
  if (!m?.hedgeText || m.numStart <= slot.start) return { from: slot.start, key: slot.display, bare: (x) => x };
  const hedge = new RegExp(`^${m.hedgeText.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\s\\u00A0]+`, "iu");
  // "more than $160,000": the sign goes with the figure, as the options write it ("$$160,000", reading 16).
  const sign = m.prefix ? m.text.lastIndexOf(m.prefix.trim(), m.numStart - m.start) : -1;
  const from = sign >= m.hedgeText.length ? m.start + sign : m.numStart;
  return { from, key: renderNumber({ ...m, hedgeText: "", hedge: null }, m.mantissa, lang), bare: (x) => x.replace(hedge, "") };
}

export function buildSlots(a: FullAnalysis, textHash: number): Slot[] {
  const slots: Slot[] = [];
  const usable = a.sentences.map((s) => usableSentence(s, true));
  // Someone's own words are asked about by the quote template, not turned into facts.
  const inQuote = (start: number, end: number) => a.quotes.some((q) => start >= q.contentStart && end <= q.contentEnd);
  for (const m of a.numbers) {
    if (!usable[m.sentenceIndex] || inQuote(m.start, m.end)) continue;
    if (!m.unit && !m.isPercent && !m.prefix) continue; // a bare number ("9 of its 31") is too vague to ask
    // A clock time ("after 9 pm") gets arithmetic distractors like "27 pm": not a number question.
    if (/^(?:pm|am|p\.m|a\.m|h|heures?)$/i.test(m.unit) && m.value <= 24) continue;
    const id = `n${m.start}`;
    // "pendant trois mois", "the two candidates": small counts in words are rarely what a reader
    // should retain; specific figures with a unit are (research §4.2, answer-worthiness).
    // Not a toll: « Bilan : trois morts » is the fact of an accident (reading 55: the crash's
    // deaths passed over for the count of firefighters).
    const toll = TOLL_UNITS.test(fold(m.unit));
    const minor = m.format === "words" && m.value <= 12 && !m.isPercent && !m.prefix && !toll ? 0.15 : 0;
    // Of two figures in one sentence, the people counted (crew, victims, jobs) are what a reader
    // retains; a ship's length or a room count is trivia (reading 17: "blank the 6 aboard, not the 36 m").
    // Both are small; the malus applies only beside a count of people, so a measure alone in its
    // sentence keeps its weight.
    const counts = (x: NumberMention) => HUMAN_UNITS.test(fold(x.unit));
    const salience = toll ? 0.08 : counts(m) ? 0.04 : MEASURE_UNITS.test(fold(m.unit)) && a.numbers.some((x) => x.sentenceIndex === m.sentenceIndex && counts(x)) ? -0.04 : 0;
    slots.push({ id, type: "number", sentence: a.sentences[m.sentenceIndex], start: m.start, end: m.end,
      display: renderNumber(m, m.mantissa, a.language), accepted: numberAccepted(a, m),
      distractors: numericDistractors(a, m, rngFor(textHash, id), 4), number: m, weight: TYPE_WEIGHT.number - minor + salience,
      fact: `number:${m.value}:${m.isPercent ? "%" : fold(m.unit).replace(/s$/, "")}` });
  }
  for (const d of a.dates) {
    if (!usable[d.sentenceIndex] || d.relative || inQuote(d.start, d.end)) continue;
    const id = `d${d.start}`;
    const display = renderDateKey(d, a.language);
    const acc = new Set<string>([a.text.slice(d.start, d.end)]);
    if (d.granularity === "day" && d.hasWeekday) acc.add(display.replace(/^\p{L}+,?\s/u, ""));
    acc.delete(display);
    slots.push({ id, type: "date", sentence: a.sentences[d.sentenceIndex], start: d.start, end: d.end, display,
      accepted: [...acc], distractors: dateDistractors(a, d, rngFor(textHash, id), 4), date: d,
      // "en mars" alone is a weak fact; a full day ("lundi 3 novembre 2025") is a strong one.
      weight: TYPE_WEIGHT.date + (d.granularity === "day" ? 0.05 : 0) + (d.granularity === "day" && d.hasYear ? 0.05 : 0) -
        (d.granularity === "month" && !d.hasYear ? 0.15 : 0) });
  }
  const seen = new Set<string>();
  const who = peopleNamedBy(a);
  for (const m of a.entityMentions) {
    if (!usable[m.sentenceIndex] || m.type === "other") continue;
    if (inQuote(m.start, m.end)) continue;
    if (a.acronyms.some((x) => m.start >= x.expansionStart && m.end <= x.end && !(m.start === x.expansionStart))) continue;
    const id = `e${m.start}`;
    const es = entitySlot(a, m, rngFor(textHash, id), 4);
    if (!es) continue;
    const key = `${m.entityId}:${m.sentenceIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const e = a.entities[m.entityId];
    if (m.type === "person") {
      // Only names we are sure are people, one option per person ("Mr Saputo" is "Joey Saputo").
      const surname = (x: string) => fold(x).split(" ").pop();
      const seenSurnames = new Set([surname(es.display)]);
      // People of the key's gender first: "l'ex-espion russe" or "she" must not leave one option.
      es.distractors = sameGenderFirst(a, genderOf(a, e), es.distractors, (d) => entityByName(a, d));
      // "Youyou" beside the key "Tu" is the rest of "Tu Youyou"; "Jackie Lee" in "Anthony Nguyen,
      // aka JoJo Nguyen and Jackie Lee" is the key under another name: two right answers (reading 33).
      // The same goes between two options ("Tu Youyou" and "Tu"). A name stands for every person
      // whose name, forms or aliases hold it whole; two names of one person never sit together.
      const taken = [new Set([e.id, ...who(es.display)])];
      es.distractors = es.distractors.filter((d) => {
        const ids = who(d);
        if (taken.some((t) => [...ids].some((id) => t.has(id)))) return false;
        if (!personOrSurname(a, d) || [...seenSurnames].some((x) => x === surname(d) || spellingsOfOneName(x!, surname(d)!))) return false;
        seenSurnames.add(surname(d));
        taken.push(ids);
        return true;
      });
    }
    // People and places mentioned more than once matter more; the lede matters more.
    const weight = TYPE_WEIGHT[m.type as SlotType] + Math.min(0.1, 0.03 * (e.mentions - 1));
    slots.push({ id, type: m.type as SlotType, sentence: a.sentences[m.sentenceIndex], start: es.start, end: es.end,
      display: es.display, accepted: entityAccepted(a, m.entityId, es.display), distractors: es.distractors,
      entityId: m.entityId, mention: m, weight });
  }
  // A slot whose answer occurs twice in its own sentence would leak (or blank the wrong one).
  return slots.filter((s) => {
    const sent = fold(s.sentence.text);
    const k = fold(a.text.slice(s.start, s.end));
    return sent.indexOf(k) === sent.lastIndexOf(k);
  });
}
