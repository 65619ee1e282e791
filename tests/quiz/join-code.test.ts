import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode, normaliseJoinCode } from "@/lib/quiz/join-code";

describe("join codes", () => {
  it("draws codes from the look-alike-free alphabet", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
      seen.add(code);
    }
    // 31^6 codes: 2,000 draws should essentially never repeat.
    expect(seen.size).toBeGreaterThan(1995);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it("normalises what students type", () => {
    expect(normaliseJoinCode(" demo-22 ")).toBe("DEMO22");
    expect(normaliseJoinCode("DEM022")).toBe("DEMO22");
    expect(normaliseJoinCode("ab cd 23")).toBe("ABCD23");
    expect(normaliseJoinCode("??")).toBeNull();
    expect(normaliseJoinCode("<script>")).toBeNull();
  });
});
