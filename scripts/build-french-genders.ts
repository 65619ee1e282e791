// Derives the French noun genders the question wording uses from the Lefff (npm package
// french-words-gender-lefff, data under the LGPL-LR). Run after upgrading that package:
//   npx tsx scripts/build-french-genders.ts
// The derived file is committed so that the generator, which runs in a fresh worker per request,
// reads two strings instead of parsing a 680 KB object; lexicon/french-genders.test.ts checks it matches.
import { writeFileSync } from "node:fs";
import { frenchGenderData } from "../lib/analysis/lexicon/french-genders-source";

const out = new URL("../lib/analysis/lexicon/data/french-gender.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(frenchGenderData(), null, 1)}\n`);
console.log(`wrote ${out.pathname}`);
