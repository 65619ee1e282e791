// French noun genders (data/french-gender.json, from the Lefff, LGPL-LR): what a question needs to
// put « il » or « elle » after its verb (« la frégate … a-t-elle saisi ») and to make a participle
// agree with the noun asked for (« combien de médailles … ont-ils remportées »).
import DATA from "./data/french-gender.json";

/** Whether a sorted, space-separated word list holds `w`: a binary search on the string itself. */
function inSorted(list: string, w: string): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : list.lastIndexOf(" ", mid - 1) + 1;
    const space = list.indexOf(" ", start);
    const end = space < 0 ? list.length : space;
    const word = list.slice(start, end);
    if (word === w) return true;
    if (word < w) lo = end + 1;
    else hi = start;
  }
  return false;
}

// No table is built: a map of the 41 000 words took about 37 ms, paid again in every fresh
// worker; a search on the sorted strings costs a few microseconds per noun.
function genderIn(w: string): "M" | "F" | null {
  return inSorted(DATA.feminine, w) ? "F" : inSorted(DATA.masculine, w) ? "M" : null;
}

/** The gender of a French noun, singular or plural (« frégates », « chevaux », « bateaux »), or null when the Lefff does not know it. */
/**
 * Feminine nouns written alike in both numbers, which the package lacks (its masculine ones, « prix »,
 * « pays », are there): « combien de voix … a-t-elle récoltées » (reading 100).
 */
const FEMININE_INVARIABLE = new Set(["voix", "croix", "noix", "paix", "souris", "brebis", "perdrix", "toux", "chaux", "vis", "oasis"]);

export function nounGender(word: string): "M" | "F" | null {
  const w = word.toLowerCase();
  if (FEMININE_INVARIABLE.has(w)) return "F";
  const direct = genderIn(w);
  if (direct) return direct;
  const singulars = [/s$/u.test(w) ? w.slice(0, -1) : "", /x$/u.test(w) ? w.slice(0, -1) : "", /aux$/u.test(w) ? `${w.slice(0, -3)}al` : ""];
  for (const s of singulars) {
    const g = s ? genderIn(s) : null;
    if (g) return g;
  }
  return null;
}

/**
 * Singular French nouns in « -s » or « -x » (« une fois », « un fils », « le prix »): no plural mark
 * (slips.ts: « une … s »; anaphora.ts: a plural before « leur »).
 */
export const SINGULAR_IN_S: ReadonlySet<string> = new Set(["fois", "fils", "fonds", "vers", "tiers", "revers", "univers", "mois", "puits", "remords", "poids", "souris", "jus", "tapis", "colis", "repas", "corps", "temps", "pays", "cours", "concours", "discours", "parcours", "secours", "recours", "ours", "héros", "avis", "permis", "devis", "relais", "palais", "marais", "rubis", "fracas", "matelas", "lilas", "tournevis", "bus", "virus", "campus", "processus", "consensus", "bonus", "sinus", "cactus", "plus", "moins", "dos", "propos", "repos", "enclos", "lys", "gaz", "succès", "procès", "accès", "progrès", "excès", "abcès", "décès", "congrès", "biais", "rabais", "mépris", "paradis", "logis", "hachis", "choix", "prix", "bras", "voix", "paix", "croix", "taux", "refus", "bois"]);
