// Derives the French present-tense verb forms the analysis uses from the Lefff conjugation tables
// (npm package french-verbs-lefff, data under the LGPL-LR). Run after upgrading that package:
//   npx tsx scripts/build-french-verbs.ts
// The derived file is committed so that the generator, which runs in a fresh worker per request,
// parses 100 KB of forms instead of 6 MB of tables; lexicon/french-verbs.test.ts checks it matches.
import { writeFileSync } from "node:fs";
import { frenchPresentData } from "../lib/analysis/lexicon/french-verbs-source";

const out = new URL("../lib/analysis/lexicon/data/french-present.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(frenchPresentData(), null, 1)}\n`);
console.log(`wrote ${out.pathname}`);
