#!/usr/bin/env node
// Bundles the question generator into one plain Node file that worker threads load at run
// time. Next.js bundles server code its own way, so the worker must not depend on it.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
await build({
  entryPoints: [path.join(root, "lib/generation/worker-entry.ts")],
  outfile: path.join(root, "generated/generation-worker.cjs"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
