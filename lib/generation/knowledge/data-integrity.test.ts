import { describe, expect, it } from "vitest";
import { COUNTRIES, ORGANISATIONS, SUBREGIONS, getCountry } from "./index";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

describe("country data", () => {
  it("covers enough countries, all of Central Asia and the Caucasus", () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(70);
    for (const code of ["KZ", "KG", "TJ", "TM", "UZ", "GE", "AM", "AZ"]) expect(getCountry(code)).toBeDefined();
    // Every G20 country member is curated.
    for (const code of ["AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR", "GB", "US"]) {
      expect(getCountry(code), code).toBeDefined();
    }
  });

  it("has unique codes and well-formed fields", () => {
    const codes = COUNTRIES.flatMap((c) => [c.cca2, c.cca3]);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of COUNTRIES) {
      expect(c.cca2).toMatch(/^[A-Z]{2}$/);
      expect(c.cca3).toMatch(/^[A-Z]{3}$/);
      expect(SUBREGIONS[c.subregion], c.cca2).toBeDefined();
      expect(c.capitals.length, c.cca2).toBeGreaterThan(0);
      expect(c.currencies.length, c.cca2).toBeGreaterThan(0);
    }
  });

  it("dated lists are ordered, contiguous and end open", () => {
    for (const c of COUNTRIES) {
      const caps = c.capitals;
      expect(caps[caps.length - 1].to, c.cca2).toBeNull();
      for (let i = 1; i < caps.length; i++) expect(caps[i].from, c.cca2).toBe(caps[i - 1].to);
      for (const p of [...caps, ...c.currencies]) {
        if (p.from) expect(p.from).toMatch(ISO_DAY);
        if (p.to) expect(p.to).toMatch(ISO_DAY);
        if (p.from && p.to) expect(p.from < p.to, c.cca2).toBe(true);
      }
    }
  });

  it("borders are symmetric between curated countries and never self-referencing", () => {
    for (const c of COUNTRIES) {
      const main = new Set(c.borders);
      const other = new Set(c.bordersOther ?? []);
      expect(main.has(c.cca2)).toBe(false);
      for (const b of other) expect(main.has(b), `${c.cca2}/${b}`).toBe(false);
      for (const b of c.borders) {
        const n = getCountry(b);
        if (n) expect(n.borders, `${b} should border ${c.cca2}`).toContain(c.cca2);
      }
    }
  });
});

describe("organisation data", () => {
  it("covers the main organisations with fr/en acronyms", () => {
    expect(ORGANISATIONS.length).toBeGreaterThanOrEqual(25);
    const ids = new Set(ORGANISATIONS.map((o) => o.id));
    for (const id of ["csto", "nato", "un", "eu", "cis", "sco", "eaeu", "osce", "who", "imf", "wto", "opec", "g7", "g20", "brics", "au", "asean", "icc", "unesco", "unicef", "iaea", "interpol"]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it("memberships are well-formed", () => {
    for (const o of ORGANISATIONS) {
      expect(o.founded).toMatch(ISO_DAY);
      for (const m of [...o.members, ...(o.unclear ?? [])]) {
        expect(m.cca2).toMatch(/^[A-Z]{2}$/);
        if (m.from && m.to) expect(m.from < m.to, `${o.id}/${m.cca2}`).toBe(true);
      }
      if (o.membersComplete) expect(o.members.length, o.id).toBeGreaterThan(0);
    }
  });
});
