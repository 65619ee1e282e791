// REL-4: kill -9 the server under submit load, several times. After each restart the database
// passes integrity_check and every acknowledged submission is there, complete.
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, ensureBuilt, loadPort, freshDatabase, startServer, type AppServer } from "./support/app-server";
import { seedQuiz, seedStudents, submit, type Student } from "./support/class";

const DB = path.join(ROOT, "data", "load", "crash.db");
const ROUNDS = 5;
let server: AppServer | undefined;

beforeAll(() => {
  ensureBuilt();
  freshDatabase(DB);
}, 300_000);

afterAll(async () => {
  await server?.stop();
});

describe("REL-4: crash consistency", () => {
  it(`keeps every acknowledged submission across ${ROUNDS} kill -9 under load`, async () => {
    const { quizId, questions } = seedQuiz(DB, 20);
    const acknowledged = new Map<string, number>();
    const restartMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const t0 = Date.now();
      server = await startServer(loadPort(10), DB, { workers: 1 });
      restartMs.push(Date.now() - t0);
      const students = seedStudents(DB, quizId, questions, 150);
      let stop = false;
      const queue = [...students];
      const workers = Array.from({ length: 20 }, async () => {
        for (let s: Student | undefined = queue.shift(); s && !stop; s = queue.shift()) {
          const r = await submit(server!.url, s);
          if (r.status === 200 && r.body?.attemptId) acknowledged.set(r.body.attemptId, r.body.score ?? -1);
        }
      });
      await new Promise((r) => setTimeout(r, 300 + Math.floor(Math.random() * 900)));
      await server.kill9();
      stop = true;
      await Promise.all(workers);
      server = undefined;

      const db = new Database(DB);
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(db.pragma("foreign_key_check")).toEqual([]);
        const rows = db
          .prepare(
            `SELECT a.id, a.status, a.score, (SELECT count(*) FROM Response r WHERE r.attemptId = a.id) AS n FROM Attempt a WHERE a.quizId = ?`,
          )
          .all(quizId) as { id: string; status: string; score: number | null; n: number }[];
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const [attemptId, score] of acknowledged) {
          const row = byId.get(attemptId);
          expect(row?.status, attemptId).toBe("submitted");
          expect(row?.score).toBe(score);
          expect(row?.n).toBe(20);
        }
        // No half-written attempt: responses exist only for submitted attempts, all or nothing.
        for (const r of rows) expect(r.n, r.id).toBe(r.status === "submitted" ? 20 : 0);
      } finally {
        db.close();
      }
    }
    console.log(`REL-4: ${acknowledged.size} acknowledged submissions survived ${ROUNDS} kill -9; restart ms: ${restartMs.join(", ")}`);
    expect(acknowledged.size).toBeGreaterThan(0);
    expect(Math.max(...restartMs)).toBeLessThan(15_000);
  }, 600_000);
});
