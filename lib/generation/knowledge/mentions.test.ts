import { describe, expect, it } from "vitest";
import { findMentions, type Mention } from "./index";

const ids = (ms: Mention[], strongOnly = true) =>
  ms.filter((m) => !strongOnly || !m.weak).map((m) => `${m.kind === "country" ? "c" : "o"}:${m.id}`);

function expectExactSlices(text: string, ms: Mention[]) {
  for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe("findMentions in French", () => {
  const text =
    "Au Kirghizistan comme en Biélorussie (ou Bélarus), l’OTSC reste influente. " +
    "Les Etats-Unis et l'OTAN observent ; le KAZAKHSTAN a fait appel à l'Organisation du traité de sécurité collective. " +
    "Un soldat russe est arrivé à Almaty.";
  const ms = findMentions(text, { language: "fr" });

  it("finds aliases, unaccented spellings, elided acronyms and upper-case names", () => {
    const found = ids(ms);
    expect(found).toContain("c:KG");
    expect(found.filter((x) => x === "c:BY")).toHaveLength(2);
    expect(found).toContain("c:US");
    expect(found).toContain("c:KZ");
    expect(found).toContain("o:nato");
    expect(found.filter((x) => x === "o:csto")).toHaveLength(2);
  });

  it("keeps the longest match and exact original offsets", () => {
    expectExactSlices(text, ms);
    const full = ms.find((m) => m.id === "csto" && m.form === "name");
    expect(full?.text).toBe("Organisation du traité de sécurité collective");
    expect(ms.find((m) => m.id === "csto" && m.form === "acronym")?.text).toBe("OTSC");
    expect(ms.find((m) => m.id === "US")?.text).toBe("Etats-Unis");
  });

  it("marks demonyms as weak", () => {
    const russe = ms.find((m) => m.text === "russe");
    expect(russe).toMatchObject({ id: "RU", weak: true, form: "demonym" });
  });

  it("does not take the French article 'Un' for the UN", () => {
    expect(ids(ms)).not.toContain("o:un");
  });
});

describe("findMentions in English", () => {
  const text =
    "Kyrgyzstan and Belarus sent troops under the CSTO flag, while NATO and the UN watched. " +
    "The Collective Security Treaty Organization met in Moscow.";
  const ms = findMentions(text, { language: "en" });

  it("finds English names and acronyms", () => {
    const found = ids(ms);
    expect(found).toEqual(expect.arrayContaining(["c:KG", "c:BY", "o:csto", "o:nato", "o:un"]));
    expect(found.filter((x) => x === "o:csto")).toHaveLength(2);
    expectExactSlices(text, ms);
  });
});

describe("no false hits", () => {
  it("does not match inside other words", () => {
    const text = "Le Nigeria, le chien malinois et les Iraniennes ; an Omani sailor; Nigerian oil.";
    const ms = findMentions(text, { language: "fr" });
    const found = ids(ms, false);
    expect(found).toContain("c:NG");
    expect(found).not.toContain("c:NE"); // "Niger" inside "Nigeria"/"Nigerian"
    expect(found).not.toContain("c:ML"); // "Mali" inside "malinois"
    // "Iran" inside "Iraniennes" is no name mention, only a weak demonym.
    expect(ms.filter((m) => m.id === "IR").map((m) => [m.text, m.weak])).toEqual([["Iraniennes", true]]);
  });

  it("needs a capital letter for names and exact case for acronyms", () => {
    const found = ids(findMentions("We ate turkey and chili on fine china; the ue was otan.", { language: "en" }), false);
    expect(found).toEqual([]);
  });

  it("ignores two-letter acronyms of the other language", () => {
    // "UE" is French; in an English text it should not be read as the EU.
    expect(ids(findMentions("UE BOOM was a band.", { language: "en" }))).not.toContain("o:eu");
    expect(ids(findMentions("L'UE et l'ONU.", { language: "fr" }))).toEqual(["o:eu", "o:un"]);
  });

  it("treats ambiguous names as weak", () => {
    const ms = findMentions("Georgia voted for the Democrats in Atlanta.", { language: "en" });
    expect(ms.every((m) => m.weak)).toBe(true);
  });
});
