// A person's gender as the article shows it — a title (M., Mme, Mr, Ms), a role written with its
// gender (la ministre, chairwoman), an English first name given to one gender, or the pronoun
// that takes the name up (" … Eastman said. He …"). Unknown when the signs are absent or disagree.
// Options of a name question must not be told apart by it ("she", "l'ex-espion").
import type { Entity, FullAnalysis } from "./types";
import { firstNameGender, type Gender } from "./lexicon/first-names";
import { ROLE_NOUNS } from "./lexicon/roles";

const TITLE: Array<[RegExp, Gender]> = [
  [/^(?:M\.?|Mr\.?|Monsieur|Sir|Lord)$/u, "m"],
  [/^(?:Mme|Mlle|Mrs\.?|Ms\.?|Miss|Madame|Mademoiselle|Dame|Lady)$/u, "f"],
];
const FEMININE_ROLE = /(?:^|[\s\u00A0'’])(?:la|une|woman|wife|mother|daughter|sister|girl|queen|princess|actress|chairwoman|spokeswoman|congresswoman|businesswoman|policewoman|headmistress|\p{L}+(?:trice|euse|ière|ienne|esse))(?=[\s\u00A0,]|$)/iu;
const MASCULINE_ROLE = /(?:^|[\s\u00A0'’])(?:le|un|man|husband|father|son|brother|boy|king|prince|actor|chairman|spokesman|congressman|businessman|policeman|headmaster)(?=[\s\u00A0,]|$)/iu;
const EN_PRONOUN: Array<[RegExp, Gender]> = [
  [/^(?:he|his|him|himself)$/iu, "m"],
  [/^(?:she|her|hers|herself)$/iu, "f"],
];

const CACHE = new WeakMap<FullAnalysis, Map<number, Gender | undefined>>();

export function genderOf(a: FullAnalysis, e: Entity): Gender | undefined {
  let m = CACHE.get(a);
  if (!m) CACHE.set(a, (m = new Map()));
  if (m.has(e.id)) return m.get(e.id);
  const g = infer(a, e);
  m.set(e.id, g);
  return g;
}

function infer(a: FullAnalysis, e: Entity): Gender | undefined {
  if (e.type !== "person") return undefined;
  const votes = new Set<Gender>();
  for (const [re, g] of TITLE) if (e.title && re.test(e.title)) votes.add(g);
  for (const r of e.roles) {
    const g = roleGender(`${r.det ?? ""} ${r.text}`, a.language);
    if (g) votes.add(g);
  }
  const first = firstNameGender(e.name.split(/[\s\u00A0]+/)[0]);
  if (first === "m" || first === "f") votes.add(first);
  if (a.language === "en") {
    // The pronoun that takes the name up, when no other person stands in between.
    for (const mention of a.entityMentions) {
      if (mention.entityId !== e.id) continue;
      const s = a.sentences[mention.sentenceIndex];
      const next = a.sentences[mention.sentenceIndex + 1];
      const others = a.entityMentions.some((x) => x.type === "person" && x.entityId !== e.id && x.start > mention.end && x.end <= (next?.end ?? s.end));
      if (others) continue;
      const after = a.text.slice(mention.end, next ? next.end : s.end);
      const w = /(?<![\p{L}])(he|his|him|himself|she|her|hers|herself)(?![\p{L}])/iu.exec(after);
      if (w) for (const [re, g] of EN_PRONOUN) if (re.test(w[1])) votes.add(g);
    }
  }
  return votes.size === 1 ? [...votes][0] : undefined;
}

/** People of the key's gender first, unknown next, the other gender last (stable otherwise). */
export function sameGenderFirst<T>(a: FullAnalysis, key: Gender | undefined, items: T[], entityOf: (t: T) => Entity | undefined): T[] {
  if (!key) return items;
  const rank = (t: T) => { const e = entityOf(t); const g = e ? genderOf(a, e) : undefined; return g === key ? 0 : g ? 2 : 1; };
  return items.map((t, i) => ({ t, i, r: rank(t) })).sort((x, y) => x.r - y.r || x.i - y.i).map((x) => x.t);
}

/**
 * The gender a role shows in its head, the words before its first preposition: « le président de
 * la région » is a man, though « la » comes later.
 */
function roleGender(text: string, lang: "fr" | "en"): Gender | undefined {
  const head = text.split(/[\s\u00A0]+(?:de|du|des|d['’]|of|for|at|in)(?=[\s\u00A0]|(?<=['’]))/iu)[0];
  return FEMININE_ROLE.test(head) ? "f" : MASCULINE_ROLE.test(head) || (lang === "fr" && FRENCH_MASCULINE_HEAD.test(head)) ? "m" : undefined;
}

/** « l'ancien Premier ministre », « l'acteur »: a French masculine word where the article is elided. */
const FRENCH_MASCULINE_HEAD = /(?:^|[\s\u00A0'’])(?:ancien|nouvel|seul|dernier|\p{L}+(?:teur|ier|ien|ent|ant))(?=[\s\u00A0,]|$)/iu;

/** A determiner and a role noun right beside the blank: « _____, la ministre de la Culture », "the chairwoman, _____". */
function roleBesideBlank(prompt: string, lang: "fr" | "en"): Gender | undefined {
  const at = prompt.indexOf("_____");
  if (at < 0) return undefined;
  const after = /^,?[\s\u00A0]+((?:la|le|l['’]|une|un|the|a|an)[\s\u00A0']?[\p{L}-]+(?:[\s\u00A0][\p{L}-]+)?)/iu.exec(prompt.slice(at + 5))?.[1];
  const before = /((?:la|le|l['’]|une|un)[\s\u00A0']?[\p{L}-]+(?:[\s\u00A0]+(?:de|du|des)[\s\u00A0]+(?:la[\s\u00A0]+|l['’])?\p{Lu}[\p{L}-]*)?),?[\s\u00A0]*$/u.exec(prompt.slice(Math.max(0, at - 50), at))?.[1];
  for (const role of [after, before]) {
    if (!role || !ROLE_NOUNS[lang].has(role.split(/[\s\u00A0'’]+/u)[1]?.toLowerCase() ?? "")) continue;
    const g = roleGender(role, lang);
    if (g) return g;
  }
  return undefined;
}

/**
 * The gender a prompt shows for the person it asks about: an English pronoun, or one of the
 * key's own roles written with its gender ("l'ex-espion russe _____", "the chairwoman").
 */
export function promptGender(a: FullAnalysis, prompt: string, key: Entity | undefined): Gender | undefined {
  const found = new Set<Gender>();
  // Pronouns inside a quotation speak of someone else, not of the person asked about.
  const own = prompt.replace(/«[^»]*»|“[^”]*”|"[^"]*"/gu, " ");
  if (a.language === "en") for (const w of own.split(/[^\p{L}]+/u)) for (const [re, g] of EN_PRONOUN) if (re.test(w)) found.add(g);
  // « meilleur espoir féminin (_____) », "best actress, _____" (reading 68): a category of one gender
  // right before the blank.
  const blank = prompt.indexOf("_____");
  const lead = blank < 0 ? "" : prompt.slice(Math.max(0, blank - 40), blank);
  if (/(?<![\p{L}])(?:féminine?s?|actrices?|chanteuse|actress|women['’]s)(?![\p{L}])[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,2}$/iu.test(lead)) found.add("f");
  if (/(?<![\p{L}])(?:masculine?s?|acteurs?|chanteur|actor|men['’]s)(?![\p{L}])[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,2}$/iu.test(lead)) found.add("m");
  const beside = roleBesideBlank(prompt, a.language);
  if (beside) found.add(beside);
  for (const r of key?.roles ?? []) {
    if (!prompt.includes(r.bare)) continue;
    const g = roleGender(`${r.det ?? ""} ${r.text}`, a.language);
    if (g) found.add(g);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
