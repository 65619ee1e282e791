// Causes found by blind reading 75 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { pointsBack } from "./anaphora";
import { compressStatement } from "./compress";

describe("reading 75: options read alone", () => {
  it("reads « Deux de ses complices … » and 'Two of his accomplices …' as pointing back", () => {
    expect(pointsBack("Deux de ses complices ont été condamnés à des peines plus légères.", "fr")).toBe(true);
    expect(pointsBack("Two of his accomplices were given lighter sentences on Friday.", "en")).toBe(true);
    expect(pointsBack("Deux des complices du braqueur ont été condamnés à des peines plus légères.", "fr")).toBe(false);
  });

  it("cuts « ce jeudi » before « contre », and writes a newspaper's 'THE' as 'The'", () => {
    expect(compressStatement("Des peines de prison ont été prononcées à Lyon ce jeudi contre les neuf protagonistes d'un braquage violent.", "fr"))
      .toBe("Des peines de prison ont été prononcées à Lyon contre les neuf protagonistes d'un braquage violent.");
    expect(compressStatement("THE Philippine Coast Guard has rescued four fishermen floating at sea near an island village.", "en"))
      .toBe("The Philippine Coast Guard has rescued four fishermen floating at sea near an island village.");
  });
});
