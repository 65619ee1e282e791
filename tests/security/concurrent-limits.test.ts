// SEC-12: rate limits hold under concurrency. Each burst is fired at once (Promise.all), so
// every request is in flight before any of them finishes: a check-then-record limiter lets
// them all through, an atomic reservation lets through at most the ceiling.
import { describe, expect, it, vi } from "vitest";

process.env.TRUST_PROXY = "1";
process.env.SIGNIN_MAX_FAILURES = "5";
process.env.SIGNUP_MAX_PER_HOUR = "4";
const jar = new Map<string, string>();
let forwardedFor = "198.51.100.1";
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
    delete: (arg: string | { name: string }) => jar.delete(typeof arg === "string" ? arg : arg.name),
  }),
  headers: async () => ({ get: (name: string) => (name.toLowerCase() === "x-forwarded-for" ? forwardedFor : null) }),
}));

vi.spyOn(console, "warn").mockImplementation(() => {});
const { signIn, signUp } = await import("@/lib/server/auth/sign-in");
const { passwordHashCount } = await import("@/lib/server/password");
const { lookUpJoinCode, JOIN_FAILURE_WINDOW } = await import("@/lib/server/participants/join");
const { prisma } = await import("@/lib/db");
const { newJoinCode } = await import("@/lib/quiz/join-code");
const { createQuiz } = await import("@/tests/support/quiz-fixtures");

describe("SEC-12 rate limits under concurrent bursts", () => {
  it("a burst of 50 sign-ins checks at most SIGNIN_MAX_FAILURES passwords, and the right one last is refused", async () => {
    forwardedFor = "198.51.100.1";
    const email = "burst-target@example.org";
    expect((await signUp({ name: "Cible", email, password: "the right password" })).ok).toBe(true);
    const before = passwordHashCount();
    const guesses = Array.from({ length: 49 }, (_, i) => `wrong-guess-number-${i}`).concat("the right password");
    const results = await Promise.all(guesses.map((password) => signIn({ email, password })));
    expect(passwordHashCount() - before).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.error === "rate_limited").length).toBeGreaterThanOrEqual(45);
    expect(results.at(-1)).toMatchObject({ ok: false, error: "rate_limited" });
  });

  it("a burst of 30 sign-ups creates at most SIGNUP_MAX_PER_HOUR accounts", async () => {
    forwardedFor = "198.51.100.2";
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signUp({ name: `Rafale ${i}`, email: `burst-signup-${i}@example.org`, password: "correct horse battery" })),
    );
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(4);
    expect(await prisma.teacher.count({ where: { email: { startsWith: "burst-signup-" } } })).toBeLessThanOrEqual(4);
  });

  it("a burst of 100 unknown join codes looks up at most the per-client ceiling, and valid codes are not counted", async () => {
    forwardedFor = "198.51.100.3";
    const quiz = await createQuiz({});
    const code = newJoinCode();
    await prisma.quiz.update({ where: { id: quiz.id }, data: { joinCode: code } });
    // A whole class joining at once is not counted against the ceiling.
    const valid = await Promise.all(Array.from({ length: 40 }, () => lookUpJoinCode(code)));
    expect(valid.every((r) => r.ok)).toBe(true);
    const results = await Promise.all(Array.from({ length: 100 }, () => lookUpJoinCode(newJoinCode())));
    const lookedUp = results.filter((r) => !r.ok && r.reason === "unavailable").length;
    expect(lookedUp).toBeLessThanOrEqual(JOIN_FAILURE_WINDOW.max);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited").length).toBeGreaterThanOrEqual(100 - JOIN_FAILURE_WINDOW.max);
  });
});
