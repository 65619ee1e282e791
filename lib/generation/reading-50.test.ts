// Causes found by blind reading 50 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { cutBefore } from "./question-kit";
import { unworthy } from "./select";
import { settingFigure } from "./setting-figures";
import { doubledPreposition, pronounAgreementSlip, subjectCommaSlip } from "./slips";
import { numberCloze } from "./test-analysis";

describe("reading 50: slips of the article", () => {
  it("finds a subject pronoun that disagrees with its verb", () => {
    expect(pronounAgreementSlip("Les pompiers arrivent à 13h40 ; il maîtrisent l'incendie vers 14h.")).toBe(true);
    expect(pronounAgreementSlip("Les pompiers arrivent à 13h40 ; ils maîtrisent l'incendie vers 14h.")).toBe(false);
    expect(pronounAgreementSlip("Le maire dit qu'il les arrête et qu'elles sont parties.")).toBe(false);
    expect(pronounAgreementSlip("Les pompiers disent qu'il maîtrisent le feu.")).toBe(true);
    expect(pronounAgreementSlip("Trois femmes ont témoigné ; l'une d'entre elles a porté plainte.")).toBe(false);
  });

  it("finds a comma between a sentence's opening subject and its verb, not an apposition or a time phrase", () => {
    expect(subjectCommaSlip("Les militaires de l'unité d'intervention, ont ensuite repris la route vers Dijon.")).toBe(true);
    expect(subjectCommaSlip("Complétez : « Une nouvelle école, a été inaugurée lundi à Nantes. »")).toBe(true);
    expect(subjectCommaSlip("Le maire, Jean Dupont, a annoncé la fermeture du pont.")).toBe(false);
    expect(subjectCommaSlip("Le lendemain, a été inaugurée la nouvelle gare de la ville.")).toBe(false);
    expect(subjectCommaSlip("Le préfet qui a signé l'arrêté, a été muté.")).toBe(false);
  });

  it("checks the explanation for a count slip the blank hides from the prompt", () => {
    const text = "Trois ambulances prennent en charge 4 passant blessés par le souffle de l'explosion.";
    const a = analyzeArticle(text, { language: "fr", title: "Explosion" });
    const c = numberCloze(a, text, "4");
    expect(unworthy(a as never, { ...c, explanation: `L'article indique : « ${text} »` })).toBe("a slip of the article copied");
    expect(unworthy(a as never, c)).not.toBe("a slip of the article copied");
  });
});

describe("reading 50: figures given away or of the setting", () => {
  it("does not ask the length of a period the title names", () => {
    const text = "The United States economy shrank by 0.1% in the last three months of 2012, official figures showed.";
    const quarter = analyzeArticle(text, { language: "en", title: "US economy shrinks in last quarter of 2012" });
    expect(unworthy(quarter as never, numberCloze(quarter, text, "three"))).toBe("the title or the prompt names the period");
    const plain = analyzeArticle(text, { language: "en", title: "US economy shrinks" });
    expect(unworthy(plain as never, numberCloze(plain, text, "three"))).not.toBe("the title or the prompt names the period");
  });

  it("treats where a thing stands as the setting, from a locality or from a place of the story", () => {
    const fr = analyzeArticle("Une usine a explosé.", { language: "fr", title: "Explosion" });
    expect(settingFigure(numberCloze(fr, "Une explosion se produit dans une usine située à 5 km du centre ville, dans une zone peu habitée.", "5"), "fr")).toBe("where a thing stands");
    expect(settingFigure(numberCloze(fr, "Le chauffeur se gare sur l'aire de la station située à 50 m du dépôt de gaz.", "50"), "fr")).toBe("a measure of the setting");
  });

  it("does not ask 'all N' after a list of names: the list counts them", () => {
    const fr = analyzeArticle("Les Français ont gagné le relais.", { language: "fr", title: "Relais" });
    expect(settingFigure(numberCloze(fr, "Elle a gagné le relais avec Paul Martin, Léa Petit et Marc Durand, tous les trois militaires de l'armée de Terre.", "trois"), "fr")).toBe("the count of a list just given");
    expect(settingFigure(numberCloze(fr, "La commission, qui réunit l'État et les communes, se réunit tous les trois mois à Paris.", "trois"), "fr")).not.toBe("the count of a list just given");
  });
});

describe("reading 50: a cut explanation keeps names whole", () => {
  it("does not end a cut excerpt inside a name or on a small word", () => {
    const t = "Trois personnes qui braconnaient depuis plusieurs années sur le département des Hautes Pyrénées et du Gers ont comparu.";
    expect(cutBefore(t, t.indexOf("Pyrénées") + 3)).toBe("Trois personnes qui braconnaient depuis plusieurs années sur le département");
    expect(cutBefore("The court in Tarbes heard the case of the three men on Monday", 25)).toBe("The court in Tarbes");
  });
});

describe("reading 50: more slips and a count of people", () => {
  it("finds two prepositions in a row, not « jusqu'à dans », « avec à son bord » or « à en »", () => {
    expect(doubledPreposition("un déjeuner dans un autre centre de formation à dans la région de Montpellier")).toBe(true);
    expect(doubledPreposition("la fête a duré jusqu'à dans la nuit")).toBe(false);
    expect(doubledPreposition("le voilier avec à son bord quatre marins")).toBe(false);
    expect(doubledPreposition("il a contribué à en redresser les comptes")).toBe(false);
  });

  it("asks a count of people given in parentheses, not a conversion", () => {
    const fr = analyzeArticle("Une usine a explosé.", { language: "fr", title: "Explosion" });
    expect(settingFigure(numberCloze(fr, "La zone industrielle est évacuée (3000 personnes de 150 entreprises).", "3000"), "fr")).toBeNull();
    expect(settingFigure(numberCloze(fr, "Le navire a dérivé sur 3 nautiques (6 km) avant d'être remorqué.", "6"), "fr")).toBe("in parentheses");
  });
});
