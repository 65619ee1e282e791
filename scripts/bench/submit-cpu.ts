// CPU per submission, this checkout against a baseline commit in the same run. Wall-clock
// figures on a shared machine move with everyone else's load; the CPU time the app process
// spends per submission (user + system, from /proc) barely does. Both apps run side by side
// (one process each, SQLite) and take the same load in alternating rounds, so a change in the
// machine's load hits both alike.
import path from "node:path";
import { ROOT, benchPort, processTreeCpuMs, startApp, type Started } from "./processes";
import { baselineCheckout, baselineRevision } from "./baseline";
import { seedQuiz, seedStudents, submit, type Student } from "../../tests/load/support/class";
import { percentile } from "./load";

const ROUNDS = 5;
const PER_ROUND = 300;
const CONNECTIONS = 20;

async function load(url: string, students: Student[]): Promise<number> {
  const queue = [...students];
  let errors = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let s = queue.shift(); s; s = queue.shift()) if ((await submit(url, s)).status !== 200) errors++;
    }),
  );
  return errors;
}

interface Side {
  app: Started;
  dbFile: string;
  quizId: string;
  questions: Awaited<ReturnType<typeof seedQuiz>>["questions"];
  cpuMs: number[];
  errors: number;
}

async function side(name: string, port: number, root: string): Promise<Side> {
  const dbFile = path.join(ROOT, "data", `bench-cpu-${name}.db`);
  const app = await startApp(port, dbFile, 1, { root });
  const { quizId, questions } = await seedQuiz(dbFile, 20);
  // Warm-up: JIT, statement caches, the route's first compilation.
  await load(app.url, await seedStudents(dbFile, quizId, questions, 300));
  return { app, dbFile, quizId, questions, cpuMs: [], errors: 0 };
}

async function round(s: Side): Promise<void> {
  const students = await seedStudents(s.dbFile, s.quizId, s.questions, PER_ROUND);
  const before = processTreeCpuMs(s.app.child.pid);
  s.errors += await load(s.app.url, students);
  const after = processTreeCpuMs(s.app.child.pid);
  if (before === null || after === null) throw new Error("process CPU time is not readable here (/proc)");
  s.cpuMs.push((after - before) / PER_ROUND);
}

/** CPU per GET /api/ping (no database, no body): the floor of Next's own work per request. */
async function pingCpuMs(app: Started, n = 2000): Promise<number> {
  const before = processTreeCpuMs(app.child.pid)!;
  let left = n;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (left-- > 0) await (await fetch(`${app.url}/api/ping`)).text();
    }),
  );
  return (processTreeCpuMs(app.child.pid)! - before) / n;
}

/** 200 submissions released at once (REL-1): p50 / p95 in ms and the errors. */
async function burst(s: Side): Promise<{ p50Ms: number; p95Ms: number; errors: number }> {
  const students = await seedStudents(s.dbFile, s.quizId, s.questions, 200);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const pending = students.map(async (st) => {
    await gate;
    return submit(s.app.url, st);
  });
  release();
  const replies = await Promise.all(pending);
  const lat = replies.map((r) => r.ms).sort((a, b) => a - b);
  return { p50Ms: Math.round(percentile(lat, 50)), p95Ms: Math.round(percentile(lat, 95)), errors: replies.filter((r) => r.status !== 200).length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchSubmitCpu(): Promise<Record<string, unknown>> {
  const rev = baselineRevision();
  if (!rev) return { skipped: "BENCH_BASELINE=none" };
  const baseline = baselineCheckout(rev);
  const before = await side("baseline", benchPort(2), baseline.root);
  try {
    const after = await side("current", benchPort(3), ROOT);
    try {
      for (let i = 0; i < ROUNDS; i++) {
        // Alternate which goes first, so neither always follows the other's clean-up.
        const order = i % 2 === 0 ? [before, after] : [after, before];
        for (const s of order) await round(s);
      }
      const ping = await pingCpuMs(after.app);
      // Bursts, alternating too; wall-clock figures, so only their ratio means much here.
      const bursts: { baseline: Awaited<ReturnType<typeof burst>>[]; current: Awaited<ReturnType<typeof burst>>[] } = { baseline: [], current: [] };
      for (let i = 0; i < 3; i++) {
        if (i % 2 === 0) bursts.baseline.push(await burst(before));
        bursts.current.push(await burst(after));
        if (i % 2 === 1) bursts.baseline.push(await burst(before));
      }
      const p95 = (side: "baseline" | "current") => median(bursts[side].map((x) => x.p95Ms));
      const p50 = (side: "baseline" | "current") => median(bursts[side].map((x) => x.p50Ms));
      const b = median(before.cpuMs);
      const a = median(after.cpuMs);
      // Round i of each side ran back to back, under about the same load.
      const paired = median(after.cpuMs.map((x, i) => x / before.cpuMs[i]));
      return {
        method: `one SQLite app process each, ${ROUNDS} alternating rounds of ${PER_ROUND} submissions (20 questions, ${CONNECTIONS} connections); app process CPU time (user + system) per submission, median of the rounds`,
        baselineCommit: baseline.commit,
        baselineCpuMsPerSubmit: +b.toFixed(2),
        currentCpuMsPerSubmit: +a.toFixed(2),
        baselineRoundsMs: before.cpuMs.map((x) => +x.toFixed(2)),
        currentRoundsMs: after.cpuMs.map((x) => +x.toFixed(2)),
        errors: { baseline: before.errors, current: after.errors },
        // < 1: the current code spends less CPU per submission than the baseline.
        ratioCpuPerSubmitCurrentToBaseline: +(a / b).toFixed(3),
        ratioMedianOfPairedRounds: +paired.toFixed(3),
        // What any request costs in Next on this machine now: the part of a submission no change
        // to the submit path can remove.
        nextFloorCpuMsPerPing: +ping.toFixed(2),
        burst200OneProcess: {
          baseline: { p50Ms: p50("baseline"), p95Ms: p95("baseline"), runs: bursts.baseline },
          current: { p50Ms: p50("current"), p95Ms: p95("current"), runs: bursts.current },
          ratioP95CurrentToBaseline: +(p95("current") / p95("baseline")).toFixed(3),
        },
      };
    } finally {
      await after.app.stop();
    }
  } finally {
    await before.app.stop();
  }
}
