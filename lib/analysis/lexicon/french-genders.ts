// French noun genders (data/french-gender.json, from the Lefff, LGPL-LR): what a question needs to
// put « il » or « elle » after its verb (« la frégate … a-t-elle saisi ») and to make a participle
// agree with the noun asked for (« combien de médailles … ont-ils remportées »).
import DATA from "./data/french-gender.json";

let table: Map<string, "M" | "F"> | null = null;

function genders(): Map<string, "M" | "F"> {
  if (table) return table;
  // Built on first use: most quizzes never ask for a gender, and 40 000 entries cost a few ms.
  table = new Map();
  for (const w of DATA.masculine.split(" ")) table.set(w, "M");
  for (const w of DATA.feminine.split(" ")) table.set(w, "F");
  return table;
}

/** The gender of a French noun, singular or plural (« frégates », « chevaux », « bateaux »), or null when the Lefff does not know it. */
export function nounGender(word: string): "M" | "F" | null {
  const w = word.toLowerCase();
  const t = genders();
  const direct = t.get(w);
  if (direct) return direct;
  const singulars = [/s$/u.test(w) ? w.slice(0, -1) : "", /x$/u.test(w) ? w.slice(0, -1) : "", /aux$/u.test(w) ? `${w.slice(0, -3)}al` : ""];
  for (const s of singulars) {
    const g = s ? t.get(s) : undefined;
    if (g) return g;
  }
  return null;
}
