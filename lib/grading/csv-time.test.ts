import { describe, expect, it } from "vitest";
import { csvLocalTime, validTimeZone } from "./csv-time";

describe("times in CSV exports", () => {
  const winter = new Date("2026-03-02T08:05:07.900Z");
  const summer = new Date("2026-07-14T21:30:00Z");

  it("writes the teacher's local wall time with its offset, daylight saving included", () => {
    expect(csvLocalTime(winter, "Europe/Paris")).toBe("2026-03-02T09:05:07+01:00");
    expect(csvLocalTime(summer, "Europe/Paris")).toBe("2026-07-14T23:30:00+02:00");
    expect(csvLocalTime(summer, "America/Montreal")).toBe("2026-07-14T17:30:00-04:00");
    expect(csvLocalTime(winter, "Asia/Kolkata")).toBe("2026-03-02T13:35:07+05:30");
    expect(csvLocalTime(summer, "Pacific/Noumea")).toBe("2026-07-15T08:30:00+11:00");
    expect(csvLocalTime(winter, "UTC")).toBe("2026-03-02T08:05:07+00:00");
  });

  it("names the same instant whatever the zone (offset applied back gives the UTC time)", () => {
    for (const zone of ["Europe/Paris", "America/Los_Angeles", "Asia/Tokyo", "Australia/Adelaide", "America/St_Johns"]) {
      const text = csvLocalTime(summer, zone);
      expect(new Date(text).getTime(), zone).toBe(summer.getTime());
    }
  });

  it("leaves missing or invalid dates empty", () => {
    expect(csvLocalTime(null, "Europe/Paris")).toBe("");
    expect(csvLocalTime(new Date(Number.NaN), "Europe/Paris")).toBe("");
  });

  it("accepts only zones Intl knows, and refuses anything else", () => {
    expect(validTimeZone("Europe/Paris")).toBe("Europe/Paris");
    expect(validTimeZone("UTC")).toBe("UTC");
    // Intl may answer with the canonical name of an alias.
    expect(validTimeZone("America/Argentina/Buenos_Aires")).toMatch(/Buenos_Aires$/);
    for (const bad of [null, undefined, "", "Mars/Olympus", "Europe/Paris\nSet-Cookie: x", "../../etc/passwd", "x".repeat(65), "<script>", "Europe/Paris;DROP"]) {
      expect(validTimeZone(bad), String(bad)).toBeNull();
    }
  });
});
