import { describe, expect, it } from "vitest";
import { parseDeadline } from "./quiz-deadline";

describe("parseDeadline", () => {
  const now = new Date("2026-12-01T10:00:00Z");
  it("reads an empty field as no deadline", () => {
    expect(parseDeadline("", now)).toEqual({ ok: true, closesAt: null });
    expect(parseDeadline(null, now)).toEqual({ ok: true, closesAt: null });
  });
  it("accepts a future instant within a year", () => {
    expect(parseDeadline("2026-12-01T12:30:00.000Z", now)).toEqual({ ok: true, closesAt: new Date("2026-12-01T12:30:00Z") });
  });
  it("refuses the past, garbage and the far future", () => {
    for (const bad of ["2026-12-01T09:59:00.000Z", "invalid", "2028-01-01T00:00:00Z", 42, "x".repeat(41)]) {
      expect(parseDeadline(bad, now)).toEqual({ ok: false });
    }
  });
});
