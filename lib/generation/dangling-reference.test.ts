// Cloze templates skip sentences whose possessive can only point to a person named elsewhere.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { danglingReference } from "./question-kit";
import { TEMPLATES } from "./registry";

const FR = `Le Kazakhstan change de capitale

Noursoultan Nazarbaïev a dirigé le Kazakhstan de 1990 à 2019. La capitale, qui porte alors son prénom, s'appelle Noursoultan depuis 2019. Kassym-Jomart Tokaïev a nommé son successeur au Parlement en 2022. Les habitants de la ville, qui compte plus de 1 200 000 personnes, ont fêté leur victoire en mars 2022. La défense a annoncé son intention de faire appel devant la Cour suprême à Astana.`;

const EN = `Harbourview elects a new mayor

The city council met on Monday in Harbourview. The new bridge, named after his father, opened to traffic on March 3 in Eastport. Maria Lopez thanked her husband after winning 52% of the vote in Harbourview.`;

describe("danglingReference", () => {
  const fr = analyzeArticle(FR, { language: "fr" });
  const en = analyzeArticle(EN, { language: "en" });
  const sentence = (a: typeof fr, start: string) => a.sentences.find((s) => s.text.startsWith(start))!;

  it("flags a person-only possessive with no person before it in the sentence", () => {
    expect(danglingReference(fr, sentence(fr, "La capitale, qui porte"))).toBe(true);
    expect(danglingReference(en, sentence(en, "The new bridge"))).toBe(true);
  });

  it("keeps possessives whose owner is named earlier or is an ordinary noun", () => {
    expect(danglingReference(fr, sentence(fr, "Kassym-Jomart Tokaïev"))).toBe(false);
    expect(danglingReference(fr, sentence(fr, "Les habitants"))).toBe(false);
    expect(danglingReference(fr, sentence(fr, "La défense"))).toBe(false);
    expect(danglingReference(en, sentence(en, "Maria Lopez"))).toBe(false);
  });

  it("no cloze (fill-blank, short answer, choice) is built on the dangling sentence", () => {
    const s = sentence(fr, "La capitale, qui porte");
    const cloze = TEMPLATES.flatMap((t) => t.generate(fr)).filter((c) => c.kind !== "true_false" && c.prompt.includes("_____"));
    expect(cloze.length).toBeGreaterThan(0);
    expect(cloze.filter((c) => c.sentenceIndex === s.index)).toEqual([]);
  });
});
