// Causes found by blind reading 52 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { withoutDeicticTime } from "./compress";
import { keysAddUp } from "./select";
import { TEMPLATES } from "./registry";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";

describe("reading 52", () => {
  it("treats how deep or how high a thing lies as the setting", () => {
    const fr = analyzeArticle("Un séisme a frappé la région.", { language: "fr", title: "Séisme" });
    expect(settingFigure(numberCloze(fr, "Le séisme est survenu mardi à 20 km de profondeur, au large de la côte.", "20"), "fr")).toBe("a quake's depth");
    const en = analyzeArticle("An earthquake struck the region.", { language: "en", title: "Quake" });
    expect(settingFigure(numberCloze(en, "The quake struck at a depth of 35 kilometers off the coast on Tuesday.", "35"), "en")).toBe("a quake's depth");
    expect(settingFigure(numberCloze(fr, "Les flammes ont parcouru 20 km en une nuit dans la forêt.", "20"), "fr")).toBeNull();
    expect(settingFigure(numberCloze(fr, "Le séisme est survenu à 126 km au large de Petropavlovsk, la capitale régionale.", "126"), "fr")).toBe("where a place lies");
    expect(settingFigure(numberCloze(en, "The boat capsized 30 miles off the coast of Florida on Sunday.", "30"), "en")).toBe("where a place lies");
  });

  it("drops a participle left last once its time is cut from a question, not a verb after its auxiliary", () => {
    const text = "A wildfire burned 3,000 acres of forest near the town of Waycross in Georgia this week. " +
      "About 1,500 people were affected by a mandatory evacuation order issued yesterday. " +
      "Firefighters from four states were sent to the area by the federal government.";
    const a = analyzeArticle(text, { language: "en", title: "Georgia wildfire" });
    const prompts = TEMPLATES.find((t) => t.name === "wh-question")!.generate(a).map((c) => c.prompt);
    expect(prompts).toContain("According to the article, about how many people were affected by a mandatory evacuation order?");
    expect(withoutDeicticTime("the order was issued yesterday", "en")).toBe("the order was issued");
  });


  it("does not ask two counts one subtraction apart (6 adults and _____ children of 52 passengers)", () => {
    const a = analyzeArticle("Un autocar s'est écrasé mardi près de Sierre.", { language: "fr", title: "Autocar" });
    const total = numberCloze(a, "Un autocar belge transportant 52 passagers s'est écrasé mardi soir.", "52");
    const children = numberCloze(a, "Il transportait 6 adultes, dont les deux conducteurs, et 46 enfants.", "46");
    const other = numberCloze(a, "Les secours ont mobilisé 8 hélicoptères et 40 ambulances.", "40");
    expect(keysAddUp(children, total, "fr")).toBe(true);
    expect(keysAddUp(other, total, "fr")).toBe(false);
  });

});
