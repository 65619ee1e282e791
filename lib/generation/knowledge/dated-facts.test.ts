import { describe, expect, it } from "vitest";
import {
  aFr, capitalAt, countryNameEn, countryOfFr, currencyAt, deFr, getCountry, getOrganisation, isMemberAt,
  KB_AS_OF, locativeFr, membersAt, membershipStatusAt, neighbours, orgOfFr, sharesBorder, withArticleFr,
} from "./index";

const kz = () => getCountry("KZ")!;

describe("capital of Kazakhstan over time", () => {
  it("was Astana in 2010", () => {
    expect(capitalAt("KZ", "2010-01-01", "fr")?.name).toBe("Astana");
  });
  it("was Nur-Sultan in January 2022, with its French transliterations as aliases", () => {
    const cap = capitalAt("KZ", new Date("2022-01-05T00:00:00Z"), "fr");
    expect(cap?.name).toBe("Nur-Sultan");
    expect(cap?.aliases).toContain("Noursoultan");
    expect(cap?.period).toEqual({ from: "2019-03-20", to: "2022-09-17" });
  });
  it("is Astana again from 2022-09-17 (half-open intervals)", () => {
    expect(capitalAt("KZ", "2022-09-16", "en")?.name).toBe("Nur-Sultan");
    expect(capitalAt("KZ", "2022-09-17", "en")?.name).toBe("Astana");
    expect(capitalAt("KZ", "2023-01-01", "en")?.name).toBe("Astana");
    expect(capitalAt("KZ", KB_AS_OF, "en")?.period.to).toBeNull();
  });
  it("was Almaty before the move and Akmola in between", () => {
    expect(capitalAt(kz(), "1995-06-01", "fr")?.name).toBe("Almaty");
    expect(capitalAt(kz(), "1998-01-01", "fr")?.name).toBe("Akmola");
  });
  it("uses French exonyms in French", () => {
    expect(capitalAt("KG", "2022-01-05", "fr")?.name).toBe("Bichkek");
    expect(capitalAt("KG", "2022-01-05", "en")?.name).toBe("Bishkek");
    expect(capitalAt("CN", "2022-01-05", "fr")?.name).toBe("Pékin");
  });
});

describe("CSTO membership", () => {
  it("in January 2022: the six members, not Uzbekistan", () => {
    const m = membersAt("csto", "2022-01-05");
    expect(new Set(m)).toEqual(new Set(["RU", "BY", "AM", "KZ", "KG", "TJ"]));
    expect(isMemberAt("OTSC", "KZ", "2022-01-05")).toBe(true);
    expect(isMemberAt("CSTO", "UZ", "2022-01-05")).toBe(false);
    expect(membershipStatusAt("csto", "UZ", "2022-01-05")).toBe("non-member");
  });
  it("in 2008: Uzbekistan was a member", () => {
    expect(membersAt("csto", "2008-06-01")).toContain("UZ");
    expect(isMemberAt("csto", "UZ", "2008-06-01")).toBe(true);
  });
  it("Armenia's frozen participation is neither in nor out after February 2024", () => {
    expect(membershipStatusAt("csto", "AM", "2022-01-05")).toBe("member");
    expect(membershipStatusAt("csto", "AM", "2025-01-01")).toBe("unclear");
  });
  it("incomplete lists never claim non-membership", () => {
    expect(membershipStatusAt("un", "FR", "2022-01-05")).toBe("unknown");
  });
});

describe("other dated facts", () => {
  it("NATO enlargements and Brexit", () => {
    expect(isMemberAt("nato", "FI", "2023-01-01")).toBe(false);
    expect(isMemberAt("OTAN", "FI", "2023-06-01")).toBe(true);
    expect(isMemberAt("nato", "SE", "2024-03-07")).toBe(true);
    expect(isMemberAt("eu", "GB", "2020-01-31")).toBe(true);
    expect(isMemberAt("UE", "GB", "2020-02-01")).toBe(false);
  });
  it("Croatia's kuna then euro", () => {
    expect(currencyAt("HR", "2022-06-01")?.code).toBe("HRK");
    expect(currencyAt("HR", "2023-06-01")?.code).toBe("EUR");
  });
  it("neighbours and borders through territories", () => {
    expect(new Set(neighbours("KZ"))).toEqual(new Set(["CN", "KG", "RU", "TM", "UZ"]));
    expect(sharesBorder("KZ", "MN")).toBe(false);
    expect(sharesBorder("FR", "BR")).toBe("other");
    expect(sharesBorder("RU", "PL")).toBe("other");
    expect(sharesBorder("UA", "PL")).toBe(true);
  });
});

describe("French and English noun phrases", () => {
  const c = (code: string) => getCountry(code)!;
  it("contracts de + article", () => {
    expect(countryOfFr(c("KZ"))).toBe("du Kazakhstan");
    expect(countryOfFr(c("RU"))).toBe("de la Russie");
    expect(countryOfFr(c("US"))).toBe("des États-Unis");
    expect(countryOfFr(c("IR"))).toBe("de l’Iran");
    expect(countryOfFr(c("CY"))).toBe("de Chypre");
    expect(countryOfFr(c("IL"))).toBe("d’Israël");
    expect(orgOfFr(getOrganisation("csto")!)).toBe("de l’OTSC");
    expect(orgOfFr(getOrganisation("imf")!)).toBe("du FMI");
    expect(deFr(getOrganisation("brics")!, "BRICS")).toBe("des BRICS");
  });
  it("locatives: au, en, aux, à", () => {
    expect(locativeFr(c("KZ"))).toBe("au Kazakhstan");
    expect(locativeFr(c("RU"))).toBe("en Russie");
    expect(locativeFr(c("UZ"))).toBe("en Ouzbékistan");
    expect(locativeFr(c("US"))).toBe("aux États-Unis");
    expect(locativeFr(c("CY"))).toBe("à Chypre");
    expect(locativeFr(c("MX"))).toBe("au Mexique");
    expect(aFr(c("KZ"), "Kazakhstan")).toBe("au Kazakhstan");
    expect(withArticleFr(c("UA"), "Ukraine")).toBe("l’Ukraine");
  });
  it("English article where needed", () => {
    expect(countryNameEn(c("US"))).toBe("the United States");
    expect(countryNameEn(c("KZ"))).toBe("Kazakhstan");
  });
});
