// PERF-1 and REL-1 figures: submit throughput through HTTP against raw better-sqlite3
// transactions writing the same rows, in the same run; and p95 of 200 simultaneous submits.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { percentile } from "./load";
import { processTreeCpuMs } from "./processes";
import { seedQuiz, seedStudents, submit, type Student } from "../../tests/load/support/class";

async function httpThroughput(url: string, students: Student[], connections: number) {
  const queue = [...students];
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let s = queue.shift(); s; s = queue.shift()) if ((await submit(url, s)).status !== 200) errors++;
    }),
  );
  return { perSecond: students.length / ((performance.now() - t0) / 1000), errors };
}

/** The same writes as one submission (20 responses + the attempt update) in one transaction. */
function rawThroughput(dbFile: string, quizId: string, questionIds: string[], n: number) {
  const db = new Database(dbFile);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  const participant = db.prepare("SELECT id FROM Participant WHERE quizId = ? LIMIT 1").get(quizId) as { id: string };
  const insAttempt = db.prepare("INSERT INTO Attempt (id, quizId, participantId, number, status, shuffleSeed, startedAt, late) VALUES (?, ?, ?, ?, 'in_progress', 's', ?, 0)");
  const upd = db.prepare("UPDATE Attempt SET status='submitted', score=?, maxScore=?, submittedAt=?, durationMs=?, idempotencyKey=?, payloadHash=? WHERE id=? AND status='in_progress'");
  const insResp = db.prepare("INSERT INTO Response (id, attemptId, questionId, given, correct, points) VALUES (?, ?, ?, ?, ?, ?)");
  const ids = Array.from({ length: n }, () => crypto.randomUUID());
  const now = new Date().toISOString();
  db.transaction(() => ids.forEach((id, i) => insAttempt.run(id, quizId, participant.id, 1000 + i, now)))();
  const submitOne = db.transaction((id: string) => {
    upd.run(10, 20, now, 1000, crypto.randomUUID(), "h", id);
    for (const q of questionIds) insResp.run(crypto.randomUUID(), id, q, '"x"', 1, 1);
  });
  const t0 = performance.now();
  for (const id of ids) submitOne(id);
  const perSecond = n / ((performance.now() - t0) / 1000);
  db.close();
  return { perSecond };
}

/**
 * `raw`: also time raw better-sqlite3 transactions (SQLite only; the PostgreSQL run skips it).
 * `pid`: the app's launcher, whose process tree's CPU time per submission is reported.
 */
export async function benchSubmissions(url: string, dbFile: string, { raw: withRaw = true, pid }: { raw?: boolean; pid?: number } = {}) {
  const { quizId, questions } = await seedQuiz(dbFile, 20);
  // Warm-up, then throughput with 20 connections.
  await httpThroughput(url, await seedStudents(dbFile, quizId, questions, 50), 10);
  const students = await seedStudents(dbFile, quizId, questions, 600);
  const cpu0 = processTreeCpuMs(pid);
  const http = await httpThroughput(url, students, 20);
  const cpu1 = processTreeCpuMs(pid);
  const raw = withRaw ? rawThroughput(dbFile, quizId, questions.map((q) => q.id), 2000) : null;

  const single: number[] = [];
  for (const s of await seedStudents(dbFile, quizId, questions, 20)) single.push((await submit(url, s)).ms);
  const burst = await seedStudents(dbFile, quizId, questions, 200);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const pending = burst.map(async (s) => {
    await gate;
    return submit(url, s);
  });
  release();
  const replies = await Promise.all(pending);
  const lat = replies.map((r) => r.ms).sort((a, b) => a - b);
  single.sort((a, b) => a - b);
  return {
    httpSubmitsPerSecond: Math.round(http.perSecond),
    httpErrors: http.errors,
    // All app processes together (and, on PostgreSQL, not the database server's share).
    appCpuMsPerSubmit: cpu0 !== null && cpu1 !== null ? +((cpu1 - cpu0) / students.length).toFixed(2) : null,
    rawSqliteSubmitsPerSecond: raw ? Math.round(raw.perSecond) : null,
    ratioHttpToRaw: raw ? +(http.perSecond / raw.perSecond).toFixed(4) : null,
    rel1Burst200: {
      errors: replies.filter((r) => r.status !== 200).length,
      p50Ms: Math.round(percentile(lat, 50)),
      p95Ms: Math.round(percentile(lat, 95)),
      maxMs: Math.round(lat[lat.length - 1]),
    },
    singleSubmitP95Ms: Math.round(percentile(single, 95)),
    latencyAmplificationP95: +(percentile(lat, 95) / percentile(single, 95)).toFixed(1),
  };
}
