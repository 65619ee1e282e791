// SEC-16: without APP_URL, the join link and QR code name the host the browser connected to,
// never one a client put in X-Forwarded-Host (a teacher's page would print a link elsewhere).
import { describe, expect, it, vi } from "vitest";

delete process.env.APP_URL;
delete process.env.TRUST_PROXY;
let sent: Record<string, string> = {};
vi.mock("next/headers", () => ({ headers: async () => ({ get: (name: string) => sent[name.toLowerCase()] ?? null }) }));

const { joinLink } = await import("@/lib/server/quizzes/join-link");

describe("SEC-16 join link origin", () => {
  it("ignores X-Forwarded-Host and X-Forwarded-Proto from the client", async () => {
    sent = { host: "quiz.ecole.fr:3000", "x-forwarded-host": "evil.test", "x-forwarded-proto": "https" };
    expect(await joinLink("ABCDEF")).toBe("http://quiz.ecole.fr:3000/q/ABCDEF");
  });

  it("falls back to localhost for a Host that is not a host name", async () => {
    sent = { host: "evil.test/phish?x=" };
    expect(await joinLink("ABCDEF")).toBe("http://localhost/q/ABCDEF");
    sent = { host: "[::1]:3000" };
    expect(await joinLink("ABCDEF")).toBe("http://[::1]:3000/q/ABCDEF");
  });
});
