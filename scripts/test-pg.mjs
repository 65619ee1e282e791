#!/usr/bin/env node
// `npm run test:pg`: the PostgreSQL run (issue #14). Starts a throwaway PostgreSQL
// (scripts/pg-throwaway.mjs) and runs against it:
//   1. the database integration tests that go through the app's data layer (PG_VITEST_FILES);
//      the SQLite-only ones (pragmas, file backup, raw better-sqlite3 fixtures) are left out;
//   2. `npm run test:load` (REL-1, REL-2, REL-4 and two servers on one database), each test's
//      database a PostgreSQL database (tests/load/support/test-db.ts);
//   3. end-to-end journeys (PG_E2E_SPECS) on the production build with two app processes
//      (WEB_CONCURRENCY=2) sharing one port and one PostgreSQL: home and health, teacher sign-up
//      and sign-in, the teacher journey (import, generate, review, publish), imports, the student
//      journey (join, every question kind, submit, checked score), submit-body limits, CSRF.
//      Specs that seed or read the database with better-sqlite3 directly (results, classes,
//      regrade, accommodations…) are SQLite-only for now.
// Exits 0 with a note when PostgreSQL is not installed, unless PG_REQUIRED=1 (CI).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { postgresBinDir, startThrowawayPostgres } from "./pg-throwaway.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);

export const PG_VITEST_FILES = [
  "lib/server/attempts/results-view.test.ts",
  "lib/server/attempts/start-attempt.test.ts",
  "lib/server/attempts/student-view.test.ts",
  "lib/server/attempts/submit-attempt.test.ts",
  "lib/server/classes/classrooms.test.ts",
  "lib/server/learning/gradebook.test.ts",
  "lib/server/learning/practice.test.ts",
  "lib/server/learning/student-timeline.test.ts",
  "lib/server/articles/edit-article.test.ts",
  "lib/server/learning/student-progress.test.ts",
  "lib/server/participants/accommodations.test.ts",
  "lib/server/results/regrade.test.ts",
  "lib/server/results/regrade-review-cards.test.ts",
  "tests/auth/auth-flow.test.ts",
  "tests/auth/password-reset.test.ts",
  "tests/auth/sign-up-limit.test.ts",
  "tests/reliability/transaction-isolation.test.ts",
  "tests/security/concurrent-limits.test.ts",
  "tests/security/lockout-limits.test.ts",
  "tests/db/boot-check.test.ts",
];

export const PG_E2E_SPECS = (process.env.PG_E2E_SPECS || "e2e/home.spec.ts e2e/teacher-auth.spec.ts e2e/teacher-journey.spec.ts e2e/teacher-import-start.spec.ts e2e/student-journey.spec.ts e2e/security-submit-body.spec.ts e2e/security-csrf.spec.ts").split(/\s+/).filter(Boolean);

if (!postgresBinDir()) {
  if (process.env.PG_REQUIRED === "1") {
    console.error("PostgreSQL is not installed (Debian: apt-get install -y postgresql)");
    process.exit(1);
  }
  console.log("test:pg skipped: PostgreSQL is not installed (Debian: apt-get install -y postgresql)");
  process.exit(0);
}

const pg = await startThrowawayPostgres();
process.on("exit", () => pg.stop());
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(1));
console.log(`▶ throwaway PostgreSQL on ${pg.url}`);

function step(label, cmd, args, env) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`  (${label}: ${Math.round((Date.now() - started) / 1000)} s)`);
  if (r.status !== 0) {
    console.error(`✖ ${label} failed on PostgreSQL`);
    process.exit(r.status || 1);
  }
}

const only = process.argv.slice(2);
if (!only.length || only.includes("vitest")) {
  step("Vitest on PostgreSQL", "npx", ["vitest", "run", ...PG_VITEST_FILES], { TEST_PG_ADMIN_URL: pg.adminUrl });
}
if (!only.length || only.includes("load")) {
  step("npm run test:load on PostgreSQL", "npm", ["run", "test:load"], { LOAD_PG_ADMIN_URL: pg.adminUrl });
}
if (!only.length || only.includes("e2e")) {
  step("Playwright on PostgreSQL, 2 app processes", "npx", ["playwright", "test", ...PG_E2E_SPECS], {
    E2E_DATABASE_URL: `${pg.adminUrl}/e2e`,
    WEB_CONCURRENCY: "2",
    CI: "true",
    // The build does not depend on the provider: reuse the SQLite run's one when it exists.
    E2E_SKIP_BUILD: process.env.E2E_SKIP_BUILD ?? "1",
  });
}
console.log("\n✔ PostgreSQL run passed");
