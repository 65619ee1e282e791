// Causes found by blind reading 98 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { misspellings } from "../analysis/lexicon/spelling";
import { subjectCommaSlip } from "./slips";

describe("reading 98: slips of the article a question would copy", () => {
  it("finds a comma between a subject and its verb after a one-word opener", () => {
    expect(subjectCommaSlip("Convaincu, le procureur général, avait requis douze ans de prison contre l'accusé.")).toBe(true);
    expect(subjectCommaSlip("Convaincu, le procureur général avait requis douze ans de prison contre l'accusé.")).toBe(false);
    // An apposition has its own commas.
    expect(subjectCommaSlip("Hier, le maire, Jean Dupont, a inauguré la salle.")).toBe(false);
  });

  it("finds a word whose first letter was dropped, when the article writes it whole", () => {
    const article = new Map([["agreements", 1], ["signed", 1]]);
    expect(misspellings("The two ministers signed greements on trade.", "en", article)).toEqual([{ word: "greements", meant: "agreements" }]);
    // Not when the article never writes the whole word: "greements" could be anything.
    expect(misspellings("The two ministers signed greements on trade.", "en", new Map([["signed", 1]]))).toEqual([]);
  });
});
