// Causes found by blind readings 98 and 99 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { misspellings } from "../analysis/lexicon/spelling";
import { subjectCommaSlip } from "./slips";
import { optionOf } from "./types/main-idea";

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
    // A short word the article never writes whole could be anything ("reaty"); a long one the word
    // list knows whole is read as the slip it is (reading 188: "ommittee").
    expect(misspellings("The two ministers signed a reaty on trade.", "en", new Map([["signed", 1]]))).toEqual([]);
    expect(misspellings("The two ministers signed greements on trade.", "en", new Map([["signed", 1]]))).toEqual([{ word: "greements", meant: "agreements" }]);
  });
});

describe("reading 99: a main-idea option keeps its grammar when its date is cut", () => {
  it("cuts 'late on Friday' whole", () => {
    expect(optionOf("The leak in the water main occurred late on Friday about two miles south of the town.", "en", 2011))
      .toBe("The leak in the water main occurred about two miles south of the town.");
  });
  it("keeps a date the verb needs ('was late on Friday' is no aside)", () => {
    expect(optionOf("The night train from Vienna to Munich was late on Friday.", "en", 2011)).toContain("late on Friday");
  });
});
