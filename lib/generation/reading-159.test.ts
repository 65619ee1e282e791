// Causes found by blind reading 159 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { generateQuiz } from "./generate";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { onSecond } from "./reading-fixtures";
import { settingFigure } from "./setting-figures";
import { copiesSlip, setPhraseSlip } from "./slips";
import { numberCloze } from "./test-analysis";

describe("reading 159", () => {
  it("drops « par ailleurs » left before the figure from a how-many question, and inverts no noun « est »", () => {
    const text = "Le cyclone Giovanna a frappé l'est de Madagascar dans la nuit de lundi à mardi, avec des vents violents et de fortes pluies. Au moins seize personnes ont été tuées, selon le Bureau national de gestion des risques et des catastrophes. Le bureau recensait par ailleurs 65 blessés dans les régions de l'est du pays. Des milliers d'habitants ont perdu leur maison et les routes sont coupées dans plusieurs districts. Les secours tentent d'atteindre les villages isolés.";
    const prompts = generateQuiz({ text, title: "Le bilan du cyclone s'alourdit à Madagascar", count: 20 }).questions.map((q) => q.prompt);
    const injured = prompts.find((p) => /combien de blessés/u.test(p));
    expect(injured).toBeDefined();
    expect(injured).not.toMatch(/par ailleurs/u);
    // « de l'est du pays » holds no verb to invert: « l'est-il » was a wrong question.
    expect(injured).not.toMatch(/est-il/u);
  });

  it("ends a long quotation's cut at a comma, never on a word that needs the next", () => {
    const text = "A powerful quake struck the city of Christchurch on Tuesday, toppling buildings and killing dozens of people. \"The search and rescue teams from New Plymouth and Auckland will be down and operating in the next four or five hours, and of course the army is ready to help everyone who needs it tonight,\" said John Carter, the civil defence minister. Prime Minister John Key said it may be the country's darkest day. \"We are all in shock tonight,\" said Bob Parker, the mayor. Rescuers worked through the night in the rain.";
    const q = generateQuiz({ text, title: "Quake rescue under way", count: 20 }).questions.find((x) => x.answer === "John Carter");
    expect(q?.prompt).toMatch(/hours \[…\]/u);
  });

  it("takes a name in capitals for a copied slip", () => {
    const a = kitFor(analyzeArticle("The attorney spoke on Monday. He announced that AVA SMITH pled guilty to delay of mail.", { language: "en" })).full;
    expect(copiesSlip(a, "He announced that AVA SMITH pled guilty to delay of mail.")).toBe(true);
    expect(copiesSlip(a, "He announced that NASA and the FBI agreed.")).toBe(false);
  });

  it("takes what the law allows for a figure of the setting", () => {
    const { c } = onSecond("A postal worker pleaded guilty. Smith faces a maximum penalty of five years in prison and a 250,000 fine.", "Postal worker pleads guilty", "en",
      "Fill in the right number: “Smith faces a maximum penalty of five years in prison and a _____ fine.”", "250,000", ["220,000", "250,000", "290,000", "160,000"]);
    expect(settingFigure(c, "en")).toBe("a statutory maximum");
    const sentenced = onSecond("A postal worker was sentenced. Smith was sentenced to five years in prison and a 25,000 fine.", "Postal worker sentenced", "en",
      "Fill in the right number: “Smith was sentenced to five years in prison and a _____ fine.”", "25,000", ["22,000", "25,000", "29,000", "16,000"]);
    expect(settingFigure(sentenced.c, "en")).toBeNull();
  });

  it("refuses to count a group the article names member by member", () => {
    const text = "Elles s'appellent Manon Brunet, Cécilia Berder et Caroline Quéroli et sont championnes du monde. Les trois sabreuses françaises ont remporté la médaille d'or par équipes.";
    const a = analyzeArticle(text, { language: "fr" });
    const c = { ...numberCloze(a, "Les trois sabreuses françaises ont remporté la médaille d'or par équipes.", "trois"), choices: ["deux", "trois", "quatre", "cinq"] };
    c.evidence = { text: a.sentences[1].text, start: a.sentences[1].start, end: a.sentences[1].end };
    expect(numberRefusal(kitFor(a).full, c)).toBe("the article names each member of the group counted");
  });

  it("takes « il ya » and « quelque soit » for slips, not « il y a » nor « quel que soit »", () => {
    expect(setPhraseSlip("Les moissons ont commencé il ya quelques semaines.")).toBe(true);
    expect(setPhraseSlip("quelque soit la céréale, la récolte est mauvaise")).toBe(true);
    expect(setPhraseSlip("Les moissons ont commencé il y a quelques semaines.")).toBe(false);
    expect(setPhraseSlip("quel que soit le temps, quelques soirées restent")).toBe(false);
  });
});
