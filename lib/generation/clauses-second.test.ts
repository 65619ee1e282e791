import { describe, expect, it } from "vitest";
import { secondClauseAt } from "./clauses";

// One splitter for the three places that keep one fact of a coordinated sentence: how-many and
// date questions (readings 26, 27) and ordering items.
describe("secondClauseAt", () => {
  it("finds a second count, hedged or in words", () => {
    const t = "were reported injured and more than 80 are missing";
    expect(t.slice(0, secondClauseAt(t, "en", ["count"]))).toBe("were reported injured");
    const f = "sont morts et seize ont été blessés";
    expect(f.slice(0, secondClauseAt(f, "fr", ["count"]))).toBe("sont morts");
    // The rest after a counted noun arrives trimmed: « (365 morts) et plus de 5.500 blessés ».
    expect(secondClauseAt("et plus de 5.500 blessés", "fr", ["count"])).toBe(0);
  });

  it("finds a new subject only when a verb follows it", () => {
    const t = "l’ensemble des poissons du 1er étang sont morts et la mortalité augmente en aval";
    expect(t.slice(0, secondClauseAt(t, "fr", ["subject"]))).toBe("l’ensemble des poissons du 1er étang sont morts");
    expect(secondClauseAt("les habitants de la ville et la région de Lyon", "fr", ["subject"])).toBe(-1);
  });

  it("finds a second predicate of the same subject, and only the kinds asked for", () => {
    const t = "le président a accepté la démission et s’est adressé à la nation";
    expect(t.slice(0, secondClauseAt(t, "fr", ["predicate"]))).toBe("le président a accepté la démission");
    expect(secondClauseAt(t, "fr", ["count"])).toBe(-1);
    const e = "the union accepted the offer and voted to end the strike";
    expect(e.slice(0, secondClauseAt(e, "en", ["predicate"]))).toBe("the union accepted the offer");
  });
});
