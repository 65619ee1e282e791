// Causes found by blind reading 174 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { whQuestionTemplate } from "./types/wh-question";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";

describe("reading 174", () => {
  it("offers whole rounds of golf for a count of holes", () => {
    const text = "The Canadian led the tournament from the start. She became the first player to hold a 36-hole lead at this course since 1998. She won by four shots.";
    const a = kitFor(analyzeArticle(text, { language: "en" })).full;
    const m = a.numbers.find((x) => x.value === 36)!;
    const options = numericDistractors(a, m, rngFor(7, "t"), 3).map((o) => Number(o.replace(/\D/gu, "")));
    expect(options.every((o) => [18, 54, 72].includes(o))).toBe(true);
  });

  it("asks about the first of two coordinated verbs only", () => {
    const text = `A jury in Duluth on Wednesday found hedge fund manager Carl Ness guilty on federal charges related to the misleading of investors whose funds he sent to businessman Mark Olen, who also was convicted of fraud.

Olen was convicted in 2015 and is serving a 20-year sentence.

Ness had told the jury he believed the investments were real. He faces up to 40 years in prison when he is sentenced in March.`;
    const a = analyzeArticle(text, { language: "en", title: "Jury convicts former bank manager" });
    const prompts = whQuestionTemplate.generate(a).map((c) => c.prompt);
    expect(prompts).toContain("According to the article, in what year was Olen convicted?");
    expect(prompts.some((p) => /convicted and is serving/u.test(p))).toBe(false);
  });

  it("takes \"Councilman\" before a name for a title, so the surname is one person's", () => {
    const text = `"The council cannot work like this," Councilman Peter Voss said at the meeting on Monday. Shortly after the vote, Councilman Voss asked for an audit of the city's accounts. The mayor did not attend the meeting.`;
    const a = analyzeArticle(text, { language: "en" });
    const people = a.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toEqual(["Peter Voss"]);
  });

  it("takes \"… Barracks\" for a place, not a person", () => {
    const a = analyzeArticle("The prize exhibition is on display at the Ebrington Barracks until 5 January, the organisers said.", { language: "en" });
    expect(a.entities.find((e) => e.name === "Ebrington Barracks")?.type).toBe("place");
  });
});
