// Causes found by blind reading 72 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { compressStatement } from "./compress";
import { generateQuiz } from "./generate";

describe("reading 72: a day cut between commas", () => {
  it("leaves no comma after « a annoncé »", () => {
    expect(compressStatement("Le Premier ministre Gabriel Attal a annoncé, dimanche, qu'il remettrait sa démission au président.", "fr"))
      .toBe("Le Premier ministre Gabriel Attal a annoncé qu'il remettrait sa démission au président.");
  });
});

describe("reading 72: who is no person", () => {
  it("asks no « qui » of a prize named after someone", () => {
    const text = `Palmarès du festival

Le festival Étonnants voyageurs a remis ses prix samedi à Saint-Malo devant un public nombreux.
Le prix de poésie Robert Ganzo a été remis au poète d'origine marocaine Abdellatif Laâbi pour l'ensemble de son œuvre.
Le prix du roman a été attribué à Sorj Chalandon pour Mon traître, a indiqué le jury.
Le festival a accueilli plus de 60 000 visiteurs en trois jours, selon les organisateurs.`;
    const r = generateQuiz({ text, title: "Palmarès du festival", language: "fr", count: 20 });
    expect(r.questions.some((q) => /qui a été remis/u.test(q.prompt))).toBe(false);
  });

  it("asks no 'who said' keyed on a first name ('Sir Keir said')", () => {
    const text = `Johnson resigns as party leader

Boris Johnson has resigned as Conservative leader but will stay on as prime minister until the autumn.
Labour leader Sir Keir Starmer said Mr Johnson must not be allowed to cling on in Downing Street.
"If they don't get rid of him, then Labour will step up and bring a vote of no confidence," Sir Keir said.
Graham Brady said the timetable for the leadership contest would be announced next week.
Greg Clark and James Cleverly were appointed to the cabinet on Thursday.
"We will keep the government going until a new leader is in place," said Brandon Lewis.`;
    const r = generateQuiz({ text, title: "Johnson resigns as party leader", language: "en", count: 20 });
    expect(r.questions.some((q) => q.answer === "Keir")).toBe(false);
  });
});

describe("reading 72: a dateline with its date in parentheses", () => {
  it("cuts 'LOS ANGELES (Jan. 29, 2015) — ', whose words are then no organisations", async () => {
    const { analyzeArticle } = await import("../analysis/analyze");
    const a = analyzeArticle("LOS ANGELES (Jan. 29, 2015) — A magnitude 5.7 earthquake struck offshore on Wednesday, the US Geological Survey said.\n\nNo damage was reported.", { language: "en" });
    expect(a.sentences[0].text.startsWith("A magnitude 5.7 earthquake")).toBe(true);
    expect(a.entities.some((e) => e.name === "LOS")).toBe(false);
  });
});

describe("reading 73: a place's population", () => {
  it("reads « plus de _____ personnes vivent sur l'île » and 'a town of _____ inhabitants' as the setting, not an evacuation", async () => {
    const { analyzeArticle } = await import("../analysis/analyze");
    const { settingFigure } = await import("./setting-figures");
    const { numberCloze } = await import("./test-analysis");
    const fr = analyzeArticle("Le volcan est entré en éruption.", { language: "fr" });
    const en = analyzeArticle("The volcano erupted.", { language: "en" });
    expect(settingFigure(numberCloze(fr, "Selon des chiffres officiels, plus de 8 000 personnes vivent sur l'île de Halmahera.", "8 000"), "fr")).toBe("a place's population");
    expect(settingFigure(numberCloze(en, "The blast hit a town of 5,000 inhabitants near the coast.", "5,000"), "en")).toBe("a place's population");
    expect(settingFigure(numberCloze(fr, "Plus de 8 000 personnes ont été évacuées de l'île de Halmahera.", "8 000"), "fr")).toBeNull();
  });
});
