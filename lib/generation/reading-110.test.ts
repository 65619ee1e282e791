// Causes found by blind reading 110 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { segmentSentences } from "../analysis/sentences";
import { generateQuiz } from "./generate";

describe("reading 110", () => {
  it("accepts a speaker's name without its first initial ('D. James Baker' → 'James Baker')", () => {
    const text = `Hurricane season ends

The 2000 Atlantic hurricane season ended on Thursday with more storms than normal, NOAA said. "Just as NOAA's hurricane forecasters predicted, there were more storms than normal for the third consecutive year," said NOAA Administrator D. James Baker. Warm ocean water fed the storms, forecasters said. "Researchers feel we have now entered a more active period," said Stanley Goldenberg, a scientist at the hurricane research division. Mary Glackin, who directs the weather service, thanked the forecasters. Fourteen named storms formed during the season.`;
    const q = generateQuiz({ text, title: "Hurricane season ends", date: "2000-11-30", count: 20 }).questions.find((x) => x.answer === "D. James Baker");
    expect(q).toBeDefined();
    expect(q?.accepted).toEqual(expect.arrayContaining(["James Baker", "Baker"]));
  });

  it("cuts a dateline whose agency was lost from its parentheses ('HAWTHORNE ( — ')", () => {
    const [s] = segmentSentences("HAWTHORNE ( — SpaceX launched a communications satellite on Friday evening after several delays this week.", "en");
    expect(s.text).toBe("SpaceX launched a communications satellite on Friday evening after several delays this week.");
    // A parenthesis that goes on is text, not a dateline.
    expect(segmentSentences("Officials (including the mayor) — all of them — met on Friday evening after the vote.", "en")[0].text).toMatch(/^Officials/u);
  });
});
