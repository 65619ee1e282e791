// Causes found by blind reading 168 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";

describe("reading 168", () => {
  it("refuses a figure that the other figure and the change in percent give", () => {
    const s = "Au total, 8.400 personnes ont consulté un médecin, contre 6.000 la semaine d'avant, soit une hausse de 40%.";
    const a = analyzeArticle(`L'épidémie progresse. ${s} La situation reste tendue.`, { language: "fr" });
    for (const key of ["8.400", "6.000", "40%"]) {
      expect(numberRefusal(kitFor(a).full, numberCloze(a, s, key))).toBe("two figures and the change in percent give the third");
    }
    // Without the change, the earlier figure is an option's bound, not the key.
    const t = "Au total, 8.400 personnes ont consulté un médecin, contre 6.000 la semaine d'avant.";
    const b = analyzeArticle(`L'épidémie progresse. ${t} La situation reste tendue.`, { language: "fr" });
    expect(numberRefusal(kitFor(b).full, numberCloze(b, t, "8.400"))).not.toBe("two figures and the change in percent give the third");
  });

  it("takes a threshold (\"magnitude 4.5 or greater\") for a figure of the setting", () => {
    const s = "The survey reported more than a dozen aftershocks of magnitude 4.5 or greater in the region.";
    const a = analyzeArticle(s, { language: "en" });
    expect(settingFigure(numberCloze(a, s, "4.5"), "en")).toBe("a threshold");
    // "and more than" starts another count.
    const t = "L'accident a fait 79 morts et plus de 140 blessés dans la banlieue.";
    const b = analyzeArticle(t, { language: "fr" });
    expect(settingFigure(numberCloze(b, t, "79"), "fr")).not.toBe("a threshold");
  });

  it("asks no 'by whom' when the name only describes the agent (\"by Arizona researchers\")", () => {
    const text = `A NASA spacecraft that was recently brought out of hibernation has found a new asteroid.

The spacecraft, named the Wide-field Infrared Survey Explorer, was reactivated to find hazardous objects approaching Earth.

The asteroid was observed several times on Dec. 29, before it moved out of range. The observation was confirmed by University of Arizona researchers using the Spacewatch telescope at Kitt Peak National Observatory.

The Jet Propulsion Laboratory manages the mission for NASA. Scientists said the asteroid is not a threat to Earth.`;
    const qs = generateQuiz({ text, title: "Rebooted spacecraft discovers asteroid", date: "2014-01-08", count: 20 }).questions;
    expect(qs.some((q) => /by whom/iu.test(q.prompt) && /researchers using/u.test(q.prompt))).toBe(false);
  });
});
