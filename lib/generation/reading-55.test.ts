// Causes found by blind reading 55 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { unworthy } from "./select";
import { entityAccepted } from "./slots";
import { fullAnalysis, numberCloze } from "./test-analysis";
import { attributionWindow } from "./types/quote";
import { afterPersonPossessive } from "./types/stance";
import { optionOf, readableAlone, statementOf } from "./types/main-idea";

describe("reading 55: a duration the article's date gives", () => {
  const sentence = "It is the club's first title in 24 years since it last won the cup in 1982, and the fans celebrated all night.";
  it("does not ask the years between a printed year and the year of a dated article", () => {
    const dated = analyzeArticle(sentence, { language: "en", title: "Cup final", date: new Date("2006-07-10") });
    expect(unworthy(dated as never, numberCloze(dated, sentence, "24"))).toBe("the prompt's dates give the duration");
  });
  it("asks it when the article carries no date (the student cannot subtract)", () => {
    const undated = analyzeArticle(sentence, { language: "en", title: "Cup final", now: new Date("2006-07-10") });
    expect(unworthy(undated as never, numberCloze(undated, sentence, "24"))).not.toBe("the prompt's dates give the duration");
  });
});

describe("reading 55: organisations that are none", () => {
  const a = fullAnalysis("The Coast Guard said the call came around 11 a.m. (0100 UTC). Steve Irwin's Film Company confirmed the news on TV. " +
    "Italy's National Institute of Geophysics measured the quake. The Coast Guard sent a boat.", "en");
  it("does not type a time zone or an everyday abbreviation as an organisation", () => {
    expect(a.entities.find((e) => e.name === "UTC")?.type).not.toBe("org");
    expect(a.entities.find((e) => e.name === "TV")?.type).not.toBe("org");
  });
  it("takes a body named after a person's possessive for a cut name, not one after a country's", () => {
    const at = (name: string) => a.entityMentions.find((m) => a.text.slice(m.start, m.end) === name)?.start ?? a.text.indexOf(name);
    expect(afterPersonPossessive(a, at("Film Company"))).toBe(true);
    expect(afterPersonPossessive(a, at("National Institute of Geophysics"))).toBe(false);
  });
});

describe("reading 55: a speaker's name as the article titles it", () => {
  const a = fullAnalysis("U.S. District Judge Denny Chin read the sentence. Chin spoke for ten minutes. England's chief medical officer Sir Liam Donaldson welcomed the ban.", "en");
  const id = (name: string) => a.entities.find((e) => e.name === name)!.id;
  it("accepts the title the article writes before the name", () => {
    expect(entityAccepted(a, id("Denny Chin"), "Chin")).toEqual(expect.arrayContaining(["Judge Denny Chin", "Judge Chin"]));
    expect(entityAccepted(a, id("Liam Donaldson"), "Liam Donaldson")).toContain("Sir Liam Donaldson");
  });
  it("never a knight's title before the surname alone", () => {
    expect(entityAccepted(a, id("Liam Donaldson"), "Liam Donaldson")).not.toContain("Sir Donaldson");
  });
});

describe("reading 55: explanations and options that stop mid-clause", () => {
  it("ends a long attribution's window with the attribution's own clause", () => {
    const ev = `"${"The message must be sent that these crimes were extraordinarily serious and that this kind of manipulation is not merely a bloodless crime ".repeat(3)}on paper," said Chin, who added that the defendant had not been fully cooperative with the authorities.`;
    const w = attributionWindow(ev, "Chin");
    expect(w).toMatch(/said Chin …$/u);
    expect(w).not.toContain("who added");
  });
  it("keeps a French gerund with what it governs (« réagi en prononçant la dissolution »)", () => {
    expect(optionOf("À l'époque, le général avait immédiatement réagi en prononçant la dissolution de l'Assemblée nationale.", "fr", 2024))
      .toContain("en prononçant la dissolution");
  });
  it("drops a witness reporting from a statement (« a constaté un correspondant de l'AFP »)", () => {
    expect(statementOf("Arianespace a placé en orbite trois satellites, a constaté un correspondant de l'AFP.", "fr")).toBe("Arianespace a placé en orbite trois satellites.");
  });
  it("offers no example (« Par exemple : détecter … ») as a statement", () => {
    const a = fullAnalysis("Les satellites écoutent les radars. Par exemple : détecter des batteries de défense anti-aérienne ou des centres de communication ennemis partout dans le monde.", "fr");
    expect(readableAlone(a, a.sentences[1], 35)).toBe(false);
  });
});

describe("reading 55: the toll before the setting", () => {
  it("weighs an accident's deaths, written in words, above the count of firefighters", async () => {
    const { buildSlots } = await import("./slots");
    const a = fullAnalysis("Bilan : trois morts, dont un nourrisson, et des blessés graves. Les 28 pompiers et huit gendarmes mobilisés cette nuit sont encore sous le choc.", "fr");
    const slots = buildSlots(a, 1);
    const weight = (shown: string) => slots.find((x) => x.type === "number" && x.display === shown)!.weight;
    expect(weight("trois")).toBeGreaterThan(weight("28"));
    expect(weight("trois")).toBeGreaterThan(weight("huit"));
  });
});
