// The printed sheet shuffles choices once per quiz, and its key names the shuffled letters.
import { describe, expect, it } from "vitest";
import { letter, printSheet } from "@/lib/server/quizzes/print-sheet";
import { demoQuestions } from "./demo-quiz";

const questions = demoQuestions().map((q, i) => ({ ...q, id: `q${i}` }));

describe("printSheet", () => {
  it("prints the same order every time for a quiz, another order for another quiz", () => {
    expect(printSheet("quiz-a", questions)).toEqual(printSheet("quiz-a", questions));
    const orders = (quizId: string) => printSheet(quizId, questions).map((q) => q.choices.join("|"));
    expect(orders("quiz-a")).not.toEqual(orders("quiz-b"));
  });

  it("keeps every choice, shuffles multiple choice away from the stored order, and keys the right letter", () => {
    const sheet = printSheet("quiz-a", questions);
    const mc = questions.filter((q) => q.kind === "multiple_choice");
    expect(mc.length).toBeGreaterThan(1);
    let moved = 0;
    sheet.forEach((p, i) => {
      const q = questions[i];
      expect([...p.choices].sort()).toEqual([...(q.choices ?? [])].sort());
      if (q.kind === "multiple_choice") {
        expect(p.choices[p.keyLetter!.charCodeAt(0) - 65]).toBe(q.answer);
        if (p.choices.join("|") !== (q.choices ?? []).join("|")) moved++;
      } else {
        expect(p.keyLetter).toBeNull();
      }
      if (q.kind === "true_false") expect(p.choices).toEqual(q.choices);
    });
    expect(moved).toBeGreaterThan(0);
    expect(letter(2)).toBe("C");
  });
});
