// Causes found by blind reading 150 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { pointsBack } from "./anaphora";
import { settingFigure } from "./setting-figures";
import { keysCrossed } from "./select";
import { onSecond } from "./reading-fixtures";

describe("reading 150", () => {
  it("takes 'all _____ members' for the whole of a body", () => {
    const { c } = onSecond("The Council met on Tuesday. All 15 members of the Council voted in favor of the resolution.", "Council adopts resolution", "en",
      "Fill in the right number: “All _____ members of the Council voted in favor of the resolution.”", "15", ["5", "30", "15", "25"]);
    expect(settingFigure(c, "en")).toBe("all the members of a body");
    const fr = onSecond("Le sommet s'est tenu jeudi. Tous les 45 membres du comité ont signé la déclaration.", "Sommet", "fr",
      "Complétez avec le bon nombre : « Tous les _____ membres du comité ont signé la déclaration. »", "45", ["45", "35", "50", "40"]);
    expect(settingFigure(fr.c, "fr")).toBe("all the members of a body");
    const rescued = onSecond("The boat sank on Monday. All 20 passengers were rescued by the coast guard.", "Boat sinks", "en",
      "Fill in the right number: “All _____ passengers were rescued by the coast guard.”", "20", ["20", "15", "25", "30"]);
    expect(settingFigure(rescued.c, "en")).toBeNull();
  });

  it("takes a figure after an 'if' clause for a supposition", () => {
    const { c } = onSecond("Salgaocar won the league on Sunday. Even if Sporting win their three remaining games, they get 45 points but Salgaocar have a better head to head.", "Salgaocar champions", "en",
      "Fill in the right number: “Even if Sporting win their three remaining games, they get _____ points but Salgaocar have a better head to head.”", "45", ["33", "50", "45", "35"]);
    expect(settingFigure(c, "en")).toBe("a supposition");
    const fr = onSecond("Le club a été sacré dimanche. Même s'ils gagnent leurs trois derniers matchs, ils n'auront que 45 points.", "Le club sacré", "fr",
      "Complétez avec le bon nombre : « Même s'ils gagnent leurs trois derniers matchs, ils n'auront que _____ points. »", "45", ["33", "50", "45", "35"]);
    expect(settingFigure(fr.c, "fr")).toBe("a supposition");
    const fact = onSecond("Le club a été sacré dimanche. Il totalise 45 points après dix-huit matchs.", "Le club sacré", "fr",
      "Complétez avec le bon nombre : « Il totalise _____ points après dix-huit matchs. »", "45", ["33", "50", "45", "35"]);
    expect(settingFigure(fact.c, "fr")).toBeNull();
  });

  it("keeps one of two figure questions whose keys sit among each other's options", () => {
    const x = onSecond("Results came on Thursday. It earned $176 million for the quarter.", "Profit rises", "en", "Fill in: “It earned _____ for the quarter.”", "$176 million", ["$216 million", "$176 million", "$151 million", "$120 million"]).c;
    const y = onSecond("Results came on Thursday. That was up from $120 million a year ago.", "Profit rises", "en", "Fill in: “That was up from _____ a year ago.”", "$120 million", ["$120 million", "$176 million", "$100 million", "$150 million"]).c;
    expect(keysCrossed(x, y)).toBe(true);
    expect(keysCrossed(x, { ...y, choices: ["$120 million", "$90 million", "$100 million", "$150 million"] })).toBe(false);
  });

  it("reads a sentence opening on an indefinite figure as a comment on one given before", () => {
    expect(pointsBack("Un chiffre vertigineux mais qui ne représente qu'une fraction du besoin total.", "fr")).toBe(true);
    expect(pointsBack("A figure that is likely to rise in the coming days.", "en")).toBe(true);
    expect(pointsBack("Un chiffrage précis des dégâts sera publié lundi.", "fr")).toBe(false);
  });
});
