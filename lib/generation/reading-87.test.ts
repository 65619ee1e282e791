// Causes found by blind reading 87 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { genderOf, promptGender } from "../analysis/gender";
import { firstNameGender } from "../analysis/lexicon/first-names";
import { unworthy } from "./select";
import { whQuestionTemplate } from "./types/wh-question";
import { mainIdeaCandidate } from "./types/main-idea";
import type { Candidate } from "./template";
import { numberCloze } from "./test-analysis";

const FR = [
  "La ministre de la Culture a inauguré mardi le nouveau musée des Beaux-Arts de Rennes après quatre ans de travaux.",
  "Accueillie par la maire de Rennes Nathalie Appéré et par Hélène Martin, directrice du musée, Françoise Garnier a visité les salles.",
  "Le président de la région Loïc Chesnais-Girard a salué un chantier mené sans retard.",
  "Cinq personnes seraient blessées dont certaines en urgence absolue après la chute d'un échafaudage la veille.",
].join("\n\n");

describe("reading 87: people typed and gendered", () => {
  const a = analyzeArticle(FR, { language: "fr", title: "Rennes inaugure son musée rénové" });
  const person = (name: string) => a.entities.find((e) => e.type === "person" && e.name === name);

  it("keeps a place before a first name out of the name", () => {
    expect(person("Nathalie Appéré")).toBeDefined();
    expect(a.entities.some((e) => e.name.startsWith("Rennes Nathalie"))).toBe(false);
  });

  it("reads an accented first name and the head of a role", () => {
    expect(firstNameGender("Françoise")).toBe("f");
    expect(firstNameGender("Hélène")).toBe("f");
    expect(genderOf(a, person("Françoise Garnier")!)).toBe("f");
    // « le président de la région »: the « la » of the complement says nothing of the person.
    expect(genderOf(a, person("Loïc Chesnais-Girard")!)).toBe("m");
  });

  it("reads the gender of a role set right beside the blank", () => {
    expect(promptGender(a, "Complétez avec le bon nom : « _____, la ministre de la Culture a visité les salles. »", undefined)).toBe("f");
    expect(promptGender(a, "Complétez avec le bon nom : « Accueillie par le maire de Rennes _____ et par … »", undefined)).toBe("m");
    expect(promptGender(a, "Complétez avec le bon nom : « _____ a visité les salles. »", undefined)).toBeUndefined();
  });

  it("asks a count without the breakdown that follows it", () => {
    const prompts = whQuestionTemplate.generate(a).map((c) => c.prompt);
    expect(prompts.some((p) => /combien de personnes seraient blessées[\s\u00A0\u202F]?\?/u.test(p))).toBe(true);
    expect(prompts.some((p) => /dont certaines/u.test(p))).toBe(false);
  });
});

/** A number cloze whose prompt (and any other field) is given as the reader saw it. */
const cand = (over: Partial<Candidate>): Candidate => ({ ...numberCloze(FR_ANALYSIS, "Les ouvriers ont sorti 2 tableaux du grenier de la maison.", "2"), choices: ["2", "3", "4", "5"], ...over } as Candidate);
const FR_ANALYSIS = analyzeArticle("Les ouvriers ont sorti 2 tableaux du grenier de la maison.", { language: "fr", title: "Tableaux" });

describe("reading 87: numbers and questions read alone", () => {
  const a = analyzeArticle(FR, { language: "fr", title: "Rennes inaugure son musée rénové" });

  it("refuses a blank in a verbless piece cut off by an ellipsis", () => {
    expect(unworthy(a, cand({ prompt: "Complétez avec le bon nombre : « _____ tableaux couverts de poussière… Le gardien ne le sait pas encore mais il tient un trésor. »" })))
      .toMatch(/verbless/u);
    expect(unworthy(a, cand({ prompt: "Complétez avec le bon nombre : « Les ouvriers ont sorti _____ tableaux… Le gardien ne le sait pas encore. »" })) ?? "").not.toMatch(/verbless/u);
  });

  it("refuses a blank after a backtick that stands for a lost currency sign", () => {
    expect(unworthy(a, cand({ prompt: "Fill in the right number: “The state has set aside `_____ crore for the campaign.”" }))).toMatch(/sign/u);
  });

  it("refuses 'the second important goal': an ordinal over a subset the question leaves open", () => {
    const en = analyzeArticle("Naka scored the second important goal. Hale scored the first.", { language: "en", title: "KOSSA wins the final" });
    expect(unworthy(en, cand({ template: "wh-question", prompt: "According to the article, who scored the second important goal?", choices: ["Naka", "Hale", "Omo", "Ani"], answer: "Naka", meta: { slot: "person" } })))
      .toMatch(/ordinal/u);
    expect(unworthy(en, cand({ template: "wh-question", prompt: "According to the article, who scored the second goal?", choices: ["Naka", "Hale", "Omo", "Ani"], answer: "Naka", meta: { slot: "person" } })) ?? "")
      .not.toMatch(/ordinal/u);
  });
});

describe("reading 87: main-idea options are facts", () => {
  it("offers no hedged or judging sentence as a true secondary statement", () => {
    const text = [
      "The Harbour Club won the national football championship final on Saturday and will represent the country in the regional league.",
      "Three of the goals were arguably some of the most magical goals scored so far this season.",
      "The final was played at the national stadium in front of 8,000 supporters.",
      "The coach of the Harbour Club thanked the supporters after the match.",
      "The losing side had won the championship in each of the last two years.",
      "Tickets for the final were sold out a week before the match.",
      "The regional league starts in March with eight clubs from five countries.",
      "The referee showed four yellow cards during the second half.",
    ].join("\n\n");
    const c = mainIdeaCandidate(analyzeArticle(text, { language: "en", title: "Harbour Club wins national football championship final" }), 7);
    expect(c).not.toBeNull();
    expect((c!.choices ?? []).some((x) => /arguably/u.test(x))).toBe(false);
  });
});
