// SEC-13: without a trusted proxy every client has the same address, so no limit may be
// shared by all of them: one client's failures must not lock out every teacher or student.
// Failures count per account (sign-in) and per browser (join codes, device cookie).
import { beforeEach, describe, expect, it, vi } from "vitest";

delete process.env.TRUST_PROXY;
process.env.SIGNIN_MAX_FAILURES = "5";
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
    delete: (arg: string | { name: string }) => jar.delete(typeof arg === "string" ? arg : arg.name),
  }),
  // A forged X-Forwarded-For is ignored without TRUST_PROXY.
  headers: async () => ({ get: (name: string) => (name.toLowerCase() === "x-forwarded-for" ? "203.0.113.9" : null) }),
}));
vi.spyOn(console, "warn").mockImplementation(() => {});

const { signIn, signUp } = await import("@/lib/server/auth/sign-in");
const { lookUpJoinCode, JOIN_FAILURE_WINDOW } = await import("@/lib/server/participants/join");
const { DEVICE_COOKIE, newParticipantToken } = await import("@/lib/server/participants/participant-token");
const { prisma } = await import("@/lib/db");
const { newJoinCode } = await import("@/lib/quiz/join-code");
const { createQuiz } = await import("@/tests/support/quiz-fixtures");

const asDevice = (token: string | null) => {
  jar.clear();
  if (token) jar.set(DEVICE_COOKIE, token);
};

beforeEach(() => jar.clear());

async function publishedCode(): Promise<string> {
  const quiz = await createQuiz({});
  const code = newJoinCode();
  await prisma.quiz.update({ where: { id: quiz.id }, data: { joinCode: code } });
  return code;
}

describe("SEC-13 no global lockout without TRUST_PROXY", () => {
  it("30 failed sign-ins on other accounts do not lock out a teacher; the account limit still holds", async () => {
    const email = "not-locked-out@example.org";
    await signUp({ name: "Prof", email, password: "the right password" });
    for (let i = 0; i < 30; i++) {
      expect(await signIn({ email: `stranger-${i % 6}@example.org`, password: `guess-number-${i}` })).toMatchObject({ ok: false });
    }
    jar.clear();
    expect(await signIn({ email, password: "the right password" })).toMatchObject({ ok: true });
    expect(await signIn({ email: "stranger-0@example.org", password: "another guess" })).toMatchObject({ error: "rate_limited" });
  });

  it("250 failed join codes from cookie-less clients do not stop a student joining with a valid code", async () => {
    const code = await publishedCode();
    for (let i = 0; i < 250; i++) {
      asDevice(null);
      expect(await lookUpJoinCode(newJoinCode())).toMatchObject({ ok: false });
    }
    asDevice(newParticipantToken());
    expect(await lookUpJoinCode(code)).toMatchObject({ ok: true });
    asDevice(null);
    expect(await lookUpJoinCode(code)).toMatchObject({ ok: true });
  });

  it("a browser that keeps guessing is limited on its own; other browsers are not", async () => {
    const code = await publishedCode();
    const guesser = newParticipantToken();
    asDevice(guesser);
    for (let i = 0; i < JOIN_FAILURE_WINDOW.max; i++) expect(await lookUpJoinCode(newJoinCode())).toMatchObject({ reason: "unavailable" });
    expect(await lookUpJoinCode(newJoinCode())).toMatchObject({ reason: "rate_limited" });
    expect(await lookUpJoinCode(code)).toMatchObject({ reason: "rate_limited" });
    asDevice(newParticipantToken());
    expect(await lookUpJoinCode(code)).toMatchObject({ ok: true });
  });
});
