// Causes found by blind reading 151 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { numberRefusal } from "./number-refusals";
import { rngFor } from "./random";
import { englishSubjectCommaSlip, nameSpeltOtherwise } from "./slips";
import { whQuestionTemplate } from "./types/wh-question";
import { mainIdeaCandidate } from "./types/main-idea";
import { onSecond } from "./reading-fixtures";

describe("reading 151", () => {
  it("finds a name with two letters swapped spelt otherwise", () => {
    expect(nameSpeltOtherwise("Mr Sebgefia emphasized the progress.", "Mr Alex Segbefia inaugurated the ward.")).toBe(true);
    expect(nameSpeltOtherwise("Mr Segbefia emphasized the progress.", "Mr Alex Segbefia inaugurated the ward.")).toBe(false);
  });

  it("finds a comma between a subject and its past verb a slip", () => {
    expect(englishSubjectCommaSlip("The rejection of the motion by 112 votes against and 68 in favour, paved the way for the vote.")).toBe(true);
    expect(englishSubjectCommaSlip("The rejection of the motion paved the way for the vote.")).toBe(false);
  });

  it("asks 'how many' of the first clause when a quantifier opens a second subject", () => {
    const a = analyzeArticle("L'éleveur a découvert le carnage samedi. Cinq brebis sont mortes et quelques agneaux ont disparu. Il soupçonne un loup.", { language: "fr", title: "Des brebis tuées" });
    const asked = whQuestionTemplate.generate(a).map((c) => c.prompt).filter((p) => /brebis/u.test(p));
    expect(asked.length).toBeGreaterThan(0);
    for (const p of asked) expect(p).not.toMatch(/agneaux/u);
  });

  it("refuses a count the list after it shows", () => {
    const text = "Airbus a annoncé la commande lundi. Les avions sont destinés à quatre compagnies : Frontier Airlines, Volaris, JetSmart et Wizz.";
    const { a, c } = onSecond(text, "Commande record", "fr", "Complétez avec le bon nombre : « Les avions sont destinés à _____ compagnies : Frontier Airlines, Volaris, JetSmart et Wizz. »", "quatre", ["quatre", "trois", "six", "deux"]);
    expect(numberRefusal(a, c)).toBe("the prompt lists what it counts");
  });

  it("keeps a gross figure's options above the net one printed beside it", () => {
    const a = kitFor(analyzeArticle("Airbus a publié ses chiffres lundi. Airbus avait engrangé 343 commandes brutes depuis janvier, soit un total net de 288 après annulations. Boeing en compte moins.", { language: "fr", title: "Commandes record" })).full;
    const gross = a.numbers.find((x) => x.value === 343)!;
    for (let seed = 1; seed <= 6; seed++) for (const o of numericDistractors(a, gross, rngFor(seed, "n"), 3)) expect(Number(o.replace(/\s/gu, ""))).toBeGreaterThan(288);
  });

  it("keys no main idea on a state that held already before the event", () => {
    const text = "La route était déjà sous surveillance après une première alerte. L'éboulement s'est produit lundi et plusieurs mètres cubes de roches ont coupé la chaussée. Il faudra près de sept jours pour tout remettre en état. Une déviation est en place par Bozel jusqu'à lundi prochain. Les géologues se sont rendus sur place mardi matin. Des travaux de purge manuelle doivent être réalisés dans la semaine.";
    const c = mainIdeaCandidate(kitFor(analyzeArticle(text, { language: "fr", title: "Route coupée après un éboulement" })).full, 1);
    expect(String(c?.answer ?? "")).not.toMatch(/déjà sous surveillance/u);
  });
});
