// Causes of the edits of blind reading 32 (docs/generator-quality.md).
import { describe, expect, it } from "vitest";
import { generateQuiz } from "./generate";
import { analyzeArticle } from "../analysis/analyze";
import { usableSentence } from "./excerpt";
import { slotChoiceCandidates } from "./types/slot-choice";

describe("reading 32", () => {
  it("asks no two name questions with the same wrong names: the key would be the one new name", () => {
    // A made-up prize list in the shape of the one read: many winners, one per sentence.
    const text = `Columbia University in New York announced the winners of this year's Pulitzer Prizes on Monday.

The Washington Post won four awards. Susan Schmidt, James Grimaldi and Jeffrey Smith received the investigative reporting award for their work on a lobbying scandal.

David Finkel won the explanatory reporting prize for stories on efforts to bring democracy to Yemen.

Dana Priest won the beat reporting prize. She reported on secret prisons abroad.

The New York Times won three awards. Nicholas Kristof received the commentary award for writing about the violence in Darfur, Sudan.

The prizes honour the best work of American newspapers each year.`;
    const quiz = generateQuiz({ text, title: "Washington Post Wins Four Pulitzer Prizes", count: 20 });
    const names = quiz.questions.filter((q) => q.kind === "multiple_choice" && q.skill !== "main_idea" && (q.choices ?? []).every((o) => !/\d/.test(o)));
    for (const [i, x] of names.entries()) for (const y of names.slice(i + 1)) {
      const wrong = (q: typeof x) => (q.choices ?? []).filter((o) => o !== q.answer);
      const shared = wrong(x).filter((o) => wrong(y).includes(o));
      const pooled = x.choices!.includes(String(y.answer)) || y.choices!.includes(String(x.answer));
      expect(shared.length >= 2 && !pooled, `${x.prompt} / ${y.prompt}`).toBe(false);
    }
  });

  it("copies no sentence with a word typed twice into a prompt, and keeps grammar's repeats", () => {
    const a = analyzeArticle("Au total, ce seront plus de plus de 4 000 personnes touchées par ces catastrophes qui auront été aidées. " +
      "Nous nous sommes rendus sur place avec les équipes de secours dès le lendemain du séisme. " +
      "Le matelot de de 1ère classe a été décoré par le préfet maritime lors de la cérémonie.", { language: "fr", title: "Séisme" });
    const usable = (start: string) => usableSentence(a.sentences.find((x) => x.text.startsWith(start))!);
    expect(usable("Au total")).toBe(false);
    expect(usable("Le matelot")).toBe(false);
    expect(usable("Nous nous")).toBe(true);
  });

  it("keeps 'a' before a blank with options that take it, rather than writing 'a(n)'", () => {
    const text = "Walkers had an 18% lower risk of dying from cancer, researchers said on Monday. " +
      "Those who exercised once a week had a 40% lower risk of dying from heart disease, the authors said.";
    const c = slotChoiceCandidates(analyzeArticle(text, { language: "en", title: "Walking helps" }), ["number"], "numeric").find((x) => x.prompt.includes("heart"))!;
    expect(c.prompt).toContain("had a _____ lower risk");
    expect(c.choices!.filter((o) => /^(?:8|11|18)(?!\d)/.test(o))).toEqual([]);
  });
});

