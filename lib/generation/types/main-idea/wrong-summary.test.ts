import { describe, expect, it } from "vitest";
import { fullAnalysis } from "../../test-analysis";
import { rngFor } from "../../random";
import { wrongSummary } from "./wrong-summary";
import { mainIdeaCandidate } from "./index";

describe("wrongSummary", () => {
  it("changes one figure of the key, written as the key writes it", () => {
    const a = fullAnalysis("La ministre de la Santé a annoncé 14 nouveaux cas d'infection par le virus en France vendredi.", "fr");
    const key = a.sentences[0];
    const shown = "La ministre de la Santé a annoncé 14 nouveaux cas d'infection par le virus en France vendredi.";
    const wrong = wrongSummary(a, key, shown, rngFor(1, "t"))!;
    expect(wrong).not.toBeNull();
    expect(wrong).not.toBe(shown);
    expect(wrong.replace(/\d+ nouveaux cas/u, "X nouveaux cas")).toBe(shown.replace("14 nouveaux cas", "X nouveaux cas"));
  });

  it("leaves a key with only a year or a date alone", () => {
    const a = fullAnalysis("The council approved the new budget on 12 March 2019 after a long debate in the city hall.", "en");
    expect(wrongSummary(a, a.sentences[0], a.sentences[0].text, rngFor(1, "t"))).toBeNull();
  });

  it("offers the changed key as a distractor and says so in the explanation", () => {
    const text = "Floods in the north of the country have killed 42 people since Monday, the government said on Friday. " +
      "Rescue teams from three regions were sent to the valley by helicopter. " +
      "The river rose by more than two metres in a single night in the town of Arden. " +
      "Schools in the region will stay closed until the end of the week. " +
      "The national weather office expects more rain over the coming days in the mountains. " +
      "Farmers in the plain say their harvest has been lost for the year. " +
      "The prime minister will visit the area on Saturday with the interior minister.";
    const a = fullAnalysis(text, "en", "Floods kill 42 in the north");
    const c = mainIdeaCandidate(a, 7)!;
    expect(c).not.toBeNull();
    const wrong = c.choices!.filter((x) => x !== c.answer && /people since Monday/u.test(x));
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).not.toMatch(/\b42\b/u);
    expect(c.explanation).toContain(wrong[0]);
  });
});
