import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { frenchPresentAt, hasFrenchPresent } from "./french-verbs";
import { frenchPresentData } from "./french-verbs-source";

const at = (text: string, word: string) => {
  const words = text.split(" ");
  return frenchPresentAt(words, words.indexOf(word));
};

describe("French present-tense verbs in context", () => {
  it("finds present tenses no suffix rule knows, where a verb stands", () => {
    expect(at("Un feu se déclare dans un entrepôt", "déclare")).toBe(true);
    expect(at("Les pompiers maîtrisent l'incendie", "maîtrisent")).toBe(true);
    expect(at("la mortalité augmente en aval", "augmente")).toBe(true);
    expect(at("Une société pompe et rince les égouts", "pompe")).toBe(true);
    expect(at("un agent qui arrête l'installation", "arrête")).toBe(true);
    expect(at("il les arrête aussitôt", "arrête")).toBe(true);
  });

  it("reads the same forms as nouns after a determiner, a preposition, an adjective or a noun of another number", () => {
    expect(at("Un incendie dans une usine", "incendie")).toBe(false);
    expect(at("un violent incendie ravage", "incendie")).toBe(false);
    expect(at("devant la porte du site", "porte")).toBe(false);
    expect(at("les services incendie arrivent", "incendie")).toBe(false);
    expect(at("Incendie dans une usine", "Incendie")).toBe(false);
    expect(hasFrenchPresent("Un avion de la compagnie Germanwings.")).toBe(false);
    expect(hasFrenchPresent("Le feu, vers minuit.")).toBe(false);
  });

  it("ships the forms the Lefff tables give (run scripts/build-french-verbs.ts after upgrading the package)", () => {
    const shipped = JSON.parse(readFileSync(new URL("./data/french-present.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(frenchPresentData());
  });
});
