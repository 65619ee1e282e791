// Causes found by blind reading 157 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";
import { onSecond } from "./reading-fixtures";
import { settingFigure } from "./setting-figures";
import { feminineArticleSlip, missingCommaBeforeIncise } from "./slips";
import { entityAccepted } from "./slots";

describe("reading 157 (and 156)", () => {
  it("takes « la » before a masculine noun for a slip, not a pronoun nor a role said of a woman", () => {
    expect(feminineArticleSlip("un naufragé, en l'occurrence, la patron du chalutier")).toBe(true);
    expect(feminineArticleSlip("la directeur du musée a parlé")).toBe(true);
    expect(feminineArticleSlip("la maire de la ville a parlé")).toBe(false);
    expect(feminineArticleSlip("on la contrôle chaque jour")).toBe(false);
    expect(feminineArticleSlip("la plupart des habitants")).toBe(false);
  });

  it("takes a clause run into a verb of saying without its comma for a slip (reading 156)", () => {
    expect(missingCommaBeforeIncise("Neuf personnes ont perdu la vie a indiqué à des journalistes le ministre.")).toBe(true);
    expect(missingCommaBeforeIncise("Neuf personnes ont perdu la vie, a indiqué le ministre.")).toBe(false);
    expect(missingCommaBeforeIncise("Les pompiers ont maîtrisé le feu qui a déclaré le propriétaire.")).toBe(false);
  });

  it("keeps a win by wickets within the ten a side has", () => {
    const a = kitFor(analyzeArticle("The Test ended on Saturday. West Indies defeated England by eight wickets in Grenada.", { language: "en", title: "West Indies win" })).full;
    const m = a.numbers.find((x) => x.value === 8)!;
    for (let seed = 1; seed <= 8; seed++) for (const o of numericDistractors(a, m, rngFor(seed, "n"), 3)) expect(["one", "two", "three", "four", "five", "six", "seven", "nine", "ten"]).toContain(o);
  });

  it("takes « ces _____ dernières années » for the span an introduction sets", () => {
    const { c } = onSecond("Des astronomes ont découvert six comètes. Ces trente dernières années, des milliers de planètes ont été découvertes.", "Six exocomètes", "fr",
      "Complétez avec le bon nombre : « Ces _____ dernières années, des milliers de planètes ont été découvertes. »", "trente", ["dix", "trente", "vingt", "quarante"]);
    expect(settingFigure(c, "fr")).toBe("a time counted back");
  });

  it("accepts a pastor's name without the title", () => {
    const a = kitFor(analyzeArticle("The hospital opened on Sunday. The nation needed peace, said Pastor Peter Osei Mensah.", { language: "en", title: "Hospital opens" })).full;
    const e = a.entities.find((x) => x.name.endsWith("Mensah"))!;
    expect(entityAccepted(a, e.id, e.name)).toContain("Peter Osei Mensah");
  });
});
