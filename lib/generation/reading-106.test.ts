// Causes found by blind reading 106 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { copiesSlip } from "./slips";
import { optionOf } from "./types/main-idea";
import { attributionWindow } from "./types/quote";

describe("reading 106", () => {
  it("finds a web page's link labels left in the text", () => {
    const a = analyzeArticle("The former mayor was sentenced on Tuesday.", { language: "en", title: "Mayor sentenced" });
    expect(copiesSlip(a, "[JURIST] The former mayor [Wikipedia profile] was sentenced on Tuesday.")).toBe(true);
    expect(copiesSlip(a, "The judge [official website] ordered him to pay $6,300 in fines.")).toBe(true);
    // An editor's word inside a quotation is the article's text.
    expect(copiesSlip(a, "\"He said [the plan] would work,\" the mayor said.")).toBe(false);
  });

  it("cuts 'on Thursday local time' whole from an option", () => {
    expect(optionOf("The rebel commander told reporters at the river bridge on Thursday local time that the convoy had been stopped.", "en", 2003))
      .not.toMatch(/bridge local time/u);
  });

  it("shows the sentence naming the speaker and the one holding the quotation", () => {
    const ev = "The head of the force, Kenyan General Joseph Mwangi, said his troops would set up permanent garrisons in three towns by the end of the year and would station forces in the capital in the coming days. " +
      "The deployment had been delayed for weeks by rains that cut the main roads to the north of the country, officials said. " +
      "\"We have the resolve and the energy to begin stretching out, and this is why we are deploying now,\" he said.";
    const w = attributionWindow(ev, "Joseph Mwangi", 300, "We have the resolve and the energy to begin stretching out, and this is why we are deploying now");
    expect(w).toContain("Joseph Mwangi");
    expect(w).toContain("We have the resolve");
    expect(w).toContain(" … ");
  });
});
