import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";

describe("settingFigure", () => {
  const fr = analyzeArticle("Le préfet a annoncé lundi de nouvelles mesures.", { language: "fr", title: "Mesures" });
  const en = analyzeArticle("The governor announced new measures on Monday.", { language: "en", title: "Measures" });

  it("names the rule that reads the figure as the setting", () => {
    expect(settingFigure(numberCloze(fr, "Le navire de 71 mètres de long a été remorqué jusqu'au port.", "71"), "fr")).toBe("the size of a thing");
    expect(settingFigure(numberCloze(en, "The plane crashed 11 miles north of Denver on Sunday.", "11"), "en")).toBe("where a place lies");
    expect(settingFigure(numberCloze(en, "The vote passed with 20743128 ballots cast in favour.", "20743128"), "en")).toBe("seven significant digits");
    expect(settingFigure(numberCloze(fr, "Les secours sont arrivés vers 14 heures sur les lieux.", "14"), "fr")).toBe("a clock or elapsed time");
  });

  it("leaves the news's own figures alone", () => {
    expect(settingFigure(numberCloze(fr, "Un incendie de 500 hectares a ravagé la forêt des Landes.", "500"), "fr")).toBeNull();
    expect(settingFigure(numberCloze(en, "The storm destroyed 300 homes in the county on Friday.", "300"), "en")).toBeNull();
  });
  // Readings 1–64: 83 measure clozes, 3 in 10 kept as is, 4 in 10 rejected ("Mount Etna is _____
  // metres high", "the _____-foot fishing vessel", « située à _____ années-lumière »).
  it("reads a measure as the setting unless it is the event's own extent", () => {
    const setting: [typeof fr, string, string][] = [
      [en, "Mount Etna is 3,300 metres high with frequent eruptions recorded in the past 2,700 years.", "3,300"],
      [en, "The two fishermen were hoisted from the 38-foot fishing vessel, Glory, at about 9 p.m.", "38"],
      [fr, "La frégate porte secours au navire de pêche Sirocco situé à 20 nautiques du bâtiment.", "20"],
      [fr, "En visant l'étoile HIP65426 située à 385 années-lumière de nous, il a été découvert une planète.", "385"],
      [en, "It left Earth at a speed of more than 58,000 kilometers per hour to search for signs of life.", "58,000"],
      [fr, "Le satellite sera placé sur orbite héliosynchrone à 694 km d'altitude.", "694"],
    ];
    for (const [a, ev, key] of setting) expect(settingFigure(numberCloze(a, ev, key), a.language), ev).not.toBeNull();
    const event: [typeof fr, string, string][] = [
      [en, "The fire has since burned about 4,000 acres to the northwest of the town.", "4,000"],
      [en, "The Graff Point Fire remains at 1,800 acres and is now 47% contained.", "1,800"],
      [en, "His partner had fallen approximately 60 feet and sustained serious injuries.", "60"],
      [fr, "La voiture a été traînée sur 300 mètres par le train avant de s'immobiliser.", "300"],
      [en, "After a journey of 480 million kilometres, the orbiter reached Mars.", "480 million"],
      [en, "Houston received as much as 30 centimeters of rain over a single day.", "30"],
      [en, "The board approved the purchase of an additional 600 acres of waterfowl habitat.", "600"],
      [fr, "La hauteur des vagues est de 8 mètres selon les prévisionnistes.", "8"],
    ];
    for (const [a, ev, key] of event) expect(settingFigure(numberCloze(a, ev, key), a.language), ev).toBeNull();
  });
});
