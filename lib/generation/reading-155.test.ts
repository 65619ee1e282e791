// Causes found by blind reading 155 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { pointsBack } from "./anaphora";
import { onSecond } from "./reading-fixtures";
import { settingFigure } from "./setting-figures";

describe("reading 155", () => {
  it("takes a reference after an opening adverb, and « en » before an infinitive, for pointing back", () => {
    expect(pointsBack("Mathématiquement, cela suppose que la droite prenne un siège.", "fr")).toBe(true);
    expect(pointsBack("Des vols de surveillance vont quand même avoir lieu pour en être sûr.", "fr")).toBe(true);
    expect(pointsBack("Heureusement, la pluie a cessé dans la nuit.", "fr")).toBe(false);
    expect(pointsBack("Les habitants ont été évacués en urgence.", "fr")).toBe(false);
    expect(pointsBack("Clearly, this means more delays.", "en")).toBe(true);
  });

  it("takes a block or a street number for an address", () => {
    const { c } = onSecond("A mosquito tested positive for West Nile virus. The mosquito was trapped in the 700 block of East Warren Avenue on Tuesday.", "West Nile mosquito", "en",
      "Fill in the right number: “The mosquito was trapped in the _____ block of East Warren Avenue on Tuesday.”", "700", ["500", "700", "1,000", "1,100"]);
    expect(settingFigure(c, "en")).toBe("a street address");
    const fr = onSecond("Un incendie s'est déclaré dans la nuit. Le feu a pris au 12 rue des Lilas vers 3 heures.", "Incendie", "fr",
      "Complétez avec le bon nombre : « Le feu a pris au _____ rue des Lilas vers 3 heures. »", "12", ["10", "12", "14", "15"]);
    expect(settingFigure(fr.c, "fr")).toBe("a street address");
    const count = onSecond("Police searched the area. About 700 officers took part in the search.", "Search", "en",
      "Fill in the right number: “About _____ officers took part in the search.”", "700", ["500", "700", "1,000", "1,100"]);
    expect(settingFigure(count.c, "en")).toBeNull();
  });

  it("takes the months a statistic is counted over for its method", () => {
    const { c } = onSecond("Official data were published today. Unemployment fell to a two-year low in the three months to May.", "Unemployment falls", "en",
      "Fill in the right number: “Unemployment fell to a two-year low in the _____ months to May.”", "three", ["three", "four", "five", "six"]);
    expect(settingFigure(c, "en")).toBe("a reporting period");
    const drought = onSecond("The region is dry. It has had no rain for three months, farmers said.", "Drought", "en",
      "Fill in the right number: “It has had no rain for _____ months, farmers said.”", "three", ["three", "four", "five", "six"]);
    expect(settingFigure(drought.c, "en")).toBeNull();
  });
});
