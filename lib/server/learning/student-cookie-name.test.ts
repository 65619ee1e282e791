import { describe, expect, it } from "vitest";
import { sessionCookieName } from "@/lib/server/auth/session-token";
import { studentCookieName } from "./student-cookie-name";

describe("student cookie name", () => {
  it("uses the __Host- prefix exactly when cookies are secure, like the teacher session", () => {
    expect(studentCookieName(true)).toBe("__Host-aq_student");
    expect(studentCookieName(false)).toBe("aq_student");
    expect(sessionCookieName(true).startsWith("__Host-")).toBe(studentCookieName(true).startsWith("__Host-"));
  });
});
