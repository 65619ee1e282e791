// Causes found by blind reading 184 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";

describe("reading 184", () => {
  it("treats how long a festival, a fair or a tournament runs as the setting", () => {
    const fr = analyzeArticle("Le jury a couronné un film japonais. Après neuf jours de compétition, le festival de Cannes s'est achevé samedi soir. Le prix du jury est allé à un film belge.", { language: "fr" });
    expect(settingFigure(numberCloze(fr, "Après neuf jours de compétition, le festival de Cannes s'est achevé samedi soir.", "neuf"), "fr")).toBe("the length of a scheduled event");
    const en = analyzeArticle("A Welsh farmer won the top prize. The 11-day fair closed on Sunday with a record crowd. Organisers thanked the volunteers.", { language: "en" });
    expect(settingFigure(numberCloze(en, "The 11-day fair closed on Sunday with a record crowd.", "11"), "en")).toBe("the length of a scheduled event");
    // How long a search or a strike lasted is its news.
    const news = analyzeArticle("Rescuers found the climber alive. After nine days of searching, the team reached the crevasse on Monday. He was flown to hospital.", { language: "en" });
    expect(settingFigure(numberCloze(news, "After nine days of searching, the team reached the crevasse on Monday.", "nine"), "en")).toBeNull();
  });
});
