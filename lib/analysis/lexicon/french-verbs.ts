// French present-tense verbs in context. The Lefff tables (data/french-present.json, LGPL-LR) know
// every third-person present form — « se déclare », « maîtrisent », « augmente » — that no suffix
// rule can tell from a noun; many are nouns too (« un incendie », « la place », « une porte »), so
// a form counts as a verb only where French puts one: after a subject pronoun or a clitic, or after
// a noun or a name that agrees with it in number, never after a determiner or a preposition.
// Left: an adjective after its noun that is also a verb form (« la région voisine ») reads as a verb.
import DATA from "./data/french-present.json";

const SINGULAR = new Set(DATA.singular.split(" "));
const PLURAL = new Set(DATA.plural.split(" "));

/** Words after which the next one is a noun or an adjective, not a verb. */
const NOMINAL_CONTEXT = new Set(("le la les l un une des du de d au aux à sa son ses leur leurs ce cet cette ces mon ma mes ton ta tes " +
  "notre nos votre vos en par pour sur dans avec sans sous chez entre vers contre plusieurs quelques chaque tout toute tous toutes " +
  "aucun aucune certains certaines divers diverses même mêmes autre autres tel telle tels telles quel quelle quels quelles " +
  "premier première premiers premières dernier dernière derniers dernières nouveau nouvel nouvelle nouveaux nouvelles grand grande " +
  "grands grandes petit petite petits petites gros grosse bon bonne mauvais mauvaise jeune jeunes vieux vieil vieille beau bel belle " +
  "haut haute long longue large fort forte violent violente important importante principal principale seul seule simple double " +
  "très plus moins trop si pas point jamais").split(" "));
/** Subject pronouns and clitics: what follows them is the verb. */
const BEFORE_VERB = new Set("il elle on ils elles qui se s ne n y me m te t nous vous lui".split(" "));
/** « le/la/les/l' » are clitics after a subject pronoun (« il les arrête »), determiners otherwise. */
const SUBJECT = new Set("il elle on ils elles qui ne n".split(" "));

function bare(word: string | undefined): string {
  return (word ?? "").toLowerCase().replace(/^[«“"(]+|[»”"),.;:!?]+$/gu, "").replace(/['’]$/u, "");
}

/** Is words[i] a present-tense verb where it stands? */
export function frenchPresentAt(words: string[], i: number): boolean {
  const w = bare(words[i]);
  if (!w || (!SINGULAR.has(w) && !PLURAL.has(w)) || i === 0) return false;
  // « s'arrête », « n'augmente »: the clitic is glued to the verb.
  const glued = /^(?:s|n|l|m|t)['’]/iu.exec(words[i]);
  if (glued) return true;
  const prevRaw = words[i - 1];
  // A comma or a full stop before it: a new clause whose subject is not next to the verb.
  if (/[,.;:!?»”)]$/u.test(prevRaw)) return false;
  const prev = bare(prevRaw);
  if (BEFORE_VERB.has(prev)) return true;
  if (prev === "le" || prev === "la" || prev === "les" || prev === "l") return SUBJECT.has(bare(words[i - 2]));
  if (NOMINAL_CONTEXT.has(prev) || /^\d/u.test(prev)) return false;
  // After a noun or a name, the verb agrees with it: « les pompiers maîtrisent », « la mortalité
  // augmente »; « les services incendie » is two nouns.
  const pluralSubject = /[sx]$/u.test(prev) && !/^\p{Lu}/u.test(prevRaw);
  return pluralSubject ? PLURAL.has(w) : SINGULAR.has(w);
}

/** The number of a third-person present form (« augmente » singular, « maîtrisent » plural), or null. */
export function presentNumber(word: string): "s" | "p" | null {
  const w = bare(word);
  return SINGULAR.has(w) ? "s" : PLURAL.has(w) ? "p" : null;
}

/** Does this French text hold a present-tense verb in a verb's position? */
export function hasFrenchPresent(text: string): boolean {
  const words = text.split(/[\s\u00A0\u202F]+/u).filter(Boolean);
  return words.some((_, i) => frenchPresentAt(words, i));
}
