import { describe, expect, it } from "vitest";
import { locateEvidence } from "./question-input";

describe("locateEvidence", () => {
  const article = "Le Premier ministre a démissionné.\nL’armée s’est retirée le 13\u202fjanvier.";
  it("finds evidence typed with a straight apostrophe and plain spaces", () => {
    const typed = "L'armée s'est retirée le 13 janvier.";
    const at = locateEvidence(article, typed);
    expect(at).not.toBeNull();
    expect(article.slice(at!.start, at!.end)).toBe("L’armée s’est retirée le 13\u202fjanvier.");
  });
  it("still finds exact text, prefers the given position, and refuses other text", () => {
    expect(locateEvidence(article, "Le Premier ministre a démissionné.", 0)).toEqual({ start: 0, end: 34 });
    expect(locateEvidence(article, "L’armée est partie.")).toBeNull();
  });
});
