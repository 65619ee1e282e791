// Results page data loading: server-side time of loadQuizResults (queries + item analysis) for
// a quiz with 10 attempts and one with 1,000 (20 questions each), median of several runs, and
// their ratio. Runs on a temporary database migrated from prisma/migrations and filled with
// raw better-sqlite3 inserts in one transaction. Alone: `npx tsx scripts/bench/results.ts`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { createDbHandle } from "../../lib/db/client";
import type { FixtureQuestion } from "../../lib/grading/fixtures/class-of-30";
import { loadQuizResults } from "../../lib/server/results/load-results";
import { insertAttempt, insertQuiz, insertTeacher } from "../../tests/support/seed-class";
import { sqliteDb, type SqlDb } from "../../tests/support/sql-db";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const RUNS = 7;
const QUESTIONS = 20;

/** Small deterministic PRNG so every run seeds the same classes. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function benchQuestions(): FixtureQuestion[] {
  return Array.from({ length: QUESTIONS }, (_, i): FixtureQuestion => {
    const base = {
      id: `q${i + 1}`,
      category: "comprehension" as const,
      source: "article" as const,
      accepted: [],
      language: "fr" as const,
      difficulty: 2 as const,
    };
    if (i % 10 === 8) return { ...base, kind: "short_answer", prompt: `Question libre ${i + 1} ?`, choices: null, answer: "Kazakhstan" };
    if (i % 10 === 9) {
      const items = ["Hausse des prix", "Manifestations", "Démission", "Intervention"];
      return { ...base, kind: "ordering", prompt: `Ordre ${i + 1}`, choices: [items[2], items[0], items[3], items[1]], answer: items };
    }
    if (i % 5 === 4) return { ...base, kind: "true_false", prompt: `Vrai ou faux ${i + 1} ?`, choices: ["Vrai", "Faux"], answer: "Vrai" };
    const choices = ["2 030", "1 600", "250", "2 000"].map((c) => `${c} (${i + 1})`);
    return { ...base, kind: "multiple_choice", prompt: `Combien ${i + 1} ?`, choices, answer: choices[0] };
  });
}

/** A student of ability theta answers question i right with a logistic probability. */
function responsesFor(questions: FixtureQuestion[], theta: number, rnd: () => number) {
  return questions.map((q, i) => {
    const right = rnd() < 1 / (1 + Math.exp(-(theta - (i % 7) / 3 + 1)));
    let value: string | string[] | null;
    if (q.kind === "ordering") value = right ? (q.answer as string[]) : (q.choices as string[]);
    else if (q.kind === "short_answer") value = right ? "Kazakhstan" : rnd() < 0.5 ? "Russie" : "";
    else {
      const wrong = q.choices!.filter((c) => c !== q.answer);
      value = right ? (q.answer as string) : wrong[Math.floor(rnd() * wrong.length)];
    }
    return { questionId: q.id, value };
  });
}

function migrate(db: Database.Database): void {
  const dir = path.join(ROOT, "prisma", "migrations");
  for (const m of fs.readdirSync(dir).filter((d) => fs.statSync(path.join(dir, d)).isDirectory()).sort()) {
    db.exec(fs.readFileSync(path.join(dir, m, "migration.sql"), "utf8"));
  }
}

async function seed(db: SqlDb, teacherId: string, attempts: number, prefix: string): Promise<string> {
  const questions = benchQuestions();
  const rnd = mulberry32(attempts);
  return db.tx(async () => {
    const quiz = await insertQuiz(db, { teacherId, title: `Bench ${attempts}`, questions, idPrefix: prefix });
    const start = Date.UTC(2026, 2, 2, 8);
    for (let i = 0; i < attempts; i++) {
      await insertAttempt(db, {
        quiz,
        questions,
        displayName: `Élève ${i + 1}`,
        key: String(i).padStart(5, "0"),
        responses: responsesFor(questions, rnd() * 4 - 2, rnd),
        startedAt: new Date(start + i * 1000),
        durationMs: 60_000 + Math.floor(rnd() * 600_000),
      });
    }
    return quiz.quizId;
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export async function benchResults(): Promise<Record<string, number>> {
  const file = path.join(os.tmpdir(), `actuquiz-bench-results-${process.pid}-${Date.now()}.db`);
  const raw = new Database(file);
  const handle = createDbHandle(`file:${file}`);
  try {
    raw.pragma("journal_mode = WAL");
    migrate(raw);
    const db = sqliteDb(raw);
    const teacherId = await insertTeacher(db, { email: "bench@example.test", name: "Bench" });
    const t0 = performance.now();
    const small = await seed(db, teacherId, 10, "s");
    const large = await seed(db, teacherId, 1000, "l");
    const seedMs = performance.now() - t0;

    const timeOf = async (quizId: string) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const start = performance.now();
        const r = await loadQuizResults(handle.prisma, teacherId, quizId, "best");
        const ms = performance.now() - start;
        if (!r || r.analysis.items.length !== QUESTIONS) throw new Error("results did not load");
        if (i > 0) times.push(ms); // the first run warms the connection and the JIT
      }
      return median(times);
    };
    const small10 = await timeOf(small);
    const large1000 = await timeOf(large);
    const result = {
      attempts10Ms: +small10.toFixed(2),
      attempts1000Ms: +large1000.toFixed(2),
      ratio1000to10: +(large1000 / small10).toFixed(2),
      runs: RUNS,
      seedMs: Math.round(seedMs),
    };
    console.log(
      `results loader: 10 attempts ${result.attempts10Ms} ms, 1,000 attempts ${result.attempts1000Ms} ms ` +
        `(median of ${RUNS}), ratio ${result.ratio1000to10}`,
    );
    return result;
  } finally {
    await handle.prisma.$disconnect();
    raw.close();
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  benchResults().catch((e) => {
    console.error("bench results failed:", e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
