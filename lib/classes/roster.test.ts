import { describe, expect, it } from "vitest";
import { parseRoster, ROSTER_MAX_CHARS, ROSTER_MAX_STUDENTS } from "./roster";
import { formatStudentCode, newStudentCode, normaliseStudentCode, STUDENT_CODE_LENGTH } from "./student-code";
import { JOIN_CODE_ALPHABET } from "@/lib/quiz/join-code";

describe("parseRoster", () => {
  it("trims, collapses spaces, drops blank lines and keeps each name once", () => {
    const r = parseRoster("  Léa   Martin \r\n\n\tNoah Petit\nlea martin\nLÉA MARTIN\r\nInès\n   \n");
    expect(r).toEqual({ ok: true, names: ["Léa Martin", "Noah Petit", "Inès"], duplicates: 2 });
  });

  it("skips names already in the class", () => {
    expect(parseRoster("Noah Petit\nZoé", ["noah petit"])).toEqual({ ok: true, names: ["Zoé"], duplicates: 1 });
  });

  it("refuses an empty list, a huge paste, too many students and an unreadable line", () => {
    expect(parseRoster("  \n\n ")).toMatchObject({ ok: false, error: "empty" });
    expect(parseRoster(undefined)).toMatchObject({ ok: false, error: "empty" });
    expect(parseRoster("a".repeat(ROSTER_MAX_CHARS + 1))).toMatchObject({ ok: false, error: "too_long" });
    const many = Array.from({ length: ROSTER_MAX_STUDENTS + 1 }, (_, i) => `Élève ${i}`).join("\n");
    expect(parseRoster(many)).toMatchObject({ ok: false, error: "too_many", limit: ROSTER_MAX_STUDENTS });
    expect(parseRoster("Élève 1", Array.from({ length: ROSTER_MAX_STUDENTS }, (_, i) => `X${i}`))).toMatchObject({ ok: false, error: "too_many" });
    expect(parseRoster(`Léa\n${"x".repeat(41)}`)).toEqual({ ok: false, error: "bad_line", line: 2, limit: 40 });
    expect(parseRoster("Léa\nZ\u0301\u0301\u0301\u0301\u0301\u0301")).toMatchObject({ ok: false, error: "bad_line", line: 2 });
  });

  it("treats a list of only known names as nothing new, not as empty", () => {
    expect(parseRoster("Zoé", ["Zoé"])).toEqual({ ok: true, names: [], duplicates: 1 });
  });
});

describe("student codes", () => {
  it("are 8 characters of the unambiguous alphabet and read back when typed loosely", () => {
    const codes = new Set(Array.from({ length: 2000 }, newStudentCode));
    expect(codes.size).toBe(2000);
    for (const c of codes) {
      expect(c).toHaveLength(STUDENT_CODE_LENGTH);
      for (const ch of c) expect(JOIN_CODE_ALPHABET).toContain(ch);
      expect(normaliseStudentCode(formatStudentCode(c).toLowerCase())).toBe(c);
      expect(normaliseStudentCode(` ${c.slice(0, 4)} ${c.slice(4)} `)).toBe(c);
    }
  });

  it("refuses anything that cannot be a code", () => {
    for (const bad of ["", "ABC", "ABCDEFGHJ", "ABCD-EFG0", "ABCDEFGI", 42, null, "A".repeat(100)]) {
      expect(normaliseStudentCode(bad)).toBeNull();
    }
  });
});
