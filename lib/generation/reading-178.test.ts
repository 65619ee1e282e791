// Causes found by blind reading 178 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { copiesSlip } from "./slips";

describe("reading 178", () => {
  it("takes a past tense after a verb of seeing, or after \"told … to\", for a slip of the article", () => {
    const a = analyzeArticle("A truck left the road.", { language: "en" });
    expect(copiesSlip(a, "Witnesses said they saw the truck fell into the river near the bridge.")).toBe(true);
    expect(copiesSlip(a, "Witnesses said they saw the truck fall into the river near the bridge.")).toBe(false);
    expect(copiesSlip(a, "The helicopter crew advised the fishermen to abandoned the boat before it sank.")).toBe(true);
    expect(copiesSlip(a, "The helicopter crew advised the fishermen to abandon the boat before it sank.")).toBe(false);
  });
});
