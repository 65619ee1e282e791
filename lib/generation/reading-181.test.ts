// Causes found by blind reading 181 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { statementOf } from "./types/main-idea";

describe("reading 181", () => {
  it("cuts a dateline in ordinary case with its date and agency (\"Kabul, July 29 (EFE).-\")", () => {
    expect(statementOf("Lima, March 3 (EFE).- At least 12 people died when a bus left the road.", "en")).toBe("At least 12 people died when a bus left the road.");
    expect(statementOf("Dakar, 4 avril (AFP) - Le président a dissous l'Assemblée nationale.", "fr")).toBe("Le président a dissous l'Assemblée nationale.");
    // A place and an apposition are no dateline.
    expect(statementOf("Lima, the capital, was calm on Monday after the vote.", "en")).toBe("Lima, the capital, was calm on Monday after the vote.");
  });
});
