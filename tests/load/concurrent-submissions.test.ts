// REL-1 and REL-2 against the production build over HTTP, served by several app processes.
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, ensureBuilt, loadPort, freshDatabase, startServer, type AppServer } from "./support/app-server";
import { seedQuiz, seedStudents, submit } from "./support/class";
import { withTestDb } from "./support/test-db";
import { percentile } from "../../scripts/bench/load";

const DB = path.join(ROOT, "data", "load", "concurrent.db");
let server: AppServer;

beforeAll(async () => {
  ensureBuilt();
  freshDatabase(DB);
  // One app process per core, as `npm start` runs, and never fewer than two.
  server = await startServer(loadPort(0), DB, { workers: Math.max(2, os.availableParallelism()) });
  expect(server.workerPids().length).toBeGreaterThanOrEqual(2);
}, 300_000);

afterAll(async () => {
  await server?.stop();
});

async function storedAttempts(quizId: string) {
  return withTestDb(DB, async (db) =>
    (await db
      .prepare(
        `SELECT a.id, a.status, a.score, a.maxScore, (SELECT count(*) FROM Response r WHERE r.attemptId = a.id) AS responses,
                (SELECT coalesce(sum(points), 0) FROM Response r WHERE r.attemptId = a.id) AS points
           FROM Attempt a WHERE a.quizId = ?`,
      )
      .all(quizId)) as { id: string; status: string; score: number; maxScore: number; responses: number; points: number }[],
  );
}

describe("REL-1: 200 students submit at the same instant", () => {
  it("stores 200 complete attempts, 0 errors, every score equal to a recomputation", async () => {
    const { quizId, questions } = await seedQuiz(DB, 20);
    const students = await seedStudents(DB, quizId, questions, 200);
    // Barrier: build every request first, then release them together.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const pending = students.map(async (s) => {
      await gate;
      return submit(server.url, s);
    });
    release();
    const replies = await Promise.all(pending);
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const latencies = replies.map((r) => r.ms).sort((a, b) => a - b);
    console.log(`REL-1 (${server.workerPids().length} app processes): p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms`);

    const rows = await storedAttempts(quizId);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows.filter((r) => r.status === "submitted")).toHaveLength(200);
    students.forEach((s, i) => {
      const row = byId.get(s.attemptId)!;
      expect(row.responses).toBe(20);
      expect(row.score).toBe(s.expectedScore);
      expect(row.points).toBe(s.expectedScore);
      expect(replies[i].body?.score).toBe(s.expectedScore);
    });
  }, 180_000);
});

describe("REL-2: idempotency under concurrent retries", () => {
  it("5 concurrent + 3 sequential retries per student store exactly one attempt each", async () => {
    const { quizId, questions } = await seedQuiz(DB, 20);
    const students = await seedStudents(DB, quizId, questions, 40);
    const replies = await Promise.all(students.map((s) => Promise.all(Array.from({ length: 5 }, () => submit(server.url, s)))));
    for (const [i, s] of students.entries()) {
      for (let k = 0; k < 3; k++) replies[i].push(await submit(server.url, s));
    }
    students.forEach((s, i) => {
      const r = replies[i];
      expect(r.map((x) => x.status)).toEqual(Array(8).fill(200));
      expect(new Set(r.map((x) => x.body?.attemptId))).toEqual(new Set([s.attemptId]));
      expect(new Set(r.map((x) => x.body?.score))).toEqual(new Set([s.expectedScore]));
    });
    const rows = await storedAttempts(quizId);
    expect(rows.filter((r) => r.status === "submitted")).toHaveLength(40);
    expect(rows.every((r) => r.responses === 20)).toBe(true);
  }, 180_000);

  it("refuses the same key with another payload (409) and keeps the first result", async () => {
    const { quizId, questions } = await seedQuiz(DB, 20);
    const [s] = await seedStudents(DB, quizId, questions, 1);
    expect((await submit(server.url, s)).status).toBe(200);
    const altered = { ...s.body, answers: s.body.answers.slice(1) };
    const second = await submit(server.url, s, altered);
    expect(second.status).toBe(409);
    const again = await submit(server.url, s);
    expect(again.status).toBe(200);
    expect(again.body?.score).toBe(s.expectedScore);
    const rows = await storedAttempts(quizId);
    expect(rows).toHaveLength(1);
    expect(rows[0].responses).toBe(20);
  }, 60_000);
});
