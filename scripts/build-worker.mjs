#!/usr/bin/env node
// Bundles the code that runs in worker threads into plain Node files loaded at run time: the
// question generator, and the .docx/.pdf parsers of article import. Next.js bundles server
// code its own way, so the workers must not depend on it.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const workers = [
  ["lib/generation/worker-entry.ts", "generated/generation-worker.cjs"],
  ["lib/server/import/parse-worker-entry.ts", "generated/import-worker.cjs"],
];
for (const [entry, outfile] of workers) {
  await build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, outfile),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
  });
}
