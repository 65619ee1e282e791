// Account creation is capped per client address before any password is hashed.
import { describe, expect, it, vi } from "vitest";

process.env.SIGNUP_MAX_PER_HOUR = "3";
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
    delete: (arg: string | { name: string }) => jar.delete(typeof arg === "string" ? arg : arg.name),
  }),
  headers: async () => ({ get: () => null }),
}));

const { signUp } = await import("@/lib/server/auth/sign-in");
const { passwordHashCount } = await import("@/lib/server/password");
const { prisma } = await import("@/lib/db");

describe("sign-up rate limit", () => {
  it("allows SIGNUP_MAX_PER_HOUR sign-ups per address, then refuses without hashing", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await signUp({ name: `T${i}`, email: `limit${i}@example.org`, password: "correct horse battery" })).ok).toBe(true);
    }
    const hashesBefore = passwordHashCount();
    const refused = await signUp({ name: "T4", email: "limit4@example.org", password: "correct horse battery" });
    expect(refused).toMatchObject({ ok: false, error: "rate_limited" });
    expect(passwordHashCount()).toBe(hashesBefore);
    expect(await prisma.teacher.count({ where: { email: "limit4@example.org" } })).toBe(0);
  });
});
