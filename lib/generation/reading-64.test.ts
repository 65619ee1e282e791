// Causes found by blind reading 64 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";

describe("reading 64: an Arabic article inside a name", () => {
  it("reads « le juge Anwar al-Assi » as one person, « Al-Assi » later as him", () => {
    const a = analyzeArticle("« Le candidat a récolté 96 % des votes », a annoncé le juge Anwar al-Assi lors d'une conférence de presse. " +
      "Abdel Fattah al-Sissi a remporté l'élection. « Le mandat commence demain », a ajouté Al-Assi.", { language: "fr" });
    const judge = a.entities.find((e) => e.name === "Anwar al-Assi");
    expect(judge?.type).toBe("person");
    expect(a.entities.find((e) => e.name === "Abdel Fattah al-Sissi")?.type).toBe("person");
    const later = a.entityMentions.find((m) => m.text === "Al-Assi");
    expect(later?.entityId).toBe(judge?.id);
  });
});
