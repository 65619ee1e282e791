// Causes found by blind reading 145 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { agreeParticiple } from "./french-inversion";
import { numberRefusal } from "./number-refusals";
import { settingFigure } from "./setting-figures";
import { copiesSlip, singularOfPlural } from "./slips";
import { whQuestionTemplate } from "./types/wh-question";
import { framesTheNews, optionOf, readableAlone } from "./types/main-idea";
import { onSecond } from "./reading-fixtures";

describe("reading 145", () => {
  it("agrees no participle with a measure or a span of time, and still with an object", () => {
    expect(agreeParticiple("combien de jours les recherches ont-elles duré", "jours")).toBeNull();
    expect(agreeParticiple("combien d'euros le chantier a-t-il coûté", "euros")).toBeNull();
    expect(agreeParticiple("combien d'heures les passagers ont-ils attendu", "heures")).toBeNull();
    expect(agreeParticiple("combien de jours les marins ont-ils passé", "jours")).toBe("combien de jours les marins ont-ils passés");
    expect(agreeParticiple("combien de médailles les judokas ont-ils remporté", "médailles")).toBe("combien de médailles les judokas ont-ils remportées");
  });

  it("asks 'how many' of the first of two verbs of one subject, not of both", () => {
    const a = analyzeArticle("Les secours ont cessé leurs efforts mardi. Les recherches ont duré près de trente jours et ont mobilisé plus de 1 000 personnes. Le site reste fermé.", { language: "fr", title: "Fin des recherches" });
    const asked = whQuestionTemplate.generate(a).map((c) => c.prompt).filter((p) => /combien de jours/u.test(p));
    expect(asked.length).toBeGreaterThan(0);
    for (const p of asked) expect(p).not.toMatch(/mobilisé|durés/u);
  });

  it("refuses a share whose other shares, written as words, are all in the prompt", () => {
    const text = "Forecasters issued their outlook on Thursday. While a quiet season is likely (70 percent), there is a 20 percent chance of a normal season and a 10 percent chance of a busy one.";
    const prompt = "Fill in the right number: “While a quiet season is likely (_____), there is a 20 percent chance of a normal season and a 10 percent chance of a busy one.”";
    const { a, c } = onSecond(text, "Quiet season expected", "en", prompt, "70%", ["70%", "60%", "50%", "80%"]);
    expect(numberRefusal(a, c)).toBe("the other share of a whole is in the prompt");
    const one = onSecond(text, "Quiet season expected", "en", "Fill in the right number: “While a quiet season is likely (70 percent), there is a _____ chance of a normal season and a 10 percent chance of a busy one.”", "20%", ["20%", "30%", "15%", "25%"]);
    expect(numberRefusal(one.a, one.c)).toBe("the other share of a whole is in the prompt");
  });

  it("treats the number of members of a body of states named in full as its size", () => {
    const en = onSecond("The deal was signed on Sunday. The accord includes the 10 members of the Association of Southeast Asian Nations and six partners.", "Trade deal", "en",
      "Fill in the right number: “The accord includes the _____ members of the Association of Southeast Asian Nations and six partners.”", "10", ["10", "12", "8", "14"]);
    expect(settingFigure(en.c, "en")).toBe("the members of a bloc");
    const fr = onSecond("Le sommet s'est ouvert lundi. Les 22 membres de la Ligue arabe y sont représentés.", "Sommet", "fr",
      "Complétez avec le bon nombre : « Les _____ membres de la Ligue arabe y sont représentés. »", "22", ["22", "18", "20", "25"]);
    expect(settingFigure(fr.c, "fr")).toBe("the members of a bloc");
    // Members of a club or a family are no body of states: a count of the news.
    const club = onSecond("The club met on Friday. The 40 members of the Riverside Rowing Club voted for the merger.", "Club votes", "en",
      "Fill in the right number: “The _____ members of the Riverside Rowing Club voted for the merger.”", "40", ["40", "30", "50", "60"]);
    expect(settingFigure(club.c, "en")).toBeNull();
  });

  it("offers no attribution left without its quotation, and ends a cut quotation on a full stop", () => {
    const text = "Four astronauts returned to Earth on Friday after six months in orbit. “Splashdown! Welcome home!” NASA tweeted alongside a video of the moment. The crew ran dozens of experiments during the mission. The capsule was lifted onto a recovery ship within an hour.";
    const a = kitFor(analyzeArticle(text, { language: "en", title: "Astronauts return to Earth" })).full;
    const attribution = a.sentences.find((s) => /tweeted/u.test(s.text))!;
    if (!/^“/u.test(attribution.text)) expect(readableAlone(a, attribution, 45)).toBe(false);
    expect(optionOf("The crew carried out several “science and research investigations,” according to the agency's website.", "en")).not.toMatch(/,”$/u);
    // A verb of saying with what was said stays an option.
    const said = kitFor(analyzeArticle("The storm hit the coast on Monday. Officials said three bridges had been closed to traffic for the night.", { language: "en", title: "Storm hits coast" })).full;
    expect(readableAlone(said, said.sentences[1], 45)).toBe(true);
  });

  it("finds a plural verb after a singular head and its 'of' phrase a slip", () => {
    expect(singularOfPlural("The outcome of the charges against the others were not disclosed.")).toBe(true);
    expect(singularOfPlural("The number of victims were not disclosed.")).toBe(false);
    expect(singularOfPlural("The mayor of the town and his deputy were re-elected.")).toBe(false);
    expect(singularOfPlural("The outcome of the charges was not disclosed.")).toBe(false);
    const a = kitFor(analyzeArticle("A man pleaded guilty on Thursday. The outcome of the charges against the others were not disclosed.", { language: "en", title: "Guilty plea" })).full;
    expect(copiesSlip(a, a.sentences[1].text)).toBe(true);
  });

  it("takes an alert received for a frame of the news, not the news", () => {
    expect(framesTheNews("Mercredi, le centre de sauvetage de Gris-Nez est informé que deux embarcations se trouvent en difficulté.", "fr")).toBe(true);
    expect(framesTheNews("The coast guard was informed that a fishing boat had capsized.", "en")).toBe(true);
    expect(framesTheNews("Au total, 79 personnes sont secourues et débarquées au port de Boulogne-sur-Mer.", "fr")).toBe(false);
  });
});

describe("readings 129 to 145: long 'wh' prompts", () => {
  it("asks no question that copies a long sentence with its asides", () => {
    const text = "The storm reached the coast on Monday. According to the county, about 120 people stayed at a Red Cross shelter set up in the gymnasium of the high school 25 miles away from the flooded town of Riverside on Tuesday night. Roads reopened on Wednesday.";
    const asked = whQuestionTemplate.generate(analyzeArticle(text, { language: "en", title: "Storm floods Riverside" })).map((c) => c.prompt);
    expect(asked.filter((p) => /shelter/u.test(p))).toEqual([]);
    const short = whQuestionTemplate.generate(analyzeArticle("The storm reached the coast on Monday. About 120 people stayed at a Red Cross shelter on Tuesday night. Roads reopened on Wednesday.", { language: "en", title: "Storm floods Riverside" }));
    expect(short.some((c) => /how many people stayed at a Red Cross shelter/u.test(c.prompt))).toBe(true);
  });
});

