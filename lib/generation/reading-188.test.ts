// Causes found by blind reading 188 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { misspellings } from "../analysis/lexicon/spelling";
import { possessiveWithoutApostrophe } from "./slips";

describe("reading 188", () => {
  it("reads a long word with its first letter lost as a slip, even where the article never writes it whole", () => {
    expect(misspellings("approved by the steering ommittee on Monday", "en", new Map()).map((m) => m.meant)).toEqual(["committee"]);
    expect(misspellings("approved by the steering committee on Monday", "en", new Map())).toEqual([]);
  });

  it("reads a place with an \"s\" glued on for its possessive as a slip", () => {
    const text = "Kenya held elections on Tuesday. Having lost Kenyas last two elections, the opposition leader won.";
    expect(possessiveWithoutApostrophe("Having lost Kenyas last two elections, the opposition leader won.", text)).toBe(true);
    expect(possessiveWithoutApostrophe("Leaders of the Americas met in Lima.", "Leaders of the Americas met in Lima. America sent a delegation.")).toBe(false);
    expect(possessiveWithoutApostrophe("Having lost Kenya's last two elections, the opposition leader won.", text)).toBe(false);
  });
});
