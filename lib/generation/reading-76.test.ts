// Causes found by blind reading 76 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { countCue } from "./count-cues";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";
import { verifyCandidate } from "./verify";

describe("reading 76: figures the prompt works out", () => {
  const fr = analyzeArticle("La joueuse a gagné la finale.", { language: "fr" });
  it("refuses a share a fraction in the prompt gives (« un 4/13 soit seulement _____ de réussite »)", () => {
    expect(countCue(numberCloze(fr, "Elle a terminé avec un 4/13 soit seulement 31 % de réussite sur sa première balle.", "31 %"), "fr"))
      .toBe("a fraction in the prompt gives the share");
  });

  it("refuses a count its breakdown adds up to (« _____ cas, dont 15 … et un … »)", () => {
    expect(countCue(numberCloze(fr, "16 nouveaux cas de dengue ont été identifiés à la Réunion, dont 15 cas autochtones et un cas importé.", "16"), "fr"))
      .toBe("the parts after the blank add up to it");
    expect(countCue(numberCloze(fr, "16 nouveaux cas de dengue ont été identifiés à la Réunion, dont 12 cas autochtones.", "16"), "fr")).toBeNull();
  });

  it("reads 'about _____ p.m. Thursday' as a clock time", () => {
    const en = analyzeArticle("Hikers were found.", { language: "en" });
    expect(settingFigure(numberCloze(en, "Dispatchers received a call about the overdue hikers about 7 p.m. Thursday.", "7"), "en")).toBe("a clock or elapsed time");
  });
});

describe("reading 76: one person twice among the options", () => {
  it("refuses 'Choi' beside 'Choi Young Jin'", () => {
    const a = analyzeArticle("South Korean Foreign Minister Choi Young Jin met Paek Nam Sun and Madeleine Albright in Bangkok. Lee Joung Binn also attended the talks.", { language: "en" });
    const ev = "“This is an introductory meeting but an historic one,” Choi said.";
    const c = { ...numberCloze(a, ev, "1"), kind: "multiple_choice", prompt: "Who said: “This is an introductory meeting but an historic one”?",
      answer: "Paek Nam Sun", choices: ["Choi", "Choi Young Jin", "Paek Nam Sun", "Madeleine Albright"], meta: { slot: "quote" } } as never;
    expect(verifyCandidate(a as never, c)).toBe("two options name the same person");
  });
});
