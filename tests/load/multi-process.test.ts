// Several app processes on one SQLite file: two servers (scripts/serve.mjs, one app process
// each, so every request's process is known) share a database. Idempotency keys, sessions and
// rate limits live in the database, so they must hold whichever process a request lands on.
import crypto from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newJoinCode } from "../../lib/quiz/join-code";
import { ROOT, ensureBuilt, freshDatabase, loadPort, startServer, type AppServer } from "./support/app-server";
import { seedQuiz, seedStudents, submit } from "./support/class";
import { withTestDb } from "./support/test-db";

const DB = path.join(ROOT, "data", "load", "multi-process.db");
const DEMO_EMAIL = "demo@actuquiz.local";
const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "actuquiz-demo";
const MAX_FAILURES = 5;
let a: AppServer;
let b: AppServer;

beforeAll(async () => {
  ensureBuilt();
  freshDatabase(DB);
  const env = { SIGNIN_MAX_FAILURES: String(MAX_FAILURES) };
  [a, b] = await Promise.all([startServer(loadPort(3), DB, { workers: 1, env }), startServer(loadPort(4), DB, { workers: 1, env })]);
}, 300_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

describe("idempotency across processes (REL-2)", () => {
  it("retries of one submission spread over two processes store exactly one attempt", async () => {
    const { quizId, questions } = await seedQuiz(DB, 20);
    const students = await seedStudents(DB, quizId, questions, 40);
    // 6 concurrent copies per student, alternating servers, then one more on each in turn.
    const replies = await Promise.all(students.map((s) => Promise.all(Array.from({ length: 6 }, (_, k) => submit((k % 2 ? b : a).url, s)))));
    for (const [i, s] of students.entries()) {
      replies[i].push(await submit(b.url, s));
      replies[i].push(await submit(a.url, s));
    }
    students.forEach((s, i) => {
      expect(replies[i].map((r) => r.status)).toEqual(Array(8).fill(200));
      expect(new Set(replies[i].map((r) => r.body?.score))).toEqual(new Set([s.expectedScore]));
    });
    const rows = (await withTestDb(DB, (db) =>
      db.prepare(`SELECT a.status, (SELECT count(*) FROM Response r WHERE r.attemptId = a.id) AS n FROM Attempt a WHERE a.quizId = ?`).all(quizId),
    )) as { status: string; n: number }[];
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.status === "submitted" && r.n === 20)).toBe(true);
  }, 120_000);
});

/** Posts the sign-in form the way a browser without JavaScript does; returns the reply. */
async function signInForm(server: AppServer, email: string, password: string) {
  const html = await (await fetch(`${server.url}/teacher/sign-in`)).text();
  const form = html.slice(html.lastIndexOf("<form", html.indexOf('name="email"')));
  const data = new FormData();
  for (const m of form.slice(0, form.indexOf("</form>")).matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    data.append(m[1], (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
  }
  data.append("email", email);
  data.append("password", password);
  const res = await fetch(`${server.url}/teacher/sign-in`, { method: "POST", body: data, headers: { origin: server.url }, redirect: "manual" });
  const body = await res.text();
  return {
    status: res.status,
    cookie: res.headers.getSetCookie().find((c) => c.includes("aq_session"))?.split(";")[0],
    refused: body.includes("Trop de tentatives de connexion"),
    wrong: body.includes("Adresse e-mail ou mot de passe incorrect"),
  };
}

describe("sessions and rate limits across processes", () => {
  it("a session opened on one process is valid on the other", async () => {
    const signedIn = await signInForm(a, DEMO_EMAIL, DEMO_PASSWORD);
    expect(signedIn.status).toBe(303);
    expect(signedIn.cookie).toBeTruthy();
    const page = await fetch(`${b.url}/teacher`, { headers: { cookie: signedIn.cookie! }, redirect: "manual" });
    expect(page.status).toBe(200);
    // Without the cookie the same page sends to sign-in: the 200 above is the session's doing.
    expect((await fetch(`${b.url}/teacher`, { redirect: "manual" })).status).toBeGreaterThanOrEqual(300);
  }, 60_000);

  it("sign-in failures are counted across processes: after the limit, both refuse even the right password", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) {
      const r = await signInForm(i % 2 ? b : a, DEMO_EMAIL, `wrong password ${i}`);
      expect(r.wrong, `failure ${i + 1}`).toBe(true);
    }
    // 3 failures landed on one process and 2 on the other: only a shared count reaches 5.
    for (const server of [a, b]) {
      const r = await signInForm(server, DEMO_EMAIL, DEMO_PASSWORD);
      expect(r.refused).toBe(true);
      expect(r.cookie).toBeUndefined();
    }
  }, 60_000);

  it("failed join codes of one browser are counted across processes", async () => {
    const device = `aq_device=${crypto.randomBytes(32).toString("base64url")}`;
    const join = async (server: AppServer, code: string, cookie = device) =>
      (await fetch(`${server.url}/q/${code}`, { headers: { cookie }, redirect: "manual" })).headers.get("location") ?? "200";
    const outcomes: string[] = [];
    for (let i = 0; i < 32; i++) outcomes.push(await join(i % 2 ? b : a, newJoinCode()));
    // JOIN_FAILURE_WINDOW.max = 30 failures per browser, shared by both processes.
    expect(outcomes.slice(0, 30).every((l) => l.endsWith("/?code=invalid"))).toBe(true);
    expect(outcomes.slice(30).every((l) => l.endsWith("/?code=limited"))).toBe(true);
    expect(await join(a, "DEMO22")).toMatch(/\/\?code=limited$/);
    expect(await join(b, "DEMO22")).toMatch(/\/\?code=limited$/);
    // Another browser is not affected.
    expect(await join(b, "DEMO22", `aq_device=${crypto.randomBytes(32).toString("base64url")}`)).toBe("200");
  }, 60_000);
});
