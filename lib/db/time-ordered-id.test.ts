import { describe, expect, it } from "vitest";
import { timeOrderedId } from "./time-ordered-id";

describe("timeOrderedId", () => {
  it("is a version-7 UUID that sorts by time", () => {
    const a = timeOrderedId(Date.UTC(2026, 11, 1, 12, 0, 0));
    const b = timeOrderedId(Date.UTC(2026, 11, 1, 12, 0, 1));
    for (const id of [a, b]) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
    expect(a.slice(0, 13).replace("-", "")).toBe(Date.UTC(2026, 11, 1, 12, 0, 0).toString(16).padStart(12, "0"));
  });

  it("never repeats, within one millisecond and across refills of its random pool", () => {
    const ids = Array.from({ length: 5000 }, () => timeOrderedId(1_000));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
