import { describe, expect, it } from "vitest";
import { parseNumberAnswer, parseNumberDetailed, sameNumber } from "./numbers";

describe("parseNumberAnswer: digits and separators", () => {
  it.each([
    ["2 030", 2030], // U+0020
    ["2\u00A0030", 2030], // no-break space
    ["2\u202F030", 2030], // narrow no-break space (Intl.NumberFormat fr-FR)
    ["2\u2009030", 2030], // thin space
    ["2030", 2030],
    ["2.030", 2030], // French thousands dot
    ["1.000.000", 1_000_000],
    ["1 000 000", 1_000_000],
    ["2'030", 2030], // Swiss
    ["1,5", 1.5],
    ["2,03", 2.03],
    ["2 030,5", 2030.5],
    ["2.030,5", 2030.5],
    ["2,5", 2.5],
    ["2.5", 2.5], // a French student typing a decimal point
    ["0,25", 0.25],
    ["-3", -3],
    ["−3", -3], // U+2212 minus
    ["+1,5", 1.5],
    [" 2030 ", 2030],
  ])("fr %j → %d", (input, value) => {
    expect(parseNumberAnswer(input, "fr")).toBe(value);
  });

  it.each([
    ["2 030", 2030],
    ["2\u202F030", 2030],
    ["2030", 2030],
    ["2,030", 2030], // English thousands comma
    ["2,030,000", 2_030_000],
    ["1.5", 1.5],
    ["2,030.5", 2030.5],
    ["2.03", 2.03],
    ["2,5", 2.5], // European habit: a lone comma before 1 digit is a decimal
  ])("en %j → %d", (input, value) => {
    expect(parseNumberAnswer(input, "en")).toBe(value);
  });

  it("reads French '2,030' as 2.03, or as 2030 when the key is an integer", () => {
    expect(parseNumberAnswer("2,030", "fr")).toBe(2.03);
    expect(parseNumberAnswer("2,030", "fr", { integerKey: true })).toBe(2030);
    // The rule needs exactly 3 digits after the comma, and no leading zero group.
    expect(parseNumberAnswer("2,03", "fr", { integerKey: true })).toBe(2.03);
    expect(parseNumberAnswer("2,0300", "fr", { integerKey: true })).toBe(2.03);
    expect(parseNumberAnswer("0,030", "fr", { integerKey: true })).toBe(0.03);
  });

  it("applies the same integer-key rule to English '2.030'", () => {
    expect(parseNumberAnswer("2.030", "en")).toBe(2.03);
    expect(parseNumberAnswer("2.030", "en", { integerKey: true })).toBe(2030);
  });

  it("rejects malformed groupings and several numbers", () => {
    expect(parseNumberAnswer("20 30", "fr")).toBeNull();
    expect(parseNumberAnswer("2 03", "fr")).toBeNull();
    expect(parseNumberAnswer("1.00.000", "fr")).toBeNull();
    expect(parseNumberAnswer("2,030.5.1", "en")).toBeNull();
    expect(parseNumberAnswer("16 et 1 600", "fr")).toBeNull();
    expect(parseNumberAnswer("5 janvier 2022", "fr")).toBeNull();
    expect(parseNumberAnswer("2030, 1600", "fr")).toBeNull();
  });

  it("rejects numbers a double cannot hold exactly", () => {
    expect(parseNumberAnswer("2".repeat(16), "fr")).toBeNull();
    expect(parseNumberAnswer("2".repeat(400), "fr")).toBeNull(); // would be Infinity
    expect(parseNumberAnswer("9".repeat(15), "fr")).toBe(999_999_999_999_999);
    expect(sameNumber(Infinity, Infinity)).toBe(false);
  });

  it("rejects text that is not a number", () => {
    expect(parseNumberAnswer("", "fr")).toBeNull();
    expect(parseNumberAnswer("Almaty", "fr")).toBeNull();
    expect(parseNumberAnswer("une crise", "fr")).toBeNull(); // "une" is an article here
    expect(parseNumberAnswer("ils sont 2030", "fr")).toBeNull();
    expect(parseNumberAnswer("2030 soldats ont été envoyés au Kazakhstan", "fr")).toBeNull();
  });
});

describe("parseNumberAnswer: scales", () => {
  it.each([
    ["1,5 million", "fr", 1_500_000],
    ["1.5 million", "en", 1_500_000],
    ["1,5 millions", "fr", 1_500_000],
    ["2 millions d'euros", "fr", 2_000_000],
    ["3 milliards", "fr", 3e9],
    ["1 billion", "fr", 1e12], // French long scale
    ["1 billion", "en", 1e9],
    ["1.1 million", "en", 1_100_000], // no binary float noise
    ["10k", "en", 10_000],
  ])("%j (%s) → %d", (input, lang, value) => {
    expect(parseNumberAnswer(input, lang as "fr" | "en")).toBe(value);
  });
});

describe("parseNumberAnswer: words", () => {
  it.each([
    ["zéro", 0],
    ["un", 1],
    ["deux", 2],
    ["seize", 16],
    ["dix-sept", 17],
    ["vingt", 20],
    ["vingt et un", 21],
    ["vingt-deux", 22],
    ["trente", 30],
    ["soixante-dix", 70],
    ["soixante et onze", 71],
    ["quatre-vingts", 80],
    ["quatre-vingt-dix-sept", 97],
    ["septante", 70], // Belgian / Swiss
    ["cent", 100],
    ["deux cents", 200],
    ["cent vingt", 120],
    ["mille", 1000],
    ["deux mille trente", 2030],
    ["un million", 1_000_000],
    ["Seize", 16],
  ])("fr %j → %d", (input, value) => {
    expect(parseNumberAnswer(input, "fr")).toBe(value);
  });

  it.each([
    ["one", 1],
    ["twelve", 12],
    ["twenty-one", 21],
    ["ninety nine", 99],
    ["a hundred", 100],
    ["one hundred and five", 105],
    ["two thousand and thirty", 2030],
    ["nineteen hundred", 1900],
  ])("en %j → %d", (input, value) => {
    expect(parseNumberAnswer(input, "en")).toBe(value);
  });

  it("rejects malformed number words", () => {
    expect(parseNumberAnswer("deux trois", "fr")).toBeNull();
    expect(parseNumberAnswer("vingt trente", "fr")).toBeNull();
    expect(parseNumberAnswer("et", "fr")).toBeNull();
  });
});

describe("parseNumberDetailed: hedges and units", () => {
  it.each([
    ["plus de 1 600", 1600, "gt"],
    ["plus d'un million", 1_000_000, "gt"],
    ["au moins 250", 250, "gt"],
    ["more than 1,600", 1600, "gt"],
    ["> 1600", 1600, "gt"],
    ["moins de 20", 20, "lt"],
    ["fewer than 20", 20, "lt"],
    ["environ 2 000", 2000, "approx"],
    ["près de 2 000", 2000, "approx"],
    ["quelque 2 000", 2000, "approx"],
    ["about 2,000", 2000, "approx"],
    ["une dizaine", 10, "approx"],
    ["un millier de blessés", 1000, "approx"],
  ])("%j → %d (%s)", (input, value, hedge) => {
    const p = parseNumberDetailed(input, input.match(/more|fewer|about/) ? "en" : "fr");
    expect(p?.value).toBe(value);
    expect(p?.hedge).toBe(hedge);
  });

  it("has no hedge on a plain number, and does not read 'over' inside a word", () => {
    expect(parseNumberDetailed("1 600", "fr")?.hedge).toBeUndefined();
    expect(parseNumberDetailed("overall 5", "en")).toBeNull();
  });

  it("returns the unit after the number", () => {
    expect(parseNumberDetailed("2 030 soldats", "fr")).toEqual({ value: 2030, unit: "soldats" });
    expect(parseNumberDetailed("50 %", "fr")).toEqual({ value: 50, unit: "%" });
    expect(parseNumberDetailed("50%", "fr")?.unit).toBe("%");
    expect(parseNumberDetailed("50 pour cent", "fr")?.unit).toBe("%");
    expect(parseNumberDetailed("50 percent", "en")?.unit).toBe("%");
    expect(parseNumberDetailed("une dizaine de blessés", "fr")?.unit).toBe("blesses");
    expect(parseNumberDetailed("2030", "fr")?.unit).toBe("");
  });
});

describe("sameNumber", () => {
  it("ignores float noise but not real differences", () => {
    expect(sameNumber(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameNumber(2030, 2030)).toBe(true);
    expect(sameNumber(2030, 2031)).toBe(false);
    expect(sameNumber(2.03, 2030)).toBe(false);
  });
});
