import { describe, expect, it } from "vitest";
import { extractDates } from "./dates";
import { segmentSentences } from "./sentences";

function dates(t: string, lang: "fr" | "en", given: string | null, now = "2026-03-01") {
  const s = segmentSentences(t, lang);
  return extractDates(t, s, lang, given ? new Date(given) : null, new Date(now));
}

describe("extractDates", () => {
  it("infers the year of 'lundi 10 janvier' from the weekday and anchors the article on it", () => {
    const r = dates("Le président a parlé lundi 10 janvier. Le contingent est arrivé le 6 janvier. Il parlera mardi.", "fr", null);
    expect(r.referenceDate.toISOString().slice(0, 10)).toBe("2022-01-10");
    expect(r.dates.map((d) => [d.text, d.year, d.month, d.day])).toEqual([
      ["lundi 10 janvier", 2022, 1, 10], ["6 janvier", 2022, 1, 6], ["mardi", 2022, 1, 11],
    ]);
  });

  it("reads full French dates, 1er, month-year and years", () => {
    const r = dates("Le 2 janvier 2022, puis le 1er avril, en janvier 2026 et depuis 1991.", "fr", "2022-01-05");
    expect(r.dates.map((d) => [d.text, d.granularity, d.year, d.month, d.day])).toEqual([
      ["2 janvier 2022", "day", 2022, 1, 2], ["1er avril", "day", 2022, 4, 1], ["janvier 2026", "month", 2026, 1, 0], ["1991", "year", 1991, 0, 0],
    ]);
  });

  it("does not read a capitalised French month inside a sentence as a date (« la mission Mars 2020 »)", () => {
    const r = dates("Lancé en juillet 2020, le rover de la mission Mars 2020 s'est posé le 18 février 2021. Mars 2021 a été un mois calme.", "fr", null);
    expect(r.dates.map((d) => d.text)).toEqual(["juillet 2020", "18 février 2021", "Mars 2021"]);
  });

  it("reads English dates anchored to the reference date", () => {
    const r = dates("The vote took place on Sunday, November 17, 2024. The count ended January 5. It began in 2008.", "en", null);
    expect(r.dates.map((d) => [d.text, d.year, d.month, d.day])).toEqual([
      ["Sunday, November 17, 2024", 2024, 11, 17], ["January 5", 2025, 1, 5], ["2008", 2008, 0, 0],
    ]);
  });
});
