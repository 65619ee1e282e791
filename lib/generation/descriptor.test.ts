// What the article says a name is ("EUMETSAT, l'organisation européenne …"): asked as vocabulary
// with what it says of its other names as options; descriptions that belong to another noun, list
// items and persons typed as things are left alone.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { descriptorTemplate, findDescriptors } from "./types/descriptor";
import { verifyCandidate } from "./verify";

const FR = `Deux satellites en orbite

La fusée a placé en orbite deux satellites construits en Europe. Le premier satellite sera exploité par EUMETSAT, l'organisation européenne chargée des satellites météorologiques. Il embarque le radiomètre imageur SEVIRA, qui observe les nuages. Le second appartient à l'opérateur américain OrbitNet, qui vend de l'internet par satellite. Le lancement s'est déroulé sans incident depuis la Guyane.`;

describe("what the article says a name is", () => {
  it("asks « qu'est-ce que » with the article's other descriptions as options, proven from the evidence", () => {
    const a = analyzeArticle(FR, { language: "fr", title: "Deux satellites en orbite" });
    const full = kitFor(a).full;
    const found = findDescriptors(full).map((d) => `${d.term} = ${d.text}`);
    expect(found).toEqual(expect.arrayContaining([
      "EUMETSAT = l'organisation européenne chargée des satellites météorologiques",
      "SEVIRA = le radiomètre imageur",
      "OrbitNet = l'opérateur américain",
    ]));
    const q = descriptorTemplate.generate(a).find((c) => /EUMETSAT/.test(c.prompt))!;
    expect(q.prompt).toBe("D’après l’article, qu’est-ce qu’EUMETSAT\u202F?");
    expect(q.answer).toBe("Organisation européenne chargée des satellites météorologiques");
    expect(q.choices).toEqual(expect.arrayContaining(["Radiomètre imageur", "Opérateur américain"]));
    expect(q.skill).toBe("vocabulary");
    expect(verifyCandidate(full, q)).toBeNull();
    // What the article says of another name is not re-derived as this one's description.
    expect(verifyCandidate(full, { ...q, answer: "Radiomètre imageur" })).not.toBeNull();
  });

  it("takes no description that may belong to the noun before « de », no list item, no person typed as a thing", () => {
    const a = kitFor(analyzeArticle(`Aide humanitaire

L'aide est destinée au Honduras, le pays le plus touché par l'ouragan. Le navire partira pour le compte de la NASA, première mission de ce type. L'ancien dirigeant Jean-Marie Dupont a salué l'opération. Le porte-parole du ministère a précisé le calendrier.`, { language: "fr", title: "Aide humanitaire" })).full;
    const terms = findDescriptors(a).map((d) => d.term);
    expect(terms).not.toContain("NASA");
    expect(terms).not.toContain("Honduras");
    expect(terms).not.toContain("Jean-Marie Dupont");
  });
});
