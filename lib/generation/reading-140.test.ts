// Causes found by blind reading 140 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { settingFigure } from "./setting-figures";
import { feminineArticleSlip } from "./slips";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";
import { onSecond } from "./reading-fixtures";

describe("reading 140", () => {
  it("finds « une » before a masculine noun, not before an adjective, a role or « autre »", () => {
    expect(feminineArticleSlip("Une troupeau de dix globicéphales s'est échoué sur la plage.")).toBe(true);
    expect(feminineArticleSlip("Une vaste opération est déclenchée en France.")).toBe(false);
    expect(feminineArticleSlip("Une autre baleine a été vue, et une ministre est venue.")).toBe(false);
    expect(feminineArticleSlip("Un troupeau de dix globicéphales s'est échoué.")).toBe(false);
  });

  it("refuses a count a negation close before it scopes over, not one whose verb is denied", () => {
    const text = "South Africa won the final. No one had ever won four Rugby World Cup titles.";
    const neg = onSecond(text, "South Africa win", "en", "Fill in the right number: “No one had ever won _____ Rugby World Cup titles.”", "four", ["four", "three", "five", "seven"]);
    expect(numberRefusal(neg.a, neg.c)).toBe("a negative statement holds for other figures too");
    const verdict = onSecond("The trial ended. The jury found him not guilty on all 10 counts.", "Verdict", "en", "Fill in the right number: “The jury found him not guilty on all _____ counts.”", "10", ["10", "6", "12", "18"]);
    expect(numberRefusal(verdict.a, verdict.c)).not.toBe("a negative statement holds for other figures too");
    const subject = onSecond("Le voilier a chaviré. Les sept personnes à bord ne parviennent pas à localiser l'annexe.", "Voilier", "fr", "Complétez avec le bon nombre : « Les _____ personnes à bord ne parviennent pas à localiser l'annexe. »", "sept", ["sept", "six", "huit", "neuf"]);
    expect(numberRefusal(subject.a, subject.c)).not.toBe("a negative statement holds for other figures too");
  });

  it("keeps options above a headline's lower bound on the key's noun", () => {
    const text = "Un naufrage a eu lieu au large de Lampedusa. Les garde-côtes italiens ont de leur côté fait état de 21 disparus. Sept personnes ont survécu.";
    const a = kitFor(analyzeArticle(text, { language: "fr", title: "Italie : au moins 20 migrants disparus dans un naufrage" })).full;
    const m = a.numbers.find((x) => x.value === 21)!;
    for (const seed of [1, 2, 3, 4]) expect(numericDistractors(a, m, rngFor(seed, "n"), 3).map(Number).every((x) => x >= 20)).toBe(true);
  });

  it("takes a bloc's membership and the players a sending-off leaves as figures of the setting", () => {
    const bloc = onSecond("Ramaphosa was sworn in on Saturday. Leaders of SADC countries, a bloc of 16 countries, attended the ceremony.", "Ramaphosa sworn in", "en",
      "Fill in the right number: “Leaders of SADC countries, a bloc of _____ countries, attended the ceremony.”", "16", ["16", "12", "15", "20"]);
    expect(settingFigure(bloc.c, "en")).toBe("the members of a bloc");
    const men = onSecond("South Africa won the final. Cane was shown a red card, and New Zealand were down to 14 men for the second half.", "Final", "en",
      "Fill in the right number: “Cane was shown a red card, and New Zealand were down to _____ men for the second half.”", "14", ["14", "13", "16", "12"]);
    expect(settingFigure(men.c, "en")).toBe("the players left after a sending-off");
    // Men counted outside a match stay.
    const crew = onSecond("A boat sank off the coast. Rescuers saved 14 men from the water on Sunday.", "Boat sinks", "en",
      "Fill in the right number: “Rescuers saved _____ men from the water on Sunday.”", "14", ["14", "10", "18", "12"]);
    expect(settingFigure(crew.c, "en")).toBeNull();
  });
});
