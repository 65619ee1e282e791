// Causes found by blind reading 100 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { nounGender } from "../analysis/lexicon/french-genders";
import { agreeParticiple } from "./french-inversion";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";
import type { Candidate } from "./template";

const en = analyzeArticle("The river was polluted on Thursday. Officials asked for help.", { language: "en", title: "River polluted" });
const cloze = (prompt: string, evidence: string, answer: string): Candidate => ({ ...numberCloze(en, evidence, answer), prompt });

describe("reading 100", () => {
  it("drops a place's parenthesis and colon opening the lede", () => {
    const a = analyzeArticle("Tarma (Peru): At least 12 people were killed when a truck fell into a ravine, officials said.\n\nRescuers searched the river.", { language: "en" });
    expect(a.sentences[0].text).toMatch(/^At least 12 people/u);
  });

  it("does not blank the last group of a figure written with spaces", () => {
    const ev = "Over 12 400 fish were found dead in the river on Thursday morning near the mill.";
    expect(numberRefusal(en, cloze("Fill in the right number: “Over 12 _____ fish were found dead in the river on Thursday morning near the mill.”", ev, "400"))).toBe("the blank cuts a figure");
  });

  it("reads a number word before 'of the _____' as a part of the whole", () => {
    const ev = "Fourteen of the sixteen economists polled by the agency expected rates to stay unchanged.";
    expect(numberRefusal(en, cloze("Fill in the right number: “Fourteen of the _____ economists polled by the agency expected rates to stay unchanged.”", ev, "sixteen")))
      .toBe("blank is the whole a part is counted out of");
  });
});

describe("reading 100: « combien de voix … a récoltées »", () => {
  it("knows the feminine nouns written alike in both numbers", () => {
    expect(nounGender("voix")).toBe("F");
    expect(agreeParticiple("combien de voix est-ce que la liste a obtenu", "voix")).toBe("combien de voix est-ce que la liste a obtenues");
  });
});
