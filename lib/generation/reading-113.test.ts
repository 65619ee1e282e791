// Causes found by blind reading 113 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { segmentSentences } from "../analysis/sentences";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";
import { optionOf } from "./types/main-idea";
import { whQuestionTemplate } from "./types/wh-question";

describe("reading 113", () => {
  it("cuts 'today' before 'following', as before other prepositions", () => {
    expect(optionOf("Two smugglers were sentenced to 16 and 18 months' imprisonment at the District Court today (March 27) following conviction for conspiracy to smuggle.", "en", 2024))
      .not.toMatch(/today/u);
  });

  it("refuses « deux » where « l'une consacrée à … » says two, and a blank glued to digits", () => {
    const text = "La première journée du sommet prévoit deux réunions à huis clos, l'une consacrée à la sécurité, l'autre au climat. Orion will pay $800,00 in civil penalties. Les chefs d'État arrivent lundi.";
    const a = analyzeArticle(text, { language: "fr", title: "Sommet de Nice" });
    const ev = "La première journée du sommet prévoit deux réunions à huis clos, l'une consacrée à la sécurité, l'autre au climat.";
    // The excerpt may stop before « l'autre »: « l'une consacrée à … » says two already.
    const cut = { ...numberCloze(a, ev, "deux"), sentenceIndex: 0 };
    expect(numberRefusal(a, { ...cut, prompt: "Complétez avec le bon nombre : « La première journée du sommet prévoit _____ réunions à huis clos, l'une consacrée à … »" }))
      .toBe("'the one … the other' says the number");
    const en = analyzeArticle("As part of the settlement, Orion will pay $800,00 in civil penalties and fund projects worth $550,000. The company did not comment.", { language: "en", title: "Orion settles" });
    const c = numberCloze(en, "As part of the settlement, Orion will pay $800,00 in civil penalties and fund projects worth $550,000.", "$800");
    expect(c.prompt).toContain("_____,00");
    expect(numberRefusal(en, { ...c, sentenceIndex: 0 })).toBe("the blank cuts a figure");
  });

  it("asks no 'how many' over a second clause with its own subject", () => {
    const text = `Démantèlement d'un réseau de trafic de stupéfiants

Les enquêteurs ont démantelé un réseau de trafic de stupéfiants aux Mureaux après dix mois d'enquête. Sept acteurs sont identifiés et leur rôle au sein du réseau est défini par les policiers. Huit jeunes hommes ont été incarcérés ou placés sous contrôle judiciaire. Le réseau écoulait chaque jour plusieurs kilos de résine de cannabis. Le procès doit se tenir en juin.`;
    const a = analyzeArticle(text, { language: "fr", title: "Démantèlement d'un réseau de trafic de stupéfiants" });
    for (const q of whQuestionTemplate.generate(a)) expect(q.prompt).not.toMatch(/et leur rôle/u);
  });

  it("cuts a dateline whose source has two words ('WASHINGTON (Legal Newsline) — ')", () => {
    expect(segmentSentences("WASHINGTON (Legal Newsline) — The agency announced a settlement with the company on Friday evening.", "en")[0].text).toMatch(/^The agency/u);
  });
});
