// A checkout of an earlier commit to measure against in the same run ("before vs after" on a
// shared machine, where only figures taken side by side compare). It lives outside the
// repository (a copy inside would be type-checked and tested with it), shares node_modules
// through hard links, has its own Prisma clients, and is built once: a commit never changes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, run } from "./processes";

/** The last commit before the submit-path CPU work (issue #14): the default reference. */
export const DEFAULT_BASELINE = "61375dcb38a9905dbde3fd592ee55d686d561d24";

/** BENCH_BASELINE: a git revision, or "none" to skip the comparison. */
export function baselineRevision(): string | null {
  const rev = process.env.BENCH_BASELINE ?? DEFAULT_BASELINE;
  return rev === "none" || rev === "" ? null : rev;
}

function git(args: string[]): string {
  const r = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

/** The checkout of `rev` (made on first use), ready for buildForBench(root). */
export function baselineCheckout(rev: string): { root: string; commit: string } {
  const commit = git(["rev-parse", "--verify", `${rev}^{commit}`]);
  const root = path.join(os.tmpdir(), "actuquiz-bench-baseline", commit.slice(0, 12));
  if (fs.existsSync(path.join(root, ".bench-ready"))) return { root, commit };
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  const archive = spawnSync("sh", ["-c", `git archive ${commit} | tar -x -C "${root}"`], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (archive.status !== 0) throw new Error(`could not extract ${commit}`);
  // Hard links: no copy of 700 MB, and nothing in node_modules is written by a build.
  const link = spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(root, "node_modules")]);
  if (link.status !== 0) run("cp", ["-r", path.join(ROOT, "node_modules"), path.join(root, "node_modules")], process.env);
  run("node", ["scripts/generate-clients.mjs"], process.env, root);
  fs.writeFileSync(path.join(root, ".bench-ready"), `${commit}\n`);
  return { root, commit };
}
