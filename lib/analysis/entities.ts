// People, places and organisations from capitalised runs, titles, place prepositions,
// small gazetteers and acronym expansions. No French NER package exists; these heuristics
// aim at the names a quiz asks about, and prefer missing a name to inventing one.
import { firstNameGender } from "./lexicon/first-names";
import type { Language } from "../generation/contract";
import { fold, isAllCaps, isUpperInitial } from "./fold";
import { initialsOf } from "./acronyms";
import { COUNTRIES as KB_COUNTRIES } from "../generation/knowledge/countries";
import { worldRegion } from "../generation/knowledge/regions";
import {
  CITIES, COUNTRIES, COUNTRY_ABBREVIATIONS, LANDFORM_HEADS, LANDFORM_TAILS, MOUNTAIN_HEADS, MOUNTAIN_TAILS, NOT_NAME_WORDS, NOT_PLACES, ORG_HEADS, PLACE_HEADS, SITE_ONLY_TAILS, SITE_TAILS, WATER_CUES,
  WATER_HEADS, WATER_TAILS,
} from "./lexicon/places";
import { EN_ROLE_TITLES, PERSON_TITLES, RANK_ABBREVIATIONS, RANK_WORDS } from "./lexicon/people";
import { ROLE_NOUNS } from "./lexicon/roles";
import { knownWord } from "./lexicon/spelling";
import { STOPWORDS } from "./lexicon/stopwords";
import { nounGender } from "./lexicon/french-genders";
import type { AcronymMention, Entity, EntityMention, EntityType, Sentence, Span, Token } from "./types";
import { SENTENCE_ADVERBS } from "./lexicon/sentence-adverbs";

interface Word {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  sentenceIndex: number;
  /** First word of its sentence or right after an opening quote / colon. */
  initial: boolean;
  /** Preceded by punctuation (other than a connector apostrophe) inside the sentence. */
  afterPunct: boolean;
  lower: string;
}

interface Run {
  words: Word[];
  start: number;
  end: number;
  sentenceIndex: number;
  initial: boolean;
  title?: string;
  roleTitle?: string;
}


const CONNECTORS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["de", "du", "des", "d'", "d’"]),
  en: new Set(["of"]),
};

const EN_NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "da", "di", "del", "della", "dos", "das", "van", "von", "der", "den", "bin", "ibn", "al", "el", "le", "la", "du"]);

const EVENT_HEADS: ReadonlySet<string> = new Set(
  "Marathon Cup Coupe Games Jeux Championship Championships Championnat Open Festival Prix Tour Olympics Biennale Expo".split(" "),
);

const PLACE_CUES: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["à", "au", "aux", "en", "dans", "depuis", "vers", "sur", "près"]),
  en: new Set(["in", "at", "near", "from", "across", "outside"]),
};

const COUNTRY_INDEX = new Map<string, { kind: "country"; g: string }>();
for (const c of COUNTRIES) {
  COUNTRY_INDEX.set(fold(c.fr), { kind: "country", g: c.g });
  COUNTRY_INDEX.set(fold(c.en).replace(/^the /, ""), { kind: "country", g: c.g });
}
// The knowledge base knows more countries (and their other names) than the small lexicon: a
// country it knows must never fall through to the two-capitals "person" rule. Weak aliases
// ("Georgia", "Jordan") are left out on purpose: they are also states and first names.
for (const c of KB_COUNTRIES) {
  for (const n of [c.name.fr, c.name.en, ...(c.aliases ?? [])]) {
    const k = fold(n).replace(/^the /, "");
    if (!COUNTRY_INDEX.has(k)) COUNTRY_INDEX.set(k, { kind: "country", g: c.pluralFr ? "pl" : c.genderFr });
  }
}
/** French nationality nouns (« Serbe », « Américain »), folded: « le Serbe Novak Djokovic » is no one's name whole. */
const DEMONYMS_FR = new Set<string>(KB_COUNTRIES.flatMap((c) => c.demonyms ?? []).filter((d) => /^\p{Ll}/u.test(d)).map((d) => fold(d)));
const CITY_INDEX = new Set<string>(CITIES.flatMap((c) => [fold(c.fr), fold(c.en)]));

export function placeKindOf(name: string): "country" | "city" | undefined {
  const f = fold(name).replace(/^the /, "");
  if (COUNTRY_INDEX.has(f)) return "country";
  if (CITY_INDEX.has(f)) return "city";
  return undefined;
}

/** A courtesy title right before a name: « M. », « Mme », "Mr.", "Dr.", "Sir" ("Sir Keir" is Keir Starmer, reading 72). */
const HONORIFIC_BEFORE = /(?:^|[\s\u00A0(«“"])(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)[\s\u00A0]$/u;

/** Words (hyphen compounds merged) of every non-heading sentence. */
function buildWords(tokens: Token[], sentences: Sentence[]): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (sentences[t.sentenceIndex].isHeading) { i++; continue; }
    if (t.kind !== "word") { i++; continue; }
    let end = t.end;
    let j = i + 1;
    // Merge "Kassym-Jomart", "Saint-Jean-du-Gard", "Météo-France".
    while (j + 1 < tokens.length && tokens[j].text === "-" && tokens[j].start === end && tokens[j + 1].start === tokens[j].end &&
      tokens[j + 1].kind === "word") {
      end = tokens[j + 1].end;
      j += 2;
    }
    const prev = tokens[i - 1];
    const sameSentence = prev && prev.sentenceIndex === t.sentenceIndex;
    const initial = !sameSentence || /^[«“"(:—–-]$/.test(prev.text) && !(prev.text === "-" && prev.end === t.start);
    const afterPunct = !!sameSentence && prev.kind === "punct" && !(prev.text === "'" || prev.text === "’");
    const text = t.elision ? t.text + tokens[i + 1].text : tokensText(tokens, i, j);
    words.push({ text, start: t.start, end: t.elision ? tokens[i + 1].end : end, cap: isUpperInitial(t.text), sentenceIndex: t.sentenceIndex,
      initial, afterPunct, lower: text.toLowerCase() });
    i = t.elision ? i + 2 : j;
  }
  return words;
}

function tokensText(tokens: Token[], from: number, to: number): string {
  let s = "";
  for (let k = from; k < to; k++) s += tokens[k].text;
  return s;
}

function buildRuns(words: Word[], text: string, lang: Language): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    // "the Brooklyn-based Calianno" (reading 134: read as a second person beside Vincent Calianno):
    // a place joined to "-based", "-born" describes the name after it and is no part of it.
    if (!w.cap || /^[ld]['’]/i.test(w.text) || (lang === "en" && /-(?:based|born|bred|raised|native|area|owned|run)$/iu.test(w.text))) { i++; continue; }
    const run: Word[] = [w];
    let j = i + 1;
    while (j < words.length && words[j].sentenceIndex === w.sentenceIndex) {
      const n = words[j];
      const gap = text.slice(run[run.length - 1].end, n.start);
      // "Rail Workers' Union": an English plural possessive inside a name.
      const possessive = lang === "en" && /s$/.test(run[run.length - 1].text) && /^['’][\s\u00A0]$/.test(gap) && n.cap;
      // "Anthony S. Fauci", "Elaine L. Chao": a middle initial and its period stay in the name.
      // Not the last letter of "U.S." or "U.K.", which stands before a name without being its initial.
      const middleInitial = run.length >= 1 && /^\p{Lu}$/u.test(run[run.length - 1].text) && /^\.[\s\u00A0]$/.test(gap) && n.cap && !isAllCaps(n.text) &&
        text[run[run.length - 1].start - 1] !== ".";
      if (!/^[\s\u00A0\u202F]*$/.test(gap) && !possessive && !middleInitial && !(CONNECTORS[lang].has(run[run.length - 1].lower) && /^['’]$/.test(gap))) break;
      if (n.cap && !isAllCaps(n.text)) { run.push(n); j++; continue; }
      // « Monsieur Emmanuel MACRON », « Madame Marine LE PEN » (reading 162: "MACRON" read as an
      // organisation): official French writes the surname in capitals after the first name; not a
      // regnal number ("King Charles III").
      const titled = PERSON_TITLES[lang].has(run[0].text) && run.length >= 2;
      if (/^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(n.text) && !/^[IVXLC]+$/u.test(n.text) && (titled || run.some((x) => !isAllCaps(x.text) && !!firstNameGender(x.text))) &&
        (!isAllCaps(run[run.length - 1].text) ? titled || !!firstNameGender(run[run.length - 1].text) : run.length >= 2)) { run.push(n); j++; continue; }
      // « le juge Anwar al-Assi », « Abdel Fattah al-Sissi » (reading 64: "Anwar" and "Al-Assi" offered
      // as two people): a lower-case Arabic article joined to a capital is part of the name.
      if (ARABIC_ARTICLE.test(n.text)) { run.push(n); j++; continue; }
      // "Fish and Wildlife Service", "Health and Human Services": "and" inside a body's name, when
      // the capitalised words after it end on an organisation's head and the word before is no
      // place ("Texas and Oklahoma Power Company" stays two names).
      if (lang === "en" && n.lower === "and" && !placeKindOf(run[run.length - 1].text)) {
        let k = j + 1;
        while (k < words.length && words[k].sentenceIndex === w.sentenceIndex && words[k].cap && !isAllCaps(words[k].text) &&
          /^[\s\u00A0]+$/.test(text.slice(words[k - 1].end, words[k].start))) k++;
        if (k > j + 1 && ORG_HEADS.has(words[k - 1].text)) {
          for (let x = j; x < k; x++) run.push(words[x]);
          j = k;
          continue;
        }
      }
      // A connector joins two capitalised words: "Bank of Eastland", "Charles de Gaulle"; in
      // English a name particle after a first name does too ("Leila de Lima", "Ludwig van Beethoven").
      const particle = lang === "en" && EN_NAME_PARTICLES.has(n.lower) && !!firstNameGender(run[run.length - 1].text) && (run.length === 1 || EN_ROLE_TITLES.has(run[run.length - 2].text));
      if ((CONNECTORS[lang].has(n.lower) || particle) && j + 1 < words.length && words[j + 1].cap && words[j + 1].sentenceIndex === w.sentenceIndex &&
        !isAllCaps(words[j + 1].text) && /^[\s\u00A0]*$/.test(text.slice(n.end, words[j + 1].start).replace(/^['’]/, ""))) {
        run.push(n, words[j + 1]);
        j += 2;
        continue;
      }
      break;
    }
    // Acronyms stand alone, and the words after one start the next run ("US President Joe Biden"
    // lost its person when they were skipped).
    // "Dr SS Yadav" (reading 121: keyed "Yadav"): two or three capitals after a title are initials.
    const titleBefore = /(?:^|[\s\u00A0])(\S+)[\s\u00A0]+$/u.exec(text.slice(Math.max(0, w.start - 8), w.start))?.[1] ?? "";
    const initials = /^\p{Lu}{2,3}$/u.test(w.text) && run.length > 1 && (PERSON_TITLES[lang].has(titleBefore) || PERSON_TITLES[lang].has(`${titleBefore}.`));
    if (isAllCaps(w.text) && run.length > 1 && !initials) {
      run.splice(1);
      j = i + 1;
    }
    // Titles: "M. Dupont", "Mme Morel", "Dr. Park"; EN role titles: "Governor Helen Marsh".
    const r: Run = { words: run, start: run[0].start, end: run[run.length - 1].end, sentenceIndex: w.sentenceIndex, initial: w.initial };
    const before = text.slice(Math.max(0, r.start - 6), r.start);
    const tm = /(M\.|Mme|Mlle|Dr\.?|Pr|Mr\.|Mrs\.|Ms\.|Mr|Mrs|Ms|Prof\.)[\s\u00A0\u202F]+$/.exec(before);
    if (tm) r.title = tm[1];
    if (PERSON_TITLES[lang].has(run[0].text) || PERSON_TITLES[lang].has(run[0].text + ".")) {
      r.title = run[0].text;
      run.shift();
    }
    // « la République Emmanuel Macron », « l'Américain George Miller », « la ministre des Sports
    // Laura Flessel »: after an article (or « des », « du », « aux »), a capitalised noun before a
    // first name is the office, its portfolio or a nationality, not part of the name.
    // The first name may be one the English lists lack (« de l'Agriculture Stéphane Travert », « de
    // la Drôme Didier Guillaume », reading 56): after « de la », « de l' », « du » or « des » a name
    // takes no article, so three capitalised words there open on the complement when the first is
    // a French common noun or after « de la » / « de l' ». A party label after a role (« le député
    // LaRem Gabriel Attal ») is no part of the name either.
    const lead = run.length >= 3 ? text.slice(Math.max(0, run[0].start - 7), run[0].start) : "";
    const firstName = firstNameGender(run[1]?.text ?? "") || firstNameGender((run[1]?.text ?? "").split("-")[0]);
    const complement = /(?:^|[\s\u00A0])(?:de[\s\u00A0]+la|de[\s\u00A0]+l['’]|du|des)[\s\u00A0]?$/iu.test(lead) && (!!nounGender(run[0]?.lower ?? "") || /(?:la|l['’])[\s\u00A0]?$/iu.test(lead));
    const roleBefore = run.length >= 3 ? /(\p{Ll}[\p{Ll}-]*)[\s\u00A0]+$/u.exec(text.slice(Math.max(0, run[0].start - 30), run[0].start))?.[1] : undefined;
    const partyLabel = !!roleBefore && ROLE_NOUNS[lang].has(roleBefore) && /^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)$/u.test(run[0].text);
    // « la maire de Nantes Johanna Rolland » (reading 87: "Nantes Johanna Rolland" offered as a
    // person): a known place before a first name is the role's complement.
    const placeBefore = !!firstName && !!placeKindOf(run[0].text) && /(?:^|[\s\u00A0])(?:de|d['’])[\s\u00A0]?$/iu.test(lead.slice(-4));
    if (lang === "fr" && run.length >= 3 && !firstNameGender(run[0].text) && (
      (firstName && /(?:^|[\s\u00A0])(?:le|la|les|l['’]|des|du|aux|au)[\s\u00A0]?$/iu.test(lead.slice(-4))) || complement || partyLabel || placeBefore)) {
      run.shift();
      r.initial = false;
    }
    // "Living now in America James revealed …" (reading 95: "America James" offered as a person): a
    // known place after "in", "from" or "to", run into a first name, ends the place.
    if (lang === "en" && run.length >= 2 && (!!placeKindOf(run[0].text) || !!worldRegion(run[0].text)?.continent) && !firstNameGender(run[0].text) &&
      !!firstNameGender(run[1].text) &&
      /(?:^|[\s\u00A0])(?:in|from|to|at)[\s\u00A0]+$/iu.test(text.slice(Math.max(0, run[0].start - 6), run[0].start))) {
      run.splice(1);
      j = i + 1;
    }
    // « le Serbe Novak Djokovic », « Le Britannique Andy Murray » opening a sentence (reading 57:
    // "Serbe Novak Djokovic" the only option to fit « Le _____ »): the nationality is no part of the name.
    if (lang === "fr") {
      const k = /^(?:Le|La|Les)$/u.test(run[0]?.text ?? "") ? 1 : 0;
      const article = k === 1 || /(?:^|[\s\u00A0])(?:le|la|les|l['’])[\s\u00A0]?$/iu.test(text.slice(Math.max(0, (run[0]?.start ?? 0) - 4), run[0]?.start ?? 0));
      const word = run[k]?.text.replace(/^(?:l['’])/iu, "") ?? "";
      // The knowledge base lacks some (« Française », « Kényan »): the endings of French nationality nouns.
      const nationality = DEMONYMS_FR.has(fold(word)) || (/^\p{Lu}\p{Ll}+(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|yan|yane)$/u.test(word) && !firstNameGender(word));
      if (run.length >= k + 3 && article && nationality) {
        run.splice(0, k + 1);
        r.initial = false;
      }
    }
    // "Secretary of the Interior Ken Salazar", "President of the United States Barack Obama": after
    // a role and "of (the)", the capitalised words before the name are the portfolio (reading 42's
    // wrong key "Interior Ken Salazar"). The name is the words from its first name on, or the last
    // two (three with a middle initial) when the first name is not in the lists.
    if (lang === "en" && run.length >= 2) {
      const role = /(\p{Lu}[\p{L}-]*)[\s\u00A0]+of(?:[\s\u00A0]+the)?[\s\u00A0]+$/u.exec(text.slice(Math.max(0, run[0].start - 40), run[0].start));
      // "Librarian of Congress James H. Billington" too: a role noun ("-ian", "-er", "-or", "-ary")
      // before "of", when a first name inside the run says where the name starts.
      const roleNoun = role && (EN_ROLE_TITLES.has(role[1]) || /(?:ian|er|or|ary|ent)$/u.test(role[1]));
      if (role && roleNoun && !firstNameGender(run[0].text) && (EN_ROLE_TITLES.has(role[1]) || run.some((x, k) => k > 0 && k < run.length - 1 && !!firstNameGender(x.text)))) {
        const first = run.findIndex((x, k) => k > 0 && k < run.length - 1 && !!firstNameGender(x.text));
        const nameWords = run.length >= 3 && /^\p{Lu}$/u.test(run[run.length - 2].text) ? 3 : 2;
        const cut = first > 0 ? first : run.length > nameWords ? run.length - nameWords : 0;
        if (cut > 0) {
          r.roleTitle = `${role[0].trim()} ${run.slice(0, cut).map((x) => x.text).join(" ")}`;
          run.splice(0, cut);
          r.initial = false;
        }
      }
    }
    // "However President Talabani": a sentence adverb opening the sentence is neither role nor name (reading 11).
    while (run.length > 1 && r.initial && run[0] === w && SENTENCE_ADVERBS.has(run[0].lower)) {
      run.shift();
      r.initial = false;
    }
    if (lang === "en") {
      let last = -1;
      for (let k = 0; k < run.length - 1; k++) if (EN_ROLE_TITLES.has(run[k].text)) last = k;
      // "Governor of Washington Chris Gregoire", "Secretary of State Hillary Clinton": the "of"
      // phrase belongs to the role; the name is the last two words.
      // The name is the last two words, three with a middle initial ("Elaine L. Chao").
      const nameWords = run.length >= 3 && /^\p{Lu}$/u.test(run[run.length - 2].text) ? 3 : 2;
      if (last >= 0 && run[last + 1]?.lower === "of" && run.length - last - 1 >= 2 + nameWords) last = run.length - 1 - nameWords;
      // "Mayor Pro Tem Kim Carr" (reading 142: "Pro Tem Kim Carr" given as her name): words that go
      // on a title after it belong to it.
      while (last >= 0 && /^(?:pro|tem|tempore|emeritus|elect|general)$/iu.test(run[last + 1]?.text ?? "") && run.length - last - 2 >= 2) last++;
      if (last >= 0 && run.length - last - 1 >= 1) {
        r.roleTitle = run.slice(0, last + 1).map((x) => x.text).join(" ");
        run.splice(0, last + 1);
        r.initial = false;
      }
    }
    // "Sgt." before "1st Class David Bartlett", "Staff Sgt." before "Tim Rider": words that end on an
    // abbreviated rank are the rank, no one's name (reading 53's wrong key "Sgt").
    if (lang === "en" && run.length && RANK_ABBREVIATIONS.has(run[run.length - 1].text) && text[run[run.length - 1].end] === ".") run.splice(0);
    // "Petty Officer 1st Class Joshua Yates" (reading 118: "Petty Officer" taken for the speaker):
    // rank words before a grade are the rank too.
    if (lang === "en" && run.length && run.every((x) => RANK_WORDS.has(x.text)) &&
      /^[\s\u00A0]+\d(?:st|nd|rd|th)[\s\u00A0]+Class(?![\p{L}])/u.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 14))) run.splice(0);
    // "RCAHD Health Director Dr. Cynthia Morrow" (reading 90: "Dr" keyed as the speaker): an
    // honorific closing a run with its period is the title of the name after it, no name itself.
    while (run.length && /^(?:Dr|Mr|Mrs|Ms|Prof|Rev|Fr|Pr|Mme|Mlle)$/u.test(run[run.length - 1].text) && text[run[run.length - 1].end] === "." &&
      /^\.[\s\u00A0]+\p{Lu}/u.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 3))) run.pop();
    // "Teacher Emily Stocker says …", "Thirteen-year-old Rebecca El Choueiry …" (reading 162: "Teacher
    // Emily Stocker" offered as her name): a common word capitalised only because it opens the
    // sentence, before a first name, describes the person and is no part of the name.
    if (run.length >= 3 && r.initial && run[0] === w && !firstNameGender(run[0].text) && !!firstNameGender(run[1].text) &&
      (/-(?:year|month)-old$/iu.test(run[0].text) || ROLE_NOUNS[lang].has(run[0].lower) || knownWord(run[0].lower, lang))) {
      run.shift();
      r.initial = false;
    }
    // Sentence-initial function words are not names: "Les Lyonnais" → "Lyonnais".
    while (run.length && r.initial && STOPWORDS[lang].has(run[0].lower)) {
      run.shift();
    }
    if (run.length) {
      r.start = run[0].start;
      r.end = run[run.length - 1].end;
      if (run[0] !== w) r.initial = false;
      runs.push(r);
    }
    i = Math.max(j, i + 1);
  }
  return runs;
}

/** Nouns that introduce a company or body by name: "la société Armor Protéines", "the firm Acme". */
const ORG_CUES: ReadonlySet<string> = new Set(
  "société entreprise groupe firme association syndicat compagnie opérateur company firm group operator association charity".split(" "),
);

/** Nouns that introduce a medium by its name: « le site … », « le quotidien … », "the newspaper …". */
const MEDIA_CUES: ReadonlySet<string> = new Set(
  "site journal quotidien hebdomadaire magazine chaîne radio média website newspaper daily weekly tabloid channel broadcaster outlet".split(" "),
);

/**
 * Nouns that introduce a vehicle or a named thing: « la fusée Longue Marche-2F » (reading 153: offered
 * as a speaker), "the ship Ocean Viking", « le satellite Sentinel ».
 */
const THING_CUES: ReadonlySet<string> = new Set(
  ("fusée lanceur navire bateau voilier chalutier paquebot cargo pétrolier frégate vaisseau capsule sonde satellite télescope avion hélicoptère " +
    "train missile robot rover rocket launcher ship vessel boat yacht trawler tanker frigate spacecraft probe telescope aircraft plane helicopter").split(" "),
);

/**
 * A lower-case role noun right before the name, bare or as an apposition: "governor Wes Moore",
 * "Its chair, Jennifer Homendy", "La Première ministre, Katrín Jakobsdóttir".
 */
function afterRoleNoun(text: string, start: number, sentenceStart: number, lang: Language): boolean {
  const seg = text.slice(Math.max(sentenceStart, start - 40), start);
  const m = /([\p{Ll}][\p{L}-]*)[\s\u00A0\u202F]*,?[\s\u00A0\u202F]*$/u.exec(seg);
  return !!m && ROLE_NOUNS[lang].has(m[1]);
}

type PlaceKind = NonNullable<Entity["placeKind"]>;

const ROLE_ABBREVIATIONS: ReadonlySet<string> = new Set("MP MEP MPP MLA MNA MHA CEO CFO COO CTO PM PDG DG DRH DGS VP".split(" "));

/** All-caps words that name no body: time zones, media and units of everyday writing. */
const COMMON_CAPS: ReadonlySet<string> = new Set(("UTC GMT CET CEST EST EDT CST CDT MST MDT PST PDT AEST AEDT BST IST JST HNE HAE " +
  "TV DVD CD GPS SMS PC AM FM HD USB DNA ADN IT OK").split(" "));

/** « al-Sissi », « el-Assi », « ben-Ali »: a lower-case article joined to a capital, inside a name. */
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|az|ben|bin|abu|ibn|bou|ould)-\p{Lu}/u;

/** Particles that join a family name to the first name: « Le Pen », "van Gogh", "da Silva", "bin Laden". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(["le", "la", "de", "du", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "das", "ben", "bin", "ibn", "al", "el"]);

/** Administrative areas whose name follows them with « de » or "of". */
const ADMIN_AREAS: ReadonlySet<string> = new Set(("district province région region commune village ville comté county département canton state town city " +
  "municipalité municipality préfecture prefecture arrondissement quartier île island gouvernorat governorate oblast territoire territory").split(" "));

function classify(run: Run, name: string, beforeWord: string, twoBefore: string, lang: Language, commonWords: ReadonlySet<string>,
  roleCue = false): { type: EntityType; placeKind?: PlaceKind } {
  const ws = run.words.map((w) => w.text);
  if (ws.length === 1 && NOT_PLACES.has(ws[0])) return { type: "other" };
  // "the US Army": a country, not an organisation like every other all-caps word.
  if (ws.length === 1 && COUNTRY_ABBREVIATIONS[ws[0]]) return { type: "place", placeKind: "country" };
  // "MP", "CEO", "PDG": an all-caps title is a role, not an organisation.
  if (ws.length === 1 && ROLE_ABBREVIATIONS.has(ws[0].replace(/s$/, ""))) return { type: "other" };
  // "0100 UTC", "on TV": time zones and everyday abbreviations are no bodies (reading 55: "UTC" and
  // "TV" offered as organisations).
  if (ws.length === 1 && COMMON_CAPS.has(ws[0])) return { type: "other" };
  if (ws.length === 1 && isAllCaps(ws[0])) return { type: "org" };
  if (ws.some((w) => EVENT_HEADS.has(w))) return { type: "other" };
  if (ws.some((w) => ORG_HEADS.has(w) || ORG_HEADS.has(w.split("-")[0]))) return { type: "org" };
  const pk = placeKindOf(name);
  if (pk) return { type: "place", placeKind: pk };
  // Natural features before the "two capitals = person" rule: "Patapsco River" is no one's name.
  const last = ws[ws.length - 1];
  if ((ws.length > 1 && (WATER_HEADS.has(ws[0]) || WATER_TAILS.has(last))) || WATER_CUES.has(beforeWord)) return { type: "place", placeKind: "water" };
  if (ws.length > 1 && (MOUNTAIN_HEADS.has(ws[0]) || MOUNTAIN_TAILS.has(last) || LANDFORM_HEADS.has(ws[0]) || LANDFORM_TAILS.has(last))) {
    return { type: "place", placeKind: "mountain" };
  }
  // « un responsable du district de Pidie Jaya » (reading 190: keyed as who said a quotation), "the
  // county of Kerry": a name after an administrative area and its « de » or "of" is that area.
  if (/^(?:de|du|d['’]|of)$/u.test(beforeWord) && ADMIN_AREAS.has(twoBefore.toLowerCase())) return { type: "place", placeKind: "city" };
  // "Port of Baltimore" is a facility, not a town like "Port Alder".
  if (ws.length > 2 && ws[0] === "Port" && ws[1] === "of") return { type: "place", placeKind: "site" };
  // "from Eyre Square", "on the South Park"; without such a cue "Alison Park" may be a person.
  if (ws.length > 1 && (SITE_ONLY_TAILS.has(last) || (SITE_TAILS.has(last) && /^(?:the|from|to|at|in|on|near|à|de|du|la|le|sur|vers)$/.test(beforeWord)))) {
    return { type: "place", placeKind: "site" };
  }
  if (PLACE_HEADS.has(ws[0].split("-")[0])) return { type: "place", placeKind: SITE_TAILS.has(ws[0]) ? "site" : "city" };
  if (run.title || run.roleTitle || roleCue) return { type: "person" };
  if (ORG_CUES.has(beforeWord)) return { type: "org" };
  if (THING_CUES.has(beforeWord)) return { type: "other" };
  // « au site local Comunidad Nativa Puerto Belen », "the daily Kommersant": a medium named after
  // its noun, maybe with an adjective, is a body (reading 49: a news site keyed as a speaker).
  if (MEDIA_CUES.has(beforeWord) || (MEDIA_CUES.has(twoBefore) && /^\p{Ll}{3,}$/u.test(beforeWord) && !/^(?:de|du|des|of|the|and|et)$/u.test(beforeWord))) return { type: "org" };
  const caps = run.words.filter((w) => w.cap || ARABIC_ARTICLE.test(w.text)).length;
  if (caps >= 2 && caps <= 4 && !ws.includes("of")) {
    if (PLACE_CUES[lang].has(beforeWord) && ["à", "in", "at", "from"].includes(beforeWord)) return { type: "place", placeKind: "city" };
    // A word also written in lower case in the article ("rail", "transport") is a common noun:
    // the run names a body or a thing, not a person.
    // « Jean-Marie Le Pen », "Charles De Gaulle": a particle between two names is part of the
    // name, even where the article writes the same word in lower case as a determiner.
    // "the Secretary for Health and Child Care" (reading 89: "Child Care" offered as a speaker): after
    // "and", two capitals without a known first name end a body's or a portfolio's name.
    if (lang === "en" && beforeWord === "and" && !firstNameGender(ws[0])) return { type: "other" };
    if (ws.some((w, i) => NOT_NAME_WORDS.has(w) || (commonWords.has(w.toLowerCase()) && !(i > 0 && i < ws.length - 1 && NAME_PARTICLES.has(w.toLowerCase())) && !ARABIC_ARTICLE.test(w)))) return { type: "other" };
    return { type: "person" };
  }
  if (ws.length === 1 && PLACE_CUES[lang].has(beforeWord)) return { type: "place", placeKind: beforeWord === "en" ? "country" : "city" };
  if (ws.length === 1 && lang === "fr" && /^(?:le|la|l')$/.test(beforeWord) && /^(?:sur|dans|pour|vers|depuis)$/.test(twoBefore)) {
    return { type: "place", placeKind: "region" };
  }
  return { type: "other" };
}

/** Lower-cased word right before `start` in its sentence ("l'", "du", "à", "in"), or "". */
export function wordBefore(text: string, start: number, sentenceStart: number): string {
  const seg = text.slice(Math.max(sentenceStart, start - 30), start);
  const m = /([\p{L}]+['’]?)[\s\u00A0\u202F]*$/u.exec(seg);
  if (!m) return "";
  return m[1].toLowerCase().replace("’", "'");
}

/** "Anatoli Ivanichine" and "Anatoli Ivanishin": one first name (of a person already), surnames of five letters or more that open alike and differ by two letters at most in length. */
function sameNameSpeltOtherwise(known: string, name: string): boolean {
  const [f1, s1, ...rest1] = known.split(/[\s\u00A0]+/u);
  const [f2, s2, ...rest2] = name.split(/[\s\u00A0]+/u);
  if (rest1.length || rest2.length || !s1 || !s2 || fold(f1) !== fold(f2)) return false;
  const a = fold(s1);
  const b = fold(s2);
  return a !== b && a.length >= 5 && b.length >= 5 && a.slice(0, 4) === b.slice(0, 4) && Math.abs(a.length - b.length) <= 2;
}

export function extractEntities(
  text: string,
  sentences: Sentence[],
  tokens: Token[],
  acronyms: AcronymMention[],
  dates: Span[],
  lang: Language,
): { entities: Entity[]; mentions: EntityMention[] } {
  const words = buildWords(tokens, sentences);
  // Month and weekday names are capitalised in English: they are dates, not names.
  const runs = buildRuns(words, text, lang).filter((r) => !dates.some((d) => r.start < d.end && r.end > d.start) &&
    !(r.words.length === 1 && (r.words[0].text.length < 2 || (ORG_HEADS.has(r.words[0].text) && !r.title))));
  const commonWords = new Set<string>();
  for (const w of words) if (!w.cap) commonWords.add(w.lower);
  const capitalisedMid = new Set<string>();
  for (const r of runs) if (!r.initial) capitalisedMid.add(fold(r.words.map((w) => w.text).join(" ")));

  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const mentions: EntityMention[] = [];
  const newEntity = (type: EntityType, name: string, offset: number): Entity => {
    const e: Entity = { id: entities.length, type, name, forms: [name], mentions: 0, firstOffset: offset, roles: [], determiners: [] };
    entities.push(e);
    return e;
  };
  const addMention = (e: Entity, start: number, end: number, sentenceIndex: number) => {
    const t = text.slice(start, end);
    if (!e.forms.includes(t)) e.forms.push(t);
    if (t.length > e.name.length && e.type !== "org") e.name = t;
    e.mentions++;
    const before = wordBefore(text, start, sentences[sentenceIndex].start);
    if (before && !e.determiners.includes(before)) e.determiners.push(before);
    mentions.push({ start, end, sentenceIndex, text: t, type: e.type, entityId: e.id, before });
  };

  // 1. Acronyms and their expansions are organisations.
  const acro = new Map<string, Entity>();
  for (const a of acronyms) {
    let e = acro.get(a.acronym);
    if (!e) {
      e = newEntity("org", a.expansion, a.expansionStart);
      acro.set(a.acronym, e);
      byKey.set(fold(a.expansion), e);
      byKey.set(fold(a.acronym), e);
      if (!e.forms.includes(a.acronym)) e.forms.push(a.acronym);
    }
  }
  const inExpansion = (s: number, e: number) => acronyms.some((a) => s < a.end && e > a.expansionStart);

  // 2. Multi-word runs first so single surnames can link to them.
  const ordered = [...runs].sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  const pending: Array<{ run: Run; e: Entity }> = [];
  for (const r of ordered) {
    if (inExpansion(r.start, r.end)) continue;
    const name = text.slice(r.start, r.end);
    const key = fold(name);
    let e = byKey.get(key);
    if (!e && r.words.length === 1) {
      // Surname of a known person ("Tokaïev" → "Kassym-Jomart Tokaïev").
      e = entities.find((x) => x.type === "person" && x.name.split(/[\s\u00A0]+/).length > 1 && fold(x.name.split(/[\s\u00A0]+/).pop()!) === key);
      // « M. Zhao » after « Zhao Haibin » (reading 66): after a courtesy title a single name is a
      // surname, and a name written family name first has it in front; "Sir Keir" after "Keir
      // Starmer" (reading 72) is a knight's first name.
      if (!e && HONORIFIC_BEFORE.test(text.slice(Math.max(0, r.start - 6), r.start)))
        e = entities.find((x) => x.type === "person" && x.name.split(/[\s\u00A0]+/).length === 2 && fold(x.name.split(/[\s\u00A0]+/)[0]) === key);
      const compound = /^\p{Lu}[\p{L}]*-\p{Lu}/u.test(name); // "Météo-France"
      if (!e && r.initial && !capitalisedMid.has(key) && !placeKindOf(name) && !isAllCaps(name) && !compound) continue;
    }
    // « M. Simões Pereira » after « Domingo Simoes Pereira » (reading 65): the last words of a
    // person's full name, whatever the accents, are that person — when what comes before them is
    // a first name ("American Brittney Reese" is a misread run, not Brittney Reese's name).
    if (!e && r.words.length >= 2) e = entities.find((x) => x.type === "person" && fold(x.name).endsWith(` ${key}`) && !!firstNameGender(x.name.split(/[\s\u00A0]+/u)[0]));
    // "Doctor Kosaki" after "Dr. Randall Kosaki" (reading 136: "Kosaki" not accepted, as if two
    // people bore it): a title spelt out before a known person's surname is that person.
    if (!e && r.words.length === 2 && /^(?:Doctor|Docteur|Professor|Professeur|Mister|Madame|Monsieur|Mademoiselle)$/u.test(r.words[0].text)) {
      const surname = fold(r.words[1].text);
      e = entities.find((x) => x.type === "person" && x.name.split(/[\s\u00A0]+/u).length > 1 && fold(x.name.split(/[\s\u00A0]+/u).pop()!) === surname);
    }
    // « Anatoli Ivanishin » beside « Anatoli Ivanichine » (reading 132): one first name before a
    // surname spelt another way (a second transliteration) is the same person, not a second one
    // to offer beside him.
    if (!e && r.words.length === 2) e = entities.find((x) => x.type === "person" && sameNameSpeltOtherwise(x.name, name));
    // "the WHO" beside "the World Health Organization" with no "(WHO)" to tie them: an acronym whose
    // letters are a named body's initials, in order, is that body (reading 43: "which organisation
    // says …?" offered both as two options, and a claim of one read as the other's).
    if (!e && r.words.length === 1 && isAllCaps(name) && /^\p{Lu}{2,6}$/u.test(name)) {
      e = entities.find((x) => (x.type === "org" || x.type === "place") && x.name.split(/[\s\u00A0]+/u).length >= 2 && initialsOf(x.name, lang) === fold(name));
      if (e) byKey.set(key, e);
    }
    if (!e) {
      const before = wordBefore(text, r.start, sentences[r.sentenceIndex].start);
      const twoBefore = before ? wordBefore(text, text.lastIndexOf(before.replace("'", ""), r.start), sentences[r.sentenceIndex].start) : "";
      const roleCue = afterRoleNoun(text, r.start, sentences[r.sentenceIndex].start, lang);
      const c = classify(r, name, before, twoBefore, lang, commonWords, roleCue);
      if (c.type === "other" && r.initial && !capitalisedMid.has(key) && !/^\p{Lu}[\p{L}]*-\p{Lu}/u.test(name)) continue;
      if (c.type === "other" && /^\p{Lu}[\p{L}]*-\p{Lu}/u.test(name) && !name.includes(" ")) c.type = "org";
      e = newEntity(c.type, name, r.start);
      e.placeKind = c.placeKind;
      byKey.set(key, e);
    }
    if (r.title && !e.title) e.title = r.title;
    if (r.title || r.roleTitle) e.type = e.type === "other" ? "person" : e.type;
    if (r.roleTitle && !e.roles.some((x) => x.text === r.roleTitle)) e.roles.push({ start: r.start - r.roleTitle.length - 1, end: r.start, sentenceIndex: r.sentenceIndex,
      text: r.roleTitle, bare: r.roleTitle, det: "" });
    pending.push({ run: r, e });
  }
  // A single word seen after a title ("M. Vasseur") or with a place cue keeps its best type.
  for (const { run, e } of pending.sort((a, b) => a.run.start - b.run.start)) addMention(e, run.start, run.end, run.sentenceIndex);
  // Acronym mentions and expansions.
  for (const a of acronyms) {
    const e = acro.get(a.acronym)!;
    addMention(e, a.expansionStart, a.expansionEnd, a.sentenceIndex);
  }
  for (const [acr, e] of acro) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${acr}(?![\\p{L}\\p{N}])`, "gu");
    for (const s of sentences) {
      if (s.isHeading) continue;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s.text))) {
        const st = s.start + m.index;
        if (!mentions.some((x) => x.entityId === e.id && x.start <= st && x.end >= st + acr.length)) addMention(e, st, st + acr.length, s.index);
      }
    }
  }
  // Types may have been refined after mentions were made.
  for (const m of mentions) m.type = entities[m.entityId].type;
  mentions.sort((a, b) => a.start - b.start);
  // Drop org "entities" that are only one generic head word ("Union") — they are fragments.
  return { entities, mentions };
}
