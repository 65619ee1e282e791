// Causes found by blind reading 141 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";
import { generateQuiz } from "./generate";
import { onSecond } from "./reading-fixtures";

describe("reading 141", () => {
  it("refuses a cloze whose key a multiple the prompt spells out gives", () => {
    const text = "The country was declared free of the disease. A country must go 42 days — equal to two incubation periods of 21 days — without a new case.";
    const { a, c } = onSecond(text, "Declared free", "en", "Fill in the right number: “A country must go _____ days — equal to two incubation periods of 21 days — without a new case.”", "42", ["42", "30", "50", "60"]);
    expect(numberRefusal(a, c)).toBe("the prompt's figures give the answer by a product");
    const other = onSecond(text, "Declared free", "en", "Fill in the right number: “A country must go _____ days — equal to two incubation periods of 21 days — without a new case.”", "40", ["40", "30", "50", "60"]);
    expect(numberRefusal(other.a, other.c)).toBeNull();
  });

  it("keeps the old value of a fall above the new one the headline gives, whatever else the sentence says rose", () => {
    const text = "Employers added 114,000 jobs in September. The jobless rate dropped from 8.1%, and hourly earnings climbed more than forecast. Economists had expected a rise.";
    const a = kitFor(analyzeArticle(text, { language: "en", title: "U.S. jobless rate unexpectedly falls to 7.8%; 114,000 jobs added" })).full;
    const m = a.numbers.find((x) => x.value === 8.1)!;
    for (const seed of [1, 2, 3, 4]) {
      const options = numericDistractors(a, m, rngFor(seed, "n"), 3).map((x) => Number(x.replace("%", "")));
      expect(options).toHaveLength(3);
      expect(options.every((x) => x > 7.8)).toBe(true);
    }
  });

  it("asks no count a main idea's option writes out in words", () => {
    const text = `Country declared free of Ebola

The World Health Organization declared the country free of Ebola on Saturday, ending an outbreak that killed thousands of people over two years in the region.

A country must go 42 days without a new case before the outbreak is declared over by the health authorities and the United Nations.

Forty-two days have passed since the last patient tested negative for the virus a second time in the capital hospital.

Crowds gathered in the streets of the capital to celebrate the end of the outbreak with music, dancing and prayers for the dead.

Health workers warned that new cases could still appear in neighbouring countries where the virus had spread in recent months.

The outbreak had closed schools and markets for months and cost the economy of the region billions of dollars in lost trade.`;
    const r = generateQuiz({ text, title: "Country declared free of Ebola", language: "en", count: 20 });
    const main = r.questions.find((q) => q.skill === "main_idea");
    expect(main?.choices?.some((x) => x.startsWith("Forty-two"))).toBe(true);
    expect(r.questions.some((q) => q.answer === "42")).toBe(false);
  });
});
