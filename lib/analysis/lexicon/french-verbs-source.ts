// Builds the present-tense data of lexicon/data/french-present.json from the Lefff tables
// (french-verbs-lefff, a dev dependency): shared by the build script and the test that checks the
// committed file is what the tables give.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Tables = Record<string, { P?: (string | null)[] }>;

export interface FrenchPresentData {
  source: string;
  license: string;
  /** Third person singular and plural of the present indicative, space-separated, sorted. */
  singular: string;
  plural: string;
}

export function frenchPresentData(): FrenchPresentData {
  const require = createRequire(import.meta.url);
  const file = require.resolve("french-verbs-lefff/dist/conjugations.json");
  const version = (require("french-verbs-lefff/package.json") as { version: string }).version;
  const tables = JSON.parse(readFileSync(file, "utf8")) as Tables;
  const singular = new Set<string>();
  const plural = new Set<string>();
  for (const forms of Object.values(tables)) {
    const p = forms.P ?? [];
    const ok = (x: string | null | undefined): x is string => !!x && x !== "NA" && /^[\p{Ll}-]+$/u.test(x);
    if (ok(p[2])) singular.add(p[2]);
    if (ok(p[5])) plural.add(p[5]);
  }
  return {
    source: `french-verbs-lefff ${version} (Lefff, https://gitlab.inria.fr/sagot/lefff), derived by scripts/build-french-verbs.ts`,
    license: "LGPL-LR (Lesser General Public License For Linguistic Resources)",
    singular: [...singular].sort().join(" "),
    plural: [...plural].sort().join(" "),
  };
}
