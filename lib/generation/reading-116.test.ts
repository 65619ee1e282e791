// Causes found by blind readings 116 and 117 (held-out texts; not copied here): each test states
// the rule on a text of its own.
import { describe, expect, it } from "vitest";
import { segmentSentences } from "../analysis/sentences";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { numberRefusal } from "./number-refusals";
import { kitFor } from "./question-kit";
import type { Candidate } from "./template";
import { brokenMarks, pronounBeforeGerund } from "./slips";

describe("readings 116 and 117", () => {
  it("cuts an outlet's name in capitals glued to a hyphen, with its expansion in brackets", () => {
    expect(segmentSentences("TASNIMA (Tehran International News Agency)- The city council has approved a new budget for its parks and libraries.", "en")[0].text)
      .toBe("The city council has approved a new budget for its parks and libraries.");
    expect(segmentSentences("NEWSROOM- The city council has approved a new budget for its parks and libraries.", "en")[0].text)
      .toBe("The city council has approved a new budget for its parks and libraries.");
    // A hyphenated name opening a sentence is no credit.
    expect(segmentSentences("COVID-19 cases rose again in the city council's district last week, officials said.", "en")[0].text)
      .toBe("COVID-19 cases rose again in the city council's district last week, officials said.");
  });

  it("finds a subject pronoun before an -ing form, an age without 'year', leftover asterisks", () => {
    expect(pronounBeforeGerund("Le pleaded guilty in 2010, admitting that he smuggling birds into the country.")).toBe(true);
    for (const ok of ["They bring the birds home.", "He was smuggling birds.", "We spring into action.", "It is raining."]) expect(pronounBeforeGerund(ok), ok).toBe(false);
    expect(brokenMarks("The 31-old writer served in Iraq.")).toBe(true);
    expect(brokenMarks("The _____-old writer served in Iraq.")).toBe(true);
    expect(brokenMarks("He writes for the ****New Yorker.")).toBe(true);
    expect(brokenMarks("The 31-year-old writer served in Iraq.")).toBe(false);
  });

  it("asks no count of a kind of thing whose items the prompt lists after 'of'", () => {
    const text = `The National Poetry Foundation handed out its annual awards on Wednesday night in New York. In a ceremony at the Grand Hall, the awards were presented to authors in four main categories of fiction, non-fiction, poetry and young adult literature. The fiction prize went to Phil Klay for his first book of short stories. The foundation said more than 1,500 books had been submitted this year. Each winner receives 10,000 dollars and a bronze sculpture. The awards were first given in 1950. The ceremony was broadcast live on the foundation's website.`;
    const qs = generateQuiz({ text, title: "Poetry Foundation names its award winners", date: "2014-11-20", count: 20 }).questions;
    expect(qs.some((q) => q.prompt.includes("_____ main categories"))).toBe(false);
  });

  it("does not ask a count that a main idea's ordinal prints ('the 14th new calf')", () => {
    const text = `A new right whale calf and its mother were spotted near the Florida coast on Monday, the 14th new calf of the season. So far this calving season, 14 new calves have been spotted by aerial survey teams. The mother, known as Catalog 3157, is 21 years old and this is her third calf. Scientists say 20 newborns would make a productive season. Fewer than 350 North Atlantic right whales remain, according to federal estimates. Boat strikes and fishing gear are the main threats to the species. Boaters are asked to stay at least 500 yards away from the whales.`;
    const qs = generateQuiz({ text, title: "New right whale calf spotted off Florida", date: "2022-02-01", count: 20 }).questions;
    const mainIdea = qs.find((q) => q.skill === "main_idea");
    const countCloze = qs.find((q) => q.prompt.includes("_____ new calves"));
    expect(!!mainIdea && String(mainIdea.answer).includes("14th") && !!countCloze).toBe(false);
  });

  it("reads a headline's '$7,340' as the key '$7,340' (reading 117)", () => {
    const text = `A Westbrook woman was sentenced on Tuesday in federal court for her role in a money mule scheme that stole disaster relief funds. The woman, 43, received stolen funds in her bank account and sent them overseas to people she met online. She was also ordered to pay $7,340 in restitution to the Federal Emergency Management Agency. She was sentenced to three years of probation. The scheme targeted relief payments made after hurricanes in 2020. Investigators said at least 12 people in the state had acted as money mules in the scheme. Prosecutors said many mules do not know they are helping criminals.`;
    const qs = generateQuiz({ text, title: "Westbrook Woman Sentenced for Role in Money Mule Scam, Ordered to Pay FEMA $7,340 in Restitution", date: "2021-05-04", count: 20 }).questions;
    expect(qs.some((q) => q.answer === "$7,340")).toBe(false);
    const title = "Westbrook Woman Sentenced for Role in Money Mule Scam, Ordered to Pay FEMA $7,340 in Restitution";
    const a = kitFor(analyzeArticle(text, { language: "en", title })).full;
    const s = a.sentences.find((x) => x.text.includes("$7,340"))!;
    const c = { kind: "multiple_choice", category: "comprehension", source: "article", skill: "detail", template: "numeric", score: 0.9, difficulty: 1,
      prompt: "Fill in the right number: “She was also ordered to pay _____ in restitution to the Federal Emergency Management Agency.”",
      choices: ["$7,340", "$11,600", "$8,370", "$6,310"], answer: "$7,340", evidence: { text: s.text, start: s.start, end: s.end },
      explanation: "…", sentenceIndex: s.index, meta: { slot: "number" } } as Candidate;
    expect(numberRefusal(a, c)).toBe("answer given by the title");
  });
});
