// Causes found by blind reading 51 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { secondClauseAt } from "./clauses";
import { withoutDeicticTime } from "./compress";
import { TEMPLATES } from "./registry";
import { unworthy } from "./select";
import { settingFigure } from "./setting-figures";
import { fullAnalysis, numberCloze, numberOptions } from "./test-analysis";
import type { Candidate } from "./template";
import { confidentPerson } from "./verify";

describe("reading 51: sentences and clauses", () => {
  it("ends a sentence before one that opens on a figure and a lower-case word", () => {
    const a = analyzeArticle("Les gendarmes ont démantelé un trafic en Normandie et en Bretagne. 100 gendarmes ont procédé à 18 interpellations lundi. 10 ont été mis en examen.", { language: "fr", title: "Trafic" });
    expect(a.sentences.map((s) => s.text)).toEqual([
      "Les gendarmes ont démantelé un trafic en Normandie et en Bretagne.",
      "100 gendarmes ont procédé à 18 interpellations lundi.",
      "10 ont été mis en examen.",
    ]);
  });

  it("keeps both ends of 'between … and …' in a question", () => {
    const rest = "were on the walkway between the lodge and the boardwalk which circles the geyser";
    expect(secondClauseAt(rest, "en", ["subject"])).toBe(-1);
    expect(secondClauseAt("were injured and the driver was arrested", "en", ["subject"])).toBeGreaterThan(0);
  });
});

describe("reading 51: a clock time cut whole", () => {
  it("cuts « à 6h du matin » with its part of the day", () => {
    expect(withoutDeicticTime("ont procédé à 18 interpellations lundi 9 mai 2016 à 6h du matin", "fr")).toBe("ont procédé à 18 interpellations lundi 9 mai 2016");
  });
});

describe("reading 51: figures and options", () => {
  it("treats a weight told with « peser » as a thing's weight", () => {
    const fr = analyzeArticle("Une otarie est née au zoo.", { language: "fr", title: "Naissance" });
    expect(settingFigure(numberCloze(fr, "Cette petite femelle otarie pesait 6 kilogrammes à la naissance.", "6"), "fr")).toBe("a thing's weight");
  });

  it("writes the article's other figure as the article does ('$135 million', not '$135.0 million')", () => {
    const options = numberOptions("The company agreed to pay a $59.4 million criminal fine for its role in the conspiracy. It is the third to plead guilty, bringing the total fines to over $135 million in this case.", "en", "59.4");
    expect(options).toContain("$135 million");
    expect(options.some((o) => /\.0 /u.test(o))).toBe(false);
  });
});

describe("reading 51: voices", () => {
  it("does not ask who said a quote when no one else named could have said it", () => {
    const quoteOf = (words: string) => `President George Bush declared a major disaster in six counties of the state on Monday. “${words},” said Michael Brown, the agency’s director.`;
    const ask = (text: string) => {
      const a = fullAnalysis(text, "en", "Disaster aid");
      const quote = TEMPLATES.find((t) => t.name === "quote")!.generate(a).find((c) => c.kind === "short_answer") as Candidate | undefined;
      // Since reading 97 a person the quotation names is no option, so no candidate is made at all.
      return quote ? unworthy(a, quote) : "no candidate";
    };
    // Bush is named in the quotation: he is not the one speaking.
    expect(ask(quoteOf("President Bush understands what these storms did to the state and that is why he made aid available so quickly"))).toMatch(/^(?:the only person named said it|no candidate)$/u);
    const other = ask(quoteOf("We understand what these storms did to the state and that is why aid was made available so quickly"));
    expect(other).not.toBe("the only person named said it");
    expect(other).not.toBe("no candidate");
  });

  it("reads no title written alone, nor a city, as a person", () => {
    const a = fullAnalysis("“We are not done,” said Bill Baer, Assistant Attorney General in charge of the division. The company will pay its fine in Pierce City next month.", "en", "Fine");
    expect(confidentPerson(a, "Bill Baer")).toBe(true);
    expect(confidentPerson(a, "General")).toBe(false);
    expect(confidentPerson(a, "Pierce City")).toBe(false);
  });

  it("does not offer what 'the research found' under 'what did the study find?'", () => {
    const text = "A large global study of deaths was published on Thursday. The study found that heart disease and strokes caused more than a third of all deaths in 2010. The research found that far fewer people died of measles and tetanus in 2010 than in 1990. Officials in Geneva welcomed the report on Friday. Hospitals in Kenya have started new vaccination campaigns for children. Doctors in Brazil opened three new clinics in the north of the country.";
    const a = analyzeArticle(text, { language: "en", title: "Study of global deaths" });
    const study = TEMPLATES.find((t) => t.name === "stance")!.generate(a).find((c) => /what did the study find/u.test(c.prompt));
    expect(study).toBeDefined();
    expect(study!.choices!.some((c) => /measles/u.test(c))).toBe(false);
  });
});
