// Causes found by blind reading 71 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";

describe("reading 71: datelines", () => {
  it("cuts 'CAMBRIDGE, Mass.—' and 'Washignton: ' opening a paragraph, not « Résultat : la … »", () => {
    const first = (t: string, language: "fr" | "en") => analyzeArticle(t, { language }).sentences[0].text;
    expect(first("CAMBRIDGE, Mass.—The U.S. Rowing eight won the race on Sunday in a record time.\n\nIt was close.", "en"))
      .toBe("The U.S. Rowing eight won the race on Sunday in a record time.");
    expect(first("Washignton: For the first time in more than 12 months, prices rose less than expected.\n\nMore.", "en"))
      .toBe("For the first time in more than 12 months, prices rose less than expected.");
    expect(first("Résultat : la France a gagné le match contre le Brésil hier soir.\n\nAutre.", "fr"))
      .toBe("Résultat : la France a gagné le match contre le Brésil hier soir.");
  });
});

describe("reading 71: figures", () => {
  it("offers no figure the headline prints ('first time in 13 months' beside a key of 12)", () => {
    const text = "Firefighters said 70 people were evacuated from the building on Monday before the fire spread.";
    const offered = (title: string) => {
      const a = analyzeArticle(text, { language: "en", title });
      const m = a.numbers.find((x) => a.text.slice(x.numStart, x.numEnd) === "70")!;
      return new Set(Array.from({ length: 30 }, (_, seed) => numericDistractors(a as never, m, rngFor(seed, "t"), 3)).flat());
    };
    expect(offered("Fire in a tower block")).toContain("80");
    expect(offered("Fire in a tower block: 80 firefighters called")).not.toContain("80");
  });

  it("reads 'the event's _____-year history' as the setting", () => {
    const a = analyzeArticle("The crew won the race.", { language: "en" });
    expect(settingFigure(numberCloze(a, "The crew posted the second-fastest time in the event's 43-year history on Sunday.", "43"), "en")).toBe("an institution's age");
  });
});
