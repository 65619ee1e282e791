// The printed quiz: choices shuffled once per quiz (the same sheet every time it is printed,
// so a key printed later still matches), and the key as the letters of that shuffled order.
import { seededShuffle } from "../attempts/seeded-shuffle";
import type { QuestionFields } from "@/lib/quiz/question-row";

export interface PrintQuestion {
  id: string;
  kind: QuestionFields["kind"];
  prompt: string;
  /** Choices in the order the sheet prints them (true/false keeps its natural order). */
  choices: string[];
  /** The key: the letter (A, B…) of the right choice for multiple choice, else null. */
  keyLetter: string | null;
  answer: string;
  explanation: string;
}

export const letter = (i: number) => String.fromCharCode(65 + i);

export function printSheet(quizId: string, questions: readonly (QuestionFields & { id: string })[]): PrintQuestion[] {
  return questions.map((q) => {
    const original = q.choices ?? [];
    const shuffles = q.kind === "multiple_choice" || q.kind === "ordering";
    const choices = shuffles ? seededShuffle(original, `print:${quizId}`, q.id) : [...original];
    const at = q.kind === "multiple_choice" ? choices.indexOf(String(q.answer)) : -1;
    return {
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      choices,
      keyLetter: at >= 0 ? letter(at) : null,
      answer: Array.isArray(q.answer) ? q.answer.join(" → ") : String(q.answer),
      explanation: q.explanation,
    };
  });
}
