// Causes found by blind reading 42 (16 unseen texts): a wrong key on a speaker named after a
// portfolio, an explanation cut inside the speaker's title, main-idea options that point back.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { readableAlone } from "./types/main-idea";
import { attributionWindow } from "./types/quote";
import { generateQuiz } from "./generate";

describe("reading 42: a person named after a role and its 'of the' portfolio", () => {
  it("reads 'Secretary of the Interior Ken Salazar' as Ken Salazar, not 'Interior Ken Salazar'", () => {
    const a = analyzeArticle("Secretary of the Interior Ken Salazar welcomed the decision on Monday. President of the United States Barack Obama signed the proclamations at the White House.", { language: "en", title: "" });
    const people = a.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toContain("Ken Salazar");
    expect(people).toContain("Barack Obama");
    expect(people.some((n) => /Interior|United States/.test(n))).toBe(false);
  });

  it("keys the speaker of a quote by name and says who said it before the evidence", () => {
    const text = `President Obama designated five new national monuments on Monday, protecting sites in New Mexico, Washington, Delaware, Maryland and Ohio.

“From the treasured landscapes of northern New Mexico and Washington, to the historic sites in Delaware, to the sites that show our nation’s path from Civil War to civil rights, these monuments help tell the rich and complex story of our nation’s history and natural beauty,” Secretary of the Interior Ken Salazar said. The monuments include the Rio Grande del Norte in New Mexico and the San Juan Islands in Washington. Historian Maria Lopez called the Delaware site a landmark of the colonial era. Senator Tom Udall had asked for the New Mexico monument for years. Governor Jack Markell thanked the president for the Delaware designation.`;
    const r = generateQuiz({ text, title: "President Obama Designates Five New National Monuments", language: "en", count: 20 });
    const q = r.questions.find((x) => x.template === "quote" && /treasured landscapes/.test(x.prompt));
    expect(q).toBeDefined();
    expect(q!.answer).toBe("Ken Salazar");
    expect(q!.explanation).toMatch(/^Ken Salazar said it\. The article says: /);
    expect(q!.explanation).toMatch(/Ken Salazar said/);
  });

  it("cuts a long evidence so the speaker's name stays whole", () => {
    const ev = `“${"word ".repeat(90)}end,” Secretary of the Interior Ken Salazar said.`;
    const w = attributionWindow(ev, "Ken Salazar");
    expect(w.length).toBeLessThanOrEqual(303);
    expect(w).toMatch(/Ken Salazar said\.$/);
    expect(w.startsWith("“… ")).toBe(true);
    expect(attributionWindow("Short evidence, Ken Salazar said.", "Ken Salazar")).toBe("Short evidence, Ken Salazar said.");
  });
});

describe("reading 42: main-idea options with 'alors' after the verb or « celui-ci »", () => {
  it("offers neither « … noient alors les foyers » nor « Alors que celui-ci représentait … »", () => {
    const fr = kitFor(analyzeArticle("À Francheville, le feu d'artifice s'est transformé en feu de broussailles samedi soir.\n\nLes pompiers sont sur les lieux et noient alors les foyers. Alors que celui-ci représentait un embrasement du fort, les étincelles ont pris feu à plusieurs endroits. Le public pouvait entendre la musique depuis les berges de l'Yzeron.", { language: "fr", title: "Un feu d'artifice tourne au feu de broussailles" })).full;
    const s = (start: string) => fr.sentences.find((x) => x.text.startsWith(start))!;
    expect(readableAlone(fr, s("Les pompiers"), 35)).toBe(false);
    expect(readableAlone(fr, s("Alors que celui-ci"), 35)).toBe(false);
    expect(readableAlone(fr, s("Le public pouvait"), 35)).toBe(true);
  });
});

describe("readings 41 and 42: punctuation slips of the article are not copied", () => {
  it("sees a space before a comma and a comma between a subject with « qui » and its verb", async () => {
    const { punctuationSlip } = await import("./slips");
    expect(punctuationSlip("Il y a 71 marins à bord , selon la préfecture.", "fr")).toBe(true);
    expect(punctuationSlip("Le 1er étage qui correspond aux 4 boosters à poudre autour de la fusée, a été largué après 2 minutes.", "fr")).toBe(true);
    expect(punctuationSlip("L'installation qui contenait à l'origine 500 kg d'NH3, est vidangée et réparée.", "fr")).toBe(true);
    // An attribution after a comma, a relative opened by a comma, French spacing before « : ».
    expect(punctuationSlip("C'est une loi qui protège les salariés, a déclaré le ministre.", "fr")).toBe(false);
    expect(punctuationSlip("Le navire, qui transportait 20 personnes, a coulé au large.", "fr")).toBe(false);
    expect(punctuationSlip("Le ministre l'a dit : la loi sera votée.", "fr")).toBe(false);
    expect(punctuationSlip("The rangers found the hiker , who was cold.", "en")).toBe(true);
    expect(punctuationSlip("The rangers found the hiker, who was cold.", "en")).toBe(false);
  });
});
