// Builds lexicon/data/french-gender.json from the Lefff noun genders (french-words-gender-lefff, a
// dev dependency): shared by the build script and the test that checks the committed file is what
// the package gives.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export interface FrenchGenderData {
  source: string;
  license: string;
  /** Lower-case singular nouns of each gender, space-separated, sorted. */
  masculine: string;
  feminine: string;
}

export function frenchGenderData(): FrenchGenderData {
  const require = createRequire(import.meta.url);
  const file = require.resolve("french-words-gender-lefff/dist/words.json");
  const version = (require("french-words-gender-lefff/package.json") as { version: string }).version;
  const words = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const masculine: string[] = [];
  const feminine: string[] = [];
  for (const [w, g] of Object.entries(words)) {
    // Single lower-case words only: names and multi-word entries are not looked up.
    if (!/^[\p{Ll}-]+$/u.test(w)) continue;
    if (g === "M") masculine.push(w);
    else if (g === "F") feminine.push(w);
  }
  return {
    source: `french-words-gender-lefff ${version} (noun genders from the Lefff)`,
    license: "LGPL-LR (Lefff)",
    masculine: masculine.sort().join(" "),
    feminine: feminine.sort().join(" "),
  };
}
