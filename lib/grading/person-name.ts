// Person names in answer keys: "Kassym-Jomart Tokaïev" may be answered "Tokaïev".
import { familyNameFirst } from "../analysis/lexicon/people";

/** Lower-case particles that belong to the surname: "Charles de Gaulle" → "de Gaulle". */
const PARTICLES = new Set([
  "de", "du", "des", "d'", "d’", "la", "le", "von", "van", "der", "den", "di", "da", "dos", "del",
  "della", "al", "el", "bin", "ben", "ibn", "ter", "y",
]);

// First words of multi-word place and institution names that are capitalised like people:
// "New York" must not accept "York", nor "Corée du Nord" accept "Nord".
const NOT_A_FIRST_NAME = new Set([
  "new", "nouvelle", "nouveau", "san", "santa", "saint", "sainte", "st", "los", "las", "le", "la",
  "les", "el", "al", "hong", "sri", "costa", "puerto", "porto", "port", "mont", "mount", "cap",
  "cape", "grand", "grande", "haute", "haut", "bas", "basse", "ile", "iles", "rio", "buenos",
  "kuala", "abu", "addis", "tel", "dar", "phnom", "coree", "afrique", "amerique", "asie",
  "europe", "arabie", "guinee", "papouasie", "republique", "royaume", "emirats", "etats", "mer",
  "ocean", "golfe", "lac", "cote", "sierra", "burkina", "timor", "trinite", "bosnie",
  "macedoine", "south", "north", "east", "west", "united", "saudi", "central", "upper", "lower",
  "banque", "union", "conseil", "cour", "parti", "front", "place", "palais", "gare", "rue",
  "avenue", "boulevard", "lake", "gulf", "sea", "bank", "court", "party", "council",
]);

function fold(w: string): string {
  return w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function isCapitalised(w: string): boolean {
  // "Tokaïev", "Kassym-Jomart", "O'Brien"; not "ONU" (an acronym) nor "kazakh".
  return /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(w);
}

/**
 * Heuristic used when the caller does not say whether the key is a person: 2–5 words,
 * capitalised apart from name particles, no digits, and a first word that does not start a
 * common place or institution name.
 */
export function looksLikePersonName(key: string): boolean {
  const words = key.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || /\d/.test(key)) return false;
  const firstParts = words[0].split(/[-’']/);
  if (firstParts.some((p) => NOT_A_FIRST_NAME.has(fold(p)))) return false;
  let names = 0;
  for (const w of words) {
    if (PARTICLES.has(w)) continue;
    if (!isCapitalised(w)) return false;
    names++;
  }
  return names >= 2 && !PARTICLES.has(words[words.length - 1]);
}

/** The surname as written: the last word with the particles before it ("de Gaulle"). */
export function surnameOf(key: string): string | null {
  const words = key.trim().split(/\s+/);
  if (words.length < 2) return null;
  // "Wen Jiabao", "Kim Jong-un": the family name comes first.
  if (familyNameFirst(words)) return words[0];
  let start = words.length - 1;
  // Case-insensitive here: "Jean-Marie Le Pen" → "Le Pen".
  while (start > 1 && PARTICLES.has(words[start - 1].toLowerCase())) start--;
  return words.slice(start).join(" ");
}
