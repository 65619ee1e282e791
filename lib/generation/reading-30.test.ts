// Causes of the edits and rejections of blind reading 30 (docs/generator-quality.md).
import { describe, expect, it } from "vitest";
import { compressStatement } from "./compress";
import { gistOf } from "./gist";
import { mainIdeaCandidate } from "./types/main-idea";
import { fullAnalysis, numberOptions } from "./test-analysis";
import { hashString } from "./random";

describe("reading 30", () => {
  it("keeps a frame of another time than the news: without it a true statement reads false", () => {
    const dylan = "Last year, Bob Dylan won the Nobel Prize in Literature for his songs.";
    expect(compressStatement(dylan, "en", 6, 2017)).toBe(dylan);
    expect(compressStatement("In 2016, Bob Dylan won the Nobel Prize in Literature for his songs.", "en", 6, 2017)).toMatch(/^In 2016, /);
    // The news's own year is still cut.
    expect(compressStatement("In 2017, Kazuo Ishiguro won the Nobel Prize in Literature for his novels.", "en", 6, 2017)).toMatch(/^Kazuo Ishiguro/);
    expect(gistOf("Le carbofuran est interdit en France depuis le 13 décembre 2008 et dans toute l’Union.", "fr", 6, 2024)).toContain("13 décembre 2008");
  });

  it("offers no amount below one of its scale word, and keeps a small count's options near it", () => {
    for (const o of numberOptions("The writer will receive $1.1 million in prize money for winning the award this year.", "en", "1.1")) {
      expect(o).not.toMatch(/\$0\./);
    }
    for (const o of numberOptions("The court cancelled the second of two life sentences against the former president on Tuesday.", "en", "two")) {
      expect(["one", "three", "four", "five"]).toContain(o);
    }
  });

  // A made-up dig: the lede says it is under way, a later sentence what it found (`found`).
  const dig = (found: string) => `Une opération d'archéologie préventive est en cours sur un site gaulois à Bourguébus, près de Caen.

Les archéologues fouillent depuis le printemps une surface de deux hectares avant la construction d'un lotissement.

Des fragments d'amphores montrent que les habitants commerçaient avec le monde méditerranéen.

Les fouilles ont révélé le plan d'${found} entourée de remparts et de portes monumentales.

Les bâtiments découverts servaient d'habitations, de greniers et d'ateliers pour les artisans.

Les résultats de la fouille seront présentés au public lors des journées nationales de l'archéologie.`;

  it("offers no option with as many of the headline's words as the key: it would be a second answer", () => {
    // The rival shares two of the headline's words, as many as the key.
    const text = dig("une forteresse gauloise");
    const a = fullAnalysis(text, "fr", "Une forteresse gauloise à Bourguébus");
    const c = mainIdeaCandidate(a, hashString(text));
    expect(c).not.toBeNull();
    expect(c!.choices!.filter((o) => /forteresse/.test(o))).toEqual([]);
  });

  it("offers no main idea whose key leaves the headline's news to a later sentence", () => {
    // "Une place forte gauloise": the key would be the start of the news, not a summary (reading 30).
    const text = dig("une place forte");
    expect(mainIdeaCandidate(fullAnalysis(text, "fr", "Une place forte gauloise à Bourguébus"), hashString(text))).toBeNull();
    // The same lede under a headline it tells in full keeps its question.
    const told = dig("un ensemble de bâtiments");
    expect(mainIdeaCandidate(fullAnalysis(told, "fr", "Une fouille sur un site gaulois à Bourguébus"), hashString(told))).not.toBeNull();
  });
});
