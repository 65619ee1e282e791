import { describe, expect, it } from "vitest";
import { extractDates } from "./dates";
import { analyzeArticle } from "./analyze";
import { extractNumbers } from "./numbers";
import { segmentSentences } from "./sentences";

function nums(t: string, lang: "fr" | "en" = "fr") {
  const s = segmentSentences(t, lang);
  const { dates } = extractDates(t, s, lang, new Date("2022-01-10"), new Date("2022-01-10"));
  return extractNumbers(t, s, dates, lang);
}

describe("extractNumbers", () => {
  it.each([[" "], ["\u00A0"], ["\u202F"]])("reads 2 030 with space %j as 2030", (sp) => {
    const [n] = nums(`Le contingent compte 2${sp}030 militaires.`);
    expect(n.value).toBe(2030);
    expect(n.unit).toBe("militaires");
    expect(n.text).toBe(`2${sp}030`);
  });

  it("keeps the hedge: plus de 1 600 blessés", () => {
    const [n] = nums("Il y a eu plus de 1 600 blessés au total.");
    expect(n).toMatchObject({ text: "plus de 1 600", hedge: "gt", value: 1600, unit: "blessés" });
  });

  it("reads a French thousands dot (« plus de 10.000 morts », « 1.147 véhicules »), not a decimal", () => {
    const a = analyzeArticle("Le bilan fait état de plus de 10.000 morts et de 1.600 blessés. En 2009, 1.147 véhicules avaient brûlé. Le taux est de 2,5 %.", { language: "fr", title: "Bilan" });
    expect(a.numbers.map((m) => [m.value, m.unit])).toEqual([[10000, "morts"], [1600, "blessés"], [1147, "véhicules"], [2.5, "%"]]);
  });

  it("reads a decimal comma and a scale word: 1,5 million", () => {
    const [n] = nums("Le réseau transporte 1,5 million de voyageurs chaque jour.");
    expect(n).toMatchObject({ mantissa: 1.5, value: 1_500_000, decimals: 1, unit: "voyageurs", scaleText: "million" });
  });

  it("reads près de, environ, au moins after an elision, percentages and small numbers in words", () => {
    const ns = nums("Près de 80 % des lignes, environ 5 000 personnes, d'au moins six morts et sept instruments.");
    expect(ns.map((n) => [n.text, n.value, n.hedge])).toEqual([
      ["Près de 80 %", 80, "approx"], ["environ 5 000", 5000, "approx"], ["au moins six", 6, "min"], ["sept", 7, null],
    ]);
  });

  it("skips times, model names and numbers inside dates", () => {
    expect(nums("Ariane 6 a décollé à 14 h 27 le 6 janvier avec 250 véhicules.").map((n) => n.text)).toEqual(["250"]);
  });

  it("reads a British space-grouped figure whole (reading 100: « over 36 _____ brown trout »), not after a month", () => {
    const [n] = nums("Thursday saw the first incident, when over 36 300 brown trout were killed.", "en");
    expect(n).toMatchObject({ text: "over 36 300", value: 36300, hedge: "gt" });
    expect(nums("Work stopped on May 5 300 metres from the shore.", "en").map((x) => x.value)).toEqual([300]);
  });

  it("parses English grouping, currency and hedges", () => {
    const ns = nums("More than 28,000 runners raised an estimated $3.4 million, or 51.8% of the goal.", "en");
    expect(ns.map((n) => [n.text, n.value])).toEqual([["More than 28,000", 28000], ["an estimated $3.4 million", 3_400_000], ["51.8%", 51.8]]);
  });
});
