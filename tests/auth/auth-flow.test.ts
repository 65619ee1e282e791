// Sign-up, sign-in, rate limits before hashing, session expiry and sign-out, against a real
// (per-file) database; Next's cookie and header stores are replaced by in-memory ones.
import { beforeEach, describe, expect, it, vi } from "vitest";

const jar = new Map<string, { value: string; options?: Record<string, unknown> }>();
const requestHeaders = new Map<string, string>();

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) => jar.set(name, { value, options }),
    delete: (arg: string | { name: string }) => jar.delete(typeof arg === "string" ? arg : arg.name),
  }),
  headers: async () => ({ get: (name: string) => requestHeaders.get(name.toLowerCase()) ?? null }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));

const { signIn, signUp, signOut } = await import("@/lib/server/auth/sign-in");
const { readSession } = await import("@/lib/server/auth/sessions");
const { passwordHashCount } = await import("@/lib/server/password");
const { prisma } = await import("@/lib/db");
const { sessionIdFromToken } = await import("@/lib/server/auth/session-token");

let n = 0;
const uniqueEmail = () => `t${Date.now()}-${n++}@example.org`;

beforeEach(() => {
  jar.clear();
  requestHeaders.clear();
});

describe("teacher auth", () => {
  it("signs up with a hashed password and a hashed session id, cookie HttpOnly and Lax", async () => {
    const email = uniqueEmail();
    const r = await signUp({ name: "Ada", email: email.toUpperCase(), password: "correct horse battery" });
    expect(r).toEqual({ ok: true });
    // Sign-up signs nobody in: its answer must not differ for an address that has an account.
    expect(jar.has("aq_session")).toBe(false);
    expect((await signIn({ email, password: "correct horse battery" })).ok).toBe(true);
    const row = await prisma.teacher.findUniqueOrThrow({ where: { email } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const cookie = jar.get("aq_session")!;
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    const session = await prisma.session.findUniqueOrThrow({ where: { id: sessionIdFromToken(cookie.value) } });
    expect(session.id).not.toBe(cookie.value);
    expect((await readSession())?.email).toBe(email);
  });

  it("refuses short passwords with field errors", async () => {
    const short = await signUp({ name: "B", email: uniqueEmail(), password: "123456789" });
    expect(short).toMatchObject({ ok: false, error: "invalid_input", fields: ["password"] });
  });

  it("answers a sign-up for a taken address exactly like a new one, at the same cost, and changes nothing", async () => {
    const email = uniqueEmail();
    const first = await signUp({ name: "B", email, password: "first password" });
    const hashes = passwordHashCount();
    const again = await signUp({ name: "Intrus", email, password: "second password" });
    expect(again).toEqual(first);
    expect(passwordHashCount() - hashes).toBe(1);
    expect(jar.has("aq_session")).toBe(false);
    expect(await prisma.teacher.count({ where: { email } })).toBe(1);
    expect((await prisma.teacher.findUniqueOrThrow({ where: { email } })).name).toBe("B");
    expect((await signIn({ email, password: "second password" })).ok).toBe(false);
    expect((await signIn({ email, password: "first password" })).ok).toBe(true);
  });

  it("does not truncate long passwords and rotates the session on sign-in", async () => {
    const email = uniqueEmail();
    const password = "x".repeat(79) + "A";
    await signUp({ name: "Long", email, password });
    await signIn({ email, password });
    const before = jar.get("aq_session")!.value;
    expect((await signIn({ email, password: password.slice(0, 79) + "B" })).ok).toBe(false);
    expect((await signIn({ email, password })).ok).toBe(true);
    const after = jar.get("aq_session")!.value;
    expect(after).not.toBe(before);
    expect(await prisma.session.findUnique({ where: { id: sessionIdFromToken(before) } })).toBeNull();
  });

  it("rate-limits an account after SIGNIN_MAX_FAILURES failures, before computing any hash", async () => {
    const email = uniqueEmail();
    await signUp({ name: "Target", email, password: "the right password" });
    for (let i = 0; i < 5; i++) expect(await signIn({ email, password: `wrong-${i}-password` })).toMatchObject({ error: "invalid_credentials" });
    const hashes = passwordHashCount();
    const limited = await signIn({ email, password: "the right password" });
    expect(limited).toMatchObject({ ok: false, error: "rate_limited" });
    expect(passwordHashCount()).toBe(hashes);
  });

  it("expires idle and absolute sessions, and sign-out deletes the row", async () => {
    const email = uniqueEmail();
    await signUp({ name: "Idle", email, password: "a long enough password" });
    await signIn({ email, password: "a long enough password" });
    const id = sessionIdFromToken(jar.get("aq_session")!.value);
    await prisma.session.update({ where: { id }, data: { lastSeenAt: new Date(Date.now() - 13 * 3600_000) } });
    expect(await readSession()).toBeNull();
    expect(await prisma.session.findUnique({ where: { id } })).toBeNull();

    await signIn({ email, password: "a long enough password" });
    const id2 = sessionIdFromToken(jar.get("aq_session")!.value);
    await prisma.session.update({ where: { id: id2 }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await readSession()).toBeNull();

    await signIn({ email, password: "a long enough password" });
    const id3 = sessionIdFromToken(jar.get("aq_session")!.value);
    expect(await readSession()).not.toBeNull();
    await signOut();
    expect(jar.has("aq_session")).toBe(false);
    expect(await prisma.session.findUnique({ where: { id: id3 } })).toBeNull();
  });

  it("updates lastSeenAt at most once a minute", async () => {
    const email = uniqueEmail();
    await signUp({ name: "Touch", email, password: "a long enough password" });
    await signIn({ email, password: "a long enough password" });
    const id = sessionIdFromToken(jar.get("aq_session")!.value);
    const t0 = (await prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt;
    await readSession(new Date(t0.getTime() + 30_000));
    expect((await prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt.getTime()).toBe(t0.getTime());
    await readSession(new Date(t0.getTime() + 61_000));
    expect((await prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt.getTime()).toBe(t0.getTime() + 61_000);
  });
});
