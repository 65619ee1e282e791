// Causes found by blind reading 59 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { segmentSentences } from "../analysis/sentences";
import { pointsBack } from "./anaphora";
import { optionOf } from "./types/main-idea";

describe("reading 59: options cut or leaning on the sentence before", () => {
  it("cuts a date-only dateline (\"Sept. 11 (UPI) --\")", () => {
    expect(segmentSentences("Sept. 11 (UPI) -- Leaders in China and India have reached a five-point agreement in the border dispute.", "en")[0].text)
      .toMatch(/^Leaders in China/u);
  });
  it("drops \"last Thursday\" whole, never leaving \"last\"", () => {
    expect(optionOf("Five people died during a violent thunderstorm last Thursday on the Slovak side of the mountain.", "en", 2019)).not.toMatch(/storm last/u);
  });
  it("reads \"About 150 others were wounded\" as pointing back", () => {
    expect(pointsBack("About 150 others were wounded by shards of stone.", "en")).toBe(true);
    expect(pointsBack("About 150 people were wounded by shards of stone.", "en")).toBe(false);
  });
});
