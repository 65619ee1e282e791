import { describe, expect, it } from "vitest";
import { segmentSentences } from "./sentences";
import { tokenize } from "./tokens";

const texts = (t: string, lang: "fr" | "en" = "fr") => segmentSentences(t, lang).map((s) => s.text);

describe("segmentSentences", () => {
  it.each([["\u00A0"], ["\u202F"], [" "]])("keeps a closing » with its sentence (space %j)", (sp) => {
    const t = `Il a déclaré : «${sp}La tentative a été déjouée.${sp}» Les 2 030 soldats sont arrivés.`;
    expect(texts(t)).toEqual([`Il a déclaré : «${sp}La tentative a été déjouée.${sp}»`, "Les 2 030 soldats sont arrivés."]);
  });

  it("does not split after French and English abbreviations", () => {
    expect(texts("M. Dupont est arrivé hier. Mme Morel aussi.")).toEqual(["M. Dupont est arrivé hier.", "Mme Morel aussi."]);
    expect(texts("Mr. Smith met Dr. Jones in the U.S. capital. They agreed.", "en")).toEqual([
      "Mr. Smith met Dr. Jones in the U.S. capital.", "They agreed.",
    ]);
  });

  it("ends a sentence after a dotted abbreviation when the next word opens sentences", () => {
    expect(texts("The band played in Washington D.C. The crowd sang along. U.S. President Smith waved.", "en")).toEqual([
      "The band played in Washington D.C.", "The crowd sang along.", "U.S. President Smith waved.",
    ]);
  });

  it("leaves a paragraph's dateline out of its first sentence", () => {
    const t = "Lyon, France — The river rose two metres overnight. Schools stayed shut.\n\nPARIS (AFP) - Trains ran late all day on the northern lines.";
    const s = segmentSentences(t, "en");
    expect(s.map((x) => x.text)).toEqual(["The river rose two metres overnight.", "Schools stayed shut.", "Trains ran late all day on the northern lines."]);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
    // With a date (reading 45: "WASHINGTON, March 26, 1997 –" kept in a main idea's key).
    expect(texts("WASHINGTON, March 26, 1997 – Army won its sixth straight title on Saturday. Navy came second.", "en")).toEqual(["Army won its sixth straight title on Saturday.", "Navy came second."]);
    expect(texts("PARIS, 3 mars 2015 (AFP) - Les trains ont circulé avec retard toute la journée.")).toEqual(["Les trains ont circulé avec retard toute la journée."]);
    // "United States v. Nathaniel Gray": "v." is no sentence end.
    expect(texts("Both men were convicted in United States v. Nathaniel Gray, et al, in August 2005. Jackson was sentenced later.", "en")).toEqual(["Both men were convicted in United States v. Nathaniel Gray, et al, in August 2005.", "Jackson was sentenced later."]);
    // A dash inside a sentence is no dateline.
    expect(texts("Le maire a parlé — enfin — devant le conseil municipal réuni hier.")).toEqual(["Le maire a parlé — enfin — devant le conseil municipal réuni hier."]);
  });

  it("gives offsets into the original text and flags headings", () => {
    const t = "Un titre sans point\n\nPremière phrase ici. Deuxième phrase là.";
    const s = segmentSentences(t, "fr");
    expect(s.map((x) => x.isHeading)).toEqual([true, false, false]);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
    // The last sentence of a paragraph that lost its full stop is still a sentence (reading 13).
    const typo = segmentSentences("Six attaques ont frappé Paris. Le bilan fait état de 129 morts, selon une source judiciaire\n\nLa suite du texte.", "fr");
    expect(typo.map((x) => x.isHeading)).toEqual([false, false, false]);
  });
});

describe("tokenize", () => {
  it("splits elisions with both apostrophes", () => {
    const t = "L'OTSC et l’armée d'Almaty.";
    const s = segmentSentences(t, "fr");
    const tok = tokenize(t, s, "fr");
    expect(tok.filter((x) => x.elision).map((x) => x.text)).toEqual(["L", "l", "d"]);
    expect(tok.map((x) => x.text)).toContain("OTSC");
    expect(tok.map((x) => x.text)).toContain("armée");
  });
});

describe("a period glued to the next sentence", () => {
  it("still ends the sentence (readings 21 and 22: « au Nord.Ce dernier », « récidive.Au terme »)", () => {
    expect(segmentSentences("Un incendie a débuté au Nord.Ce dernier a déjà ravagé 1 000 hectares.", "fr").map((s) => s.text))
      .toEqual(["Un incendie a débuté au Nord.", "Ce dernier a déjà ravagé 1 000 hectares."]);
    expect(segmentSentences("The U.S. Army said it. Mr.Smith left. Visit wikinews.org today.", "en").map((s) => s.text))
      .toEqual(["The U.S. Army said it.", "Mr.Smith left.", "Visit wikinews.org today."]);
  });
});

describe("a dateline written with two hyphens", () => {
  it("is no part of the sentence (reading 23: \"PITTSBURGH -- Team USA athletes …\")", () => {
    expect(segmentSentences("PITTSBURGH -- Team USA athletes wore 17 medals at the closing ceremony of the Military World Games.", "en")[0].text)
      .toBe("Team USA athletes wore 17 medals at the closing ceremony of the Military World Games.");
  });
});

describe("a figure after an abbreviation", () => {
  it("keeps 'approx. 5 km' and « max. 3 mètres » inside their sentence, and splits « Loire. 100 gendarmes »", () => {
    expect(segmentSentences("The trip is approx. 5 km long to the pass.", "en")).toHaveLength(1);
    expect(segmentSentences("Il mesure max. 3 mètres selon les experts.", "fr")).toHaveLength(1);
    expect(segmentSentences("Le trafic touchait la Bretagne et les Pays de la Loire. 100 gendarmes ont procédé à 18 interpellations.", "fr")).toHaveLength(2);
    // Elsewhere those abbreviations may end a sentence.
    expect(segmentSentences("Il a couru les 10 km en 45 min. Il a battu le record de la course.", "fr")).toHaveLength(2);
  });
});
