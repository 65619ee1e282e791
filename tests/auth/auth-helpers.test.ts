import { describe, expect, it } from "vitest";
import { clientIp, UNKNOWN_IP } from "@/lib/server/auth/client-ip";
import { safeNextPath } from "@/lib/server/auth/safe-next";
import { signUpSchema } from "@/lib/server/auth/credentials";
import { sessionState, SESSION_IDLE_MS } from "@/lib/server/auth/session-token";

describe("auth helpers", () => {
  it("trusts X-Forwarded-For only behind a proxy, taking the hop the proxy appended", () => {
    expect(clientIp("6.6.6.6", false)).toBe(UNKNOWN_IP);
    expect(clientIp("6.6.6.6, 10.0.0.7", true)).toBe("10.0.0.7");
    expect(clientIp(null, true)).toBe(UNKNOWN_IP);
  });

  it("keeps `next` on this site", () => {
    expect(safeNextPath("/teacher/quizzes/abc")).toBe("/teacher/quizzes/abc");
    for (const bad of ["//evil.test", "https://evil.test", "/\\evil.test", "javascript:alert(1)", undefined, 42, "/teacher/\ud800"]) expect(safeNextPath(bad)).toBe("/teacher");
  });

  it("percent-encodes anything in `next` that a Location header cannot carry", () => {
    expect(safeNextPath("/teacher/日本")).toBe("/teacher/%E6%97%A5%E6%9C%AC");
    expect(safeNextPath("/teacher/é a")).toBe("/teacher/%C3%A9%20a");
    expect(safeNextPath("/teacher/quizzes/abc?x=1#y")).toBe("/teacher/quizzes/abc?x=1#y");
  });

  it("classifies sessions by idle and absolute expiry", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    const later = new Date(now.getTime() + 1000);
    expect(sessionState({ expiresAt: later, lastSeenAt: now }, now)).toBe("valid");
    expect(sessionState({ expiresAt: later, lastSeenAt: new Date(now.getTime() - SESSION_IDLE_MS) }, now)).toBe("idle");
    expect(sessionState({ expiresAt: now, lastSeenAt: now }, now)).toBe("expired");
  });

  it("refuses a teacher name that draws nothing", () => {
    const base = { email: "a@example.org", password: "abcdefghijk" };
    for (const name of ["\u3164", "\u2800 \u2800", "   "]) expect(signUpSchema.safeParse({ ...base, name }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, name: " Mme  Durand " }).data?.name).toBe("Mme Durand");
  });
});
