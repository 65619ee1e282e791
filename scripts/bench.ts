// `npm run bench`: every speed and memory target as a ratio against a reference measured in
// the same run on the same machine, with the raw figures (machines here are shared and noisy).
import os from "node:os";
import path from "node:path";
import { ROOT, benchPort, startApp } from "./bench/processes";
import { benchHttpOverhead } from "./bench/http-overhead";
import { measurePageJs, startBareNext } from "./bench/page-weight";
import { seedQuiz, seedStudents } from "../tests/load/support/class";

type Section = () => Promise<Record<string, unknown>>;

async function section(name: string, fn: Section): Promise<void> {
  const t0 = performance.now();
  try {
    const result = await fn();
    console.log(`\n## ${name}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    console.log(JSON.stringify(result, null, 2));
  } catch (e) {
    console.log(`\n## ${name}: FAILED — ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}

async function main() {
  const only = process.argv.slice(2);
  const want = (s: string) => only.length === 0 || only.includes(s);
  console.log(`# Actuquiz benchmark — ${new Date().toISOString()}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);

  if (want("generator")) {
    await section("Generator (PERF-3): median time and scaling t(16x)/(16·t(1x))", async () => {
      const { benchGenerator } = await import("./bench/generator");
      return benchGenerator();
    });
  }
  if (want("results")) {
    await section("Results page data: 1,000 attempts vs 10 attempts", async () => {
      const { benchResults } = await import("./bench/results");
      return benchResults();
    });
  }

  if (want("gradebook")) {
    await section("Class gradebook data: 30 students × 20 quizzes, budget 200 ms", async () => {
      const { benchGradebook } = await import("./bench/gradebook");
      return benchGradebook();
    });
  }

  if (only.includes("submit-cpu")) {
    // Just the side-by-side CPU comparison that `submit` starts with (quicker).
    await section("Submissions: app CPU per submission, this checkout / baseline commit", async () => {
      const { benchSubmitCpu } = await import("./bench/submit-cpu");
      return benchSubmitCpu();
    });
  }

  if (want("submit")) {
    const cores = os.availableParallelism();
    await section(`Submissions (PERF-1, REL-1): HTTP vs raw better-sqlite3; 200 at once; 1 app process vs ${cores} (one per core); SQLite then PostgreSQL`, async () => {
      const { benchSubmissions } = await import("./bench/submissions");
      const measure = async (workers: number, provider: "sqlite" | "postgresql") => {
        const dbFile = path.join(ROOT, "data", `bench-submit-${workers}.db`);
        const app = await startApp(benchPort(1), dbFile, workers);
        try {
          const r = await benchSubmissions(app.url, dbFile, { raw: provider === "sqlite", pid: app.child.pid });
          // Throughput per process: on a machine with fewer cores than processes, more processes
          // add nothing, so this is the figure that says what each core gives.
          return { processes: workers, submitsPerSecondPerProcess: Math.round(r.httpSubmitsPerSecond / workers), ...r };
        } finally {
          await app.stop();
        }
      };
      const compare = async (provider: "sqlite" | "postgresql") => {
        const one = await measure(1, provider);
        if (cores === 1) return { oneProcess: one };
        const perCore = await measure(cores, provider);
        const burst = (r: Awaited<ReturnType<typeof measure>>) => r.rel1Burst200;
        return {
          oneProcess: one,
          onePerCore: perCore,
          // > 1 means one-per-core does better on throughput; < 1 means lower latency.
          ratioThroughputPerCoreToOne: +(perCore.httpSubmitsPerSecond / one.httpSubmitsPerSecond).toFixed(2),
          ratioBurstP50PerCoreToOne: +(burst(perCore).p50Ms / burst(one).p50Ms).toFixed(2),
          ratioBurstP95PerCoreToOne: +(burst(perCore).p95Ms / burst(one).p95Ms).toFixed(2),
        };
      };
      // CPU per submission against the baseline commit, side by side (bench/submit-cpu.ts).
      const { benchSubmitCpu } = await import("./bench/submit-cpu");
      // A baseline that cannot be checked out or built must not cost the rest of the section.
      const cpuPerSubmitVsBaseline = await benchSubmitCpu().catch((e: unknown) => ({ failed: e instanceof Error ? e.message : String(e) }));
      const sqlite = await compare("sqlite");
      // The same on a throwaway PostgreSQL (scripts/pg-throwaway.mjs), when one is installed.
      const { postgresBinDir, startThrowawayPostgres } = await import("./pg-throwaway.mjs");
      if (!postgresBinDir()) {
        console.log("note: PostgreSQL is not installed, so the submit bench ran on SQLite only (Debian: apt-get install postgresql)");
        return { cpuPerSubmitVsBaseline, sqlite, postgresql: "skipped: PostgreSQL is not installed" };
      }
      const pg = await startThrowawayPostgres();
      process.env.LOAD_PG_ADMIN_URL = pg.adminUrl;
      try {
        const postgresql = await compare("postgresql");
        return {
          cpuPerSubmitVsBaseline,
          sqlite,
          postgresql: { note: "throwaway server with fsync off: an upper bound for the app's side", ...postgresql },
          ratioPerProcessPostgresToSqlite: +(postgresql.oneProcess.submitsPerSecondPerProcess / sqlite.oneProcess.submitsPerSecondPerProcess).toFixed(2),
        };
      } finally {
        delete process.env.LOAD_PG_ADMIN_URL;
        pg.stop();
      }
    });
  }

  const needsApp = ["http", "weight"].some(want);
  if (!needsApp) return;
  // One app process: PERF-2 compares it with one bare node:http process.
  const app = await startApp(benchPort(0), path.join(ROOT, "data", "bench.db"), 1);
  try {
    if (want("http")) await section("HTTP overhead (PERF-2): Next / bare node:http", () => benchHttpOverhead(app.url));
    if (want("weight")) {
      await section("Student page weight (PERF-4): gzipped JS / bare Next page", async () => {
        const bare = await startBareNext(benchPort(97));
        try {
          const base = await measurePageJs(`${bare.url}/`);
          const join = await measurePageJs(`${app.url}/q/DEMO22`);
          // The quiz runner is the heaviest student page: measure it with a real attempt.
          const dbFile = path.join(ROOT, "data", "bench.db");
          const { quizId, joinCode, questions } = await seedQuiz(dbFile, 20);
          const [student] = await seedStudents(dbFile, quizId, questions, 1);
          const attempt = await measurePageJs(`${app.url}/q/${joinCode}/attempt/${student.attemptId}`, { headers: { cookie: student.cookie } });
          const home = await measurePageJs(`${app.url}/`);
          return {
            bareNextPage: base,
            studentJoinPage: join,
            homePage: home,
            studentAttemptPage: attempt,
            ratioJoin: +(join.gzipBytes / base.gzipBytes).toFixed(3),
            ratioAttempt: +(attempt.gzipBytes / base.gzipBytes).toFixed(3),
            ratioHome: +(home.gzipBytes / base.gzipBytes).toFixed(3),
          };
        } finally {
          await bare.stop();
        }
      });
    }
  } finally {
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
