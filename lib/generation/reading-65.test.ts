// Causes found by blind reading 65 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { compressStatement } from "./compress";
import { doubledArticle } from "./slips";
import { unworthy } from "./select";
import { numberCloze } from "./test-analysis";
import { settingFigure } from "./setting-figures";

describe("reading 65: a Title Case headline's verb met in its past", () => {
  it("asks no main idea keyed on the meeting when the headline's signing comes later", () => {
    const text = `Northland FM, Southland Trade Secretary Sign Agreements

Northland Foreign Minister Anna Berg and Southland Trade Secretary Paul Novak met on Saturday on the sidelines of the regional summit in the northern port city of Varna.
The port city is hosting the summit for the first time, officials said.
President Ivan Dimov was unable to attend the summit due to an ongoing election campaign, so the country is represented by Novak.
At the start of their talks, Berg and Novak signed a memorandum on fishing, a joint statement on research as well as three agreements on border crossings.
Berg praised the memorandum, saying it set out mutual benefits for both countries in the entire range of issues.
Novak noted constructive results of joint efforts in past years, including the new treaty, more trade and investment and membership of the trade body.
Neither minister took questions from the press after the talks ended in the evening.`;
    const r = generateQuiz({ text, title: "Northland FM, Southland Trade Secretary Sign Agreements", language: "en", count: 20 });
    const main = r.questions.find((q) => q.skill === "main_idea");
    expect(main === undefined || /signed/.test(String(main.answer))).toBe(true);
  });
});

describe("reading 65: slips and times a key copied", () => {
  it("reads 'announced a proposed a fine' as an article typed twice", () => {
    expect(doubledArticle("The agency announced a proposed a $137,000 fine against the company.")).toBe(true);
    expect(doubledArticle("The agency announced a proposed fine of $137,000 against a company.")).toBe(false);
  });

  // 'last year' was cut too until reading 80: "after missing out at the quarterfinal stage" without
  // its "last year" misstated a side fact; it names another time than the news, and stays.
  it("drops 'today' between a subject and its past verb, not 'last year'", () => {
    expect(compressStatement("The state agency today announced a proposed fine against a heating oil company for a spill that polluted a wetland last year.", "en"))
      .toBe("The state agency announced a proposed fine against a heating oil company for a spill that polluted a wetland last year.");
  });
});

describe("reading 65: a full name and its last words are one person", () => {
  it("links « M. Simões Pereira » to « Domingo Simoes Pereira », not 'Brittney Reese' to 'American Brittney Reese'", () => {
    const fr = analyzeArticle("Son leader Domingo Simoes Pereira s'est adressé à ses partisans. « Nous célébrons », a déclaré M. Simões Pereira.", { language: "fr" });
    const full = fr.entities.find((e) => e.name === "Domingo Simoes Pereira");
    expect(fr.entityMentions.find((m) => m.text === "Simões Pereira")?.entityId).toBe(full?.id);
    const en = analyzeArticle("The gold went to American Brittney Reese in the long jump. “I needed more speed,” said Brittney Reese.", { language: "en" });
    const reese = en.entityMentions.find((m) => m.text === "Brittney Reese");
    expect(en.entities[reese!.entityId].name).toBe("Brittney Reese");
  });
});

describe("reading 65: a quantity restated in words after the blank", () => {
  it("refuses '_____ basis points (half a percent)'", () => {
    const a = analyzeArticle("The bank raised rates.", { language: "en" });
    const ev = "The bank adjusted interest rates upward by 50 basis points (half a percent) on Thursday.";
    expect(unworthy(a as never, numberCloze(a, ev, "50"))).toBe("the prompt gives the figure in another unit");
    const plain = "The bank adjusted interest rates upward by 50 basis points (a record) on Thursday.";
    expect(unworthy(a as never, numberCloze(a, plain, "50"))).not.toBe("the prompt gives the figure in another unit");
  });
});

describe("reading 65: a prison term is no age", () => {
  it("keeps « condamné à _____ ans de prison » and still reads « l'artiste de _____ ans » as an age", () => {
    const a = analyzeArticle("Le chanteur a été condamné.", { language: "fr" });
    expect(settingFigure(numberCloze(a, "Le chanteur Kris Wu a été condamné à 13 ans de prison, notamment pour viol.", "13"), "fr")).toBeNull();
    expect(settingFigure(numberCloze(a, "L'artiste de 32 ans a été condamné par le tribunal.", "32"), "fr")).toBe("a person's age");
  });
});
