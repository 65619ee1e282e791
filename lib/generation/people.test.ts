// Names offered as people: typed by a first-name lexicon and roles rather than by capitals,
// told apart by the gender a prompt shows, one person never offered under two spellings, and
// quotes attributed through "he said" only when the evidence names one person.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { genderOf, promptGender } from "../analysis/gender";
import type { FullAnalysis } from "../analysis/types";
import { generateQuiz } from "./generate";
import { finalScore, QUALITY_BAR, unworthy } from "./select";
import type { Candidate } from "./template";
import { quoteTemplate } from "./types/quote";
import { stanceTemplate } from "./types/stance";
import { confidentPerson, entityByName, spellingsOfOneName, verifyCandidate } from "./verify";

function full(text: string, lang: "fr" | "en", title: string): FullAnalysis {
  return analyzeArticle(text, { language: lang, title });
}

const EN = `Comic fans gather in Toronto

Thousands of fans gathered in Toronto on Friday for the city's comic convention. Margaret Atwood was there to launch her graphic novel Angel Catbird with illustrator Johnnie Christmas. Mark Hamill met fans at a panel, and the Star Wars actor signed posters for two hours. The Bat Cave exhibit drew long queues all weekend. In a statement, Governor of Ontario Kathleen Wynne said the convention brought millions of dollars to the city. Organisers said attendance had grown every year since 2010. "We sold out every pass two weeks before the doors opened, which has never happened before," Atwood said. Hamill said he hoped to come back next year with the rest of the cast.`;

describe("who counts as a person", () => {
  const a = full(EN, "en", "Comic fans gather in Toronto");
  it("needs a first name, a title or a role in English, not just two capitals", () => {
    expect(confidentPerson(a, "Margaret Atwood")).toBe(true);
    expect(confidentPerson(a, "Mark Hamill")).toBe(true);
    // "Bat" and "Star" are first names too: the article before them tells they are not people.
    expect(confidentPerson(a, "Bat Cave")).toBe(false);
    expect(confidentPerson(a, "Star Wars")).toBe(false);
  });

  it("keeps an 'of' phrase with the role before a name", () => {
    expect(entityByName(a, "Kathleen Wynne")?.type).toBe("person");
    expect(entityByName(a, "of Ontario Kathleen Wynne")).toBeUndefined();
  });

  it("reads a person's gender from the first name and the pronoun that takes the name up", () => {
    expect(genderOf(a, entityByName(a, "Margaret Atwood")!)).toBe("f");
    expect(genderOf(a, entityByName(a, "Mark Hamill")!)).toBe("m");
  });

  it("finds the gender a prompt shows, but not inside a quotation", () => {
    const hamill = entityByName(a, "Mark Hamill");
    expect(promptGender(a, "According to the article, who hoped to come back next year with his cast?", hamill)).toBe("m");
    expect(promptGender(a, "Who said: “she sold out every pass”?", hamill)).toBeUndefined();
  });
});

describe("options a prompt's gender rules out", () => {
  it("drops a name question whose pronoun leaves one possible option", () => {
    const a = full(EN, "en", "Comic fans gather in Toronto");
    const s = a.sentences.find((x) => x.text.startsWith("Hamill said"))!;
    const c: Candidate = {
      kind: "multiple_choice", category: "comprehension", source: "article", prompt: "According to the article, who hoped to come back next year with the rest of his cast?",
      choices: ["Hamill", "Atwood", "Wynne"], answer: "Hamill", evidence: { text: s.text, start: s.start, end: s.end }, explanation: "…",
      difficulty: 1, skill: "detail", score: 0.9, sentenceIndex: s.index, template: "wh-question", meta: { slot: "person" },
    };
    expect(verifyCandidate(a, c)).toBe("the prompt's gender rules options out");
  });

  it("attributes a quote through 'he said' / 'Atwood said' and offers only people", () => {
    const a = full(EN, "en", "Comic fans gather in Toronto");
    const q = quoteTemplate.generate(a).find((x) => /sold out every pass/.test(x.prompt))!;
    expect(q.answer).toBe("Atwood");
    // Surnames of people we are sure of; never "Cave" or "Wars". ("Angel Catbird" still passes:
    // Angel is a first name and nothing in the sentence says it is a book.)
    expect(q.choices?.every((c) => confidentPerson(a, a.entities.find((e) => e.name.endsWith(c))!.name))).toBe(true);
    expect(q.choices).not.toContain("Cave");
    expect(q.choices).not.toContain("Wars");
    expect(verifyCandidate(a, q)).toBeNull();
  });

  it("never offers two spellings of one surname", () => {
    expect(spellingsOfOneName("buchtmann", "bauchtman")).toBe(true);
    expect(spellingsOfOneName("neiva", "nerva")).toBe(true);
    expect(spellingsOfOneName("eastman", "buchtmann")).toBe(false);
  });
});

describe("formats a blind reader did not keep", () => {
  it("does not propose English name clozes; the real question on the fact is asked", () => {
    const r = generateQuiz({ text: EN, title: "Comic fans gather in Toronto", language: "en", count: 20 });
    expect(r.questions.some((q) => q.template === "entity-choice" && /Fill in the right name/.test(q.prompt))).toBe(false);
    expect(r.questions.length).toBeGreaterThan(0);
  });

  it("treats a figure inside a code or a name as no quantity", () => {
    const a = full(EN, "en", "Comic fans gather in Toronto");
    const s = a.sentences[1];
    const base: Candidate = {
      kind: "multiple_choice", category: "comprehension", source: "article", prompt: "", choices: ["133", "160", "153"], answer: "133",
      evidence: { text: s.text, start: s.start, end: s.end }, explanation: "…", difficulty: 1, score: 0.95, sentenceIndex: s.index, template: "numeric", meta: { slot: "number" },
    };
    expect(unworthy(a, { ...base, prompt: "Fill in the right number: “Discovery was retired after STS-_____ last month.”" })).toBe("blank cuts a name");
    expect(unworthy(a, { ...base, prompt: "Fill in the right number: “Traffic to the website had already increased _____-fold before the attack, said the company.”" })).not.toBe("blank cuts a name");
    expect(finalScore(a, { ...base, template: "entity-choice", meta: { slot: "person" } })).toBeLessThan(QUALITY_BAR);
  });
});

describe("who holds which position", () => {
  const TEXT = `Salt and iodine

A national survey found that many children lack iodine. Professor Ann Eastman says manufacturers could easily remedy the situation by using iodised salt. The food regulator's spokesman, Paul Green, told reporters in a statement that new rules on iodine would come by the end of the year. Senior researcher Mu Li said that healthy eating advice had made people add less salt during cooking. Dietitian Rosemary Stanton said that bread now supplied most of the salt children ate. Bakers in three states already use iodised salt in bread. The survey covered 1,700 children in five states.`;

  it("reads a reported claim without 'that' and past an addressee ('told reporters in a statement that')", () => {
    // Read at the template: the quiz no longer offers "what does X say?" (reading 95's verdicts).
    const stance = stanceTemplate.generate(full(TEXT, "en", "Salt and iodine")).filter((c) => c.template === "stance.claim");
    expect(stance.some((q) => (q.choices?.length ?? 0) >= 4)).toBe(true);
    expect(generateQuiz({ text: TEXT, title: "Salt and iodine", language: "en", count: 20 }).questions.filter((q) => /what does .* say\?$/u.test(q.prompt))).toEqual([]);
  });

  it("asks what a holder says, with other holders' claims as options", async () => {
    const { stanceTemplate } = await import("./types/stance");
    const a = full(TEXT, "en", "Salt and iodine");
    const claims = stanceTemplate.generate(a).filter((c) => c.template === "stance.claim");
    const eastman = claims.find((c) => /Eastman/.test(c.prompt))!;
    expect(eastman.prompt).toBe("According to the article, what does Ann Eastman say?");
    expect(eastman.answer).toBe("Manufacturers could easily remedy the situation by using iodised salt");
    expect(eastman.choices).toEqual(expect.arrayContaining(["New rules on iodine would come by the end of the year",
      "Healthy eating advice had made people add less salt during cooking"]));
    expect(verifyCandidate(a, eastman)).toBeNull();
    // A key that is another holder's claim fails the independent check.
    expect(verifyCandidate(a, { ...eastman, answer: "New rules on iodine would come by the end of the year" })).not.toBeNull();
  });
});

describe("causes found by the third blind reading", () => {
  it("never keys the main idea on someone's view of the news, nor on a sentence pointing back", async () => {
    const { mainIdeaCandidate } = await import("./types/main-idea");
    const text = `Afghan girls' robotics team honored after visa snags

An all-girl Afghan robotics team was awarded a silver medal for courageous achievement on Tuesday in Washington. According to the Afghan ambassador, the participation of this robotics team shows the progress of Afghan girls. The team had been denied visas twice before the president intervened. The contest asked robots to sort blue and orange balls. Teams from Morocco and Iran also had trouble reaching the competition. The Syrian refugee team named their robot Robogee. The organisers plan to hold the next contest in Mexico City. Judges praised the teams for their teamwork and their designs.`;
    const a = full(text, "en", "Afghan girls' robotics team honored after visa snags");
    const q = mainIdeaCandidate(a, 1);
    expect(q?.answer ?? "").not.toMatch(/^According to/);
    if (q) expect(q.answer).toMatch(/^An all-girl Afghan robotics team was awarded/);
  });

  it("takes MP for a title, not an organisation", () => {
    const a = full("Document found\n\nA sensitive document was found on an Ottawa street. Paul Dewar, an Ottawa MP, said the lapses raise serious questions. The MP asked the minister to explain the lapse. The department said it would look into the incident.", "en", "Document found");
    expect(a.entities.some((e) => e.name === "MP" && e.type === "org")).toBe(false);
  });

  it("asks no role a clause was cut from, nor one two people share, and who held it at the time", async () => {
    const { shortAnswerTemplate } = await import("./types/short-answer");
    const a = full(`Boy's clock

Ahmed received support online ranging from US President Barack Obama to the founder of Facebook. Environment Canada spokeswoman Mary Smith said the department would look into it. Environment Canada spokeswoman Julie Hahn said the document was not secret. Finance Minister Oliver Grant declined to comment. The school suspended the boy for three days.`, "en", "Boy's clock");
    const prompts = shortAnswerTemplate.generate(a).filter((c) => c.kind === "short_answer").map((c) => c.prompt);
    expect(prompts.some((p) => /ranging/.test(p))).toBe(false);
    expect(prompts.some((p) => /spokeswoman/i.test(p))).toBe(false);
    expect(prompts).toContain("According to the article, who was the finance minister at the time?");
  });

  it("re-derives the speaker of a question asked or of a reply ('Judge Punch asked, \"…\"', « a rétorqué »)", async () => {
    const { quoteTemplate } = await import("./types/quote");
    const { verifyCandidate } = await import("./verify");
    const { kitFor } = await import("./question-kit");
    const en = full(`Custody hearing

Judge Robert Punch repeatedly asked, "Why did you post these pictures on the internet?" When Anna Magdalen replied, "I just thought the pictures were funny," the court pressed her to explain. Her lawyer Paul Grant will appeal the decision next week.`, "en", "Custody hearing");
    const cs = quoteTemplate.generate(en);
    expect(cs.length).toBeGreaterThanOrEqual(2);
    for (const c of cs) expect(verifyCandidate(kitFor(en).full, c)).toBeNull();
    expect(cs.map((c) => c.answer).sort()).toEqual(["Anna Magdalen", "Robert Punch"]);
  });

  it("cuts a long quote at its first sentence, not at an abbreviation ('U.S. […]', reading 17)", async () => {
    const { quoteTemplate } = await import("./types/quote");
    const a = full(`Polar bears reviewed

"Today the Interior Department's U.S. Fish and Wildlife Service is proposing to list the polar bear as threatened. We are concerned the polar bears' habitat may literally be melting, and we will review the science over the next twelve months with every partner," said Dirk Kempthorne, the Interior Secretary. Environmental groups led by Kassie Siegel and Andrew Wetzler had sued the government. Judge Mary Ellen Brown approved the settlement.`, "en", "Polar bears reviewed");
    const q = quoteTemplate.generate(a)[0];
    expect(q.prompt).toContain("Today the Interior Department's U.S. Fish and Wildlife Service is proposing to list the polar bear as threatened. […]");
  });

  it("accepts no surname another person of the article shares ('Bush' for Jeb Bush beside George W. Bush, reading 20)", async () => {
    const { entityAccepted } = await import("./slots");
    const a = full(`Florida recount

George W. Bush had slightly more votes than Al Gore in Florida. The governor of Florida, Jeb Bush, is his brother. Officials began a recount on Thursday.`, "en", "Florida recount");
    const jeb = a.entities.find((e) => e.name === "Jeb Bush")!;
    expect(entityAccepted(a, jeb.id, "Jeb Bush")).not.toContain("Bush");
    const gore = a.entities.find((e) => e.name === "Al Gore")!;
    expect(entityAccepted(a, gore.id, "Al Gore")).toContain("Gore");
  });

  it("asks no spokesperson's name: they speak for the office that matters (reading 16)", async () => {
    const { shortAnswerTemplate } = await import("./types/short-answer");
    const a = full(`Former leader sentenced

A district court sentenced the former leader to life in prison on Friday. Court spokesman Huang Chun-ming said the crimes had caused serious damage. Finance Minister Oliver Grant declined to comment. The defence will appeal.`, "en", "Former leader sentenced");
    const prompts = shortAnswerTemplate.generate(a).map((c) => c.prompt);
    expect(prompts.some((p) => /spokes/i.test(p))).toBe(false);
    expect(prompts).toContain("According to the article, who was the finance minister at the time?");
    const f = full(`Grève des contrôleurs

Les contrôleurs aériens ont fait grève jeudi dans trois aéroports. La porte-parole de la compagnie Air Soleil, Marie Durand, a annoncé l'annulation de quarante vols. Le ministre des Transports Paul Morel a appelé au dialogue.`, "fr", "Grève des contrôleurs");
    expect(shortAnswerTemplate.generate(f).map((c) => c.prompt).some((p) => /qui était la porte-parole/i.test(p))).toBe(false);
  });

  it("asks no office without what it is of: 'the deputy secretary' (reading 9)", async () => {
    const { shortAnswerTemplate } = await import("./types/short-answer");
    const a = full(`Settlement approved

A federal judge approved the settlement on Monday. Salazar thanked Deputy Secretary David Hayes for his work on the agreement. Finance Minister Oliver Grant declined to comment. The payments will begin next year.`, "en", "Settlement approved");
    const prompts = shortAnswerTemplate.generate(a).map((c) => c.prompt);
    expect(prompts.some((p) => /deputy secretary/i.test(p))).toBe(false);
    expect(prompts).toContain("According to the article, who was the finance minister at the time?");
  });

  it("asks no 'how many' on a clause that opens on 'Rappelons que'", async () => {
    const { whQuestionTemplate } = await import("./types/wh-question");
    const a = full("Rapport final\n\nLe rapport final du BEA a été publié jeudi à Paris. Rappelons que cet accident avait fait 228 morts le 1er juin 2009. Les enquêteurs ont étudié les boîtes noires pendant deux ans. Le rapport émet 41 recommandations.", "fr", "Rapport final");
    expect(whQuestionTemplate.generate(a).some((c) => /rappelons/i.test(c.prompt))).toBe(false);
  });
});

describe("accepted spellings of a person (reading 9)", () => {
  it("accepts the name without its honorific", async () => {
    const { entityAccepted } = await import("./slots");
    const a = full("Russia banned\n\nThe International Paralympic Committee banned Russia from the Games on Sunday. “The committee will not be able to enter athletes”, IPC President Sir Philip Craven told a press conference in London. Craven said the ban would stand until the doping system was fixed. Russian officials said they would appeal.", "en", "Russia banned");
    const e = a.entities.find((x) => x.name === "Sir Philip Craven");
    expect(e).toBeDefined();
    expect(entityAccepted(a, e!.id, "Sir Philip Craven")).toEqual(expect.arrayContaining(["Philip Craven", "Craven"]));
  });
});

describe("who could have said it (reading 13)", () => {
  it("offers as speakers only people who speak or act in the article, not painters of stolen works", () => {
    const text = `Five paintings stolen from a Paris museum

Five paintings were stolen from the Museum of Modern Art of Paris overnight on Wednesday. The thieves took works by Pablo Picasso, Henri Matisse and Georges Braque. Deputy mayor Christophe Girard said: "This is a serious crime to the heritage of humanity." Mayor Bertrand Delanoe announced an inquiry into the museum's security. Art critic Tim Marlow told reporters the works could not be sold on the open market. Police officer Jean Dupont said the alarm system had been broken for weeks.`;
    const a = full(text, "en", "Five paintings stolen from a Paris museum");
    const q = quoteTemplate.generate(a).find((c) => /heritage of humanity/.test(c.prompt));
    expect(q?.kind).toBe("multiple_choice");
    // The quote closes its sentence: the next sentence's subject (the mayor) did not say it.
    expect(q?.answer).toBe("Christophe Girard");
    for (const painter of ["Picasso", "Matisse", "Braque"]) expect(q!.choices!.some((c) => c.includes(painter))).toBe(false);
    expect(q!.choices!.some((c) => /Delanoe|Marlow|Dupont/.test(c))).toBe(true);
  });
});

describe("offices asked 'at the time' (reading 16)", () => {
  it("never asks who was the *former* holder of an office at the time", async () => {
    const { shortAnswerTemplate } = await import("./types/short-answer");
    const text = `Police chief sentenced in Johannesburg

A court sentenced former national police chief Jackie Selebi to 15 years in prison on Monday. Judge Meyer Joffe said the sentence was appropriate. Prosecutor Gerrie Nel had asked for the maximum sentence. Selebi led the police service for eight years.`;
    const prompts = shortAnswerTemplate.generate(full(text, "en", "Police chief sentenced in Johannesburg")).map((c) => c.prompt);
    expect(prompts.some((p) => /who was the former/.test(p))).toBe(false);
  });
});
