import { describe, expect, it } from "vitest";
import { isCalendarDate, leadingCalendarDate } from "@/lib/quiz/calendar-date";
import { ArticleMetaSchema } from "@/lib/server/articles/article-meta";

describe("calendar dates", () => {
  it("accepts real days only (no rollover of 2024-02-30 to 1 March)", () => {
    for (const ok of ["2024-02-29", "2023-12-31", "2000-02-29", "1999-01-01"]) expect(isCalendarDate(ok)).toBe(true);
    for (const bad of ["2024-02-30", "2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-05", "2024-01-05T00:00:00Z", ""]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
    expect(leadingCalendarDate("2024-01-05T10:00:00Z")).toBe("2024-01-05");
    expect(leadingCalendarDate("2024-02-30T10:00:00Z")).toBeNull();
    expect(leadingCalendarDate(null)).toBeNull();
  });

  it("the article form refuses an impossible date instead of storing another day", () => {
    expect(ArticleMetaSchema.safeParse({ date: "2024-02-30" }).success).toBe(false);
    expect(ArticleMetaSchema.safeParse({ date: "2024-02-29" }).data?.date).toBe("2024-02-29");
    expect(ArticleMetaSchema.safeParse({ date: "" }).success).toBe(true);
  });
});
