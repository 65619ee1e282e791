// Causes found by blind reading 191 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { withoutDateline } from "./datelines";
import { kitFor } from "./question-kit";
import { mainIdeaCandidate } from "./types/main-idea";

describe("reading 191", () => {
  it("cuts a dateline closed by a colon, its place abbreviated or not", () => {
    expect(withoutDateline("Boston MA, May 3 : A new study of 400 genes has shown what they do.")).toBe("A new study of 400 genes has shown what they do.");
    expect(withoutDateline("Boston, the capital, was calm on Monday.")).toBe("Boston, the capital, was calm on Monday.");
  });

  it("keys no build-up under a headline telling a win the article tells later", () => {
    const text = "Rory Hale kept making birdies on the back nine Sunday at the Harbour Classic. Hale closed with a 6-under-par 65 for a two-stroke victory over Jon Mercer in the last event of the season. The prize money for the week reached a record for the tournament. Heavy rain delayed play for more than an hour on Saturday afternoon. About 20,000 fans followed the final round from the grandstands near the lake. Organisers said the tournament moves to a new course on the coast next year. Local hotels were fully booked for the whole week of the event.";
    const a = kitFor(analyzeArticle(text, { title: "Late birdie flurry carries Hale to Harbour Classic title", language: "en" })).full;
    expect(mainIdeaCandidate(a, 3)?.answer ?? "").not.toMatch(/kept making birdies/u);
  });
});
