// A regrade that turns a student's wrong answer right takes that question off their review
// list, unless another of their answers to it is still wrong; other cards stay.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { answerWithCode, assign, rosterClass, skillQuiz } from "@/tests/support/class-fixtures";
import { changeQuestionKey, overrideAnswer } from "./regrade";

async function cardsOf(studentId: string): Promise<string[]> {
  const cards = await prisma.reviewCard.findMany({ where: { studentId }, select: { questionId: true } });
  return cards.map((c) => c.questionId).sort();
}

async function setUp() {
  const quiz = await skillQuiz("R", 2);
  const cls = await rosterClass(quiz.teacherId, ["Léa", "Noah"]);
  await assign(quiz.teacherId, quiz.id, [cls.id]);
  const [lea, noah] = cls.students;
  const [q0, q1, q2] = quiz.questions.map((q) => q.id);
  return { quiz, lea, noah, q0, q1, q2 };
}

describe("review cards after a regrade", () => {
  it("a key change that makes an answer right removes that card for every student it helps, and no other", async () => {
    const { quiz, lea, noah, q1, q2 } = await setUp();
    // Léa misses questions 1 and 2, Noah question 1 (each picks B, the wrong choice).
    await answerWithCode(quiz, lea.code, [true, false, false]);
    await answerWithCode(quiz, noah.code, [true, false, true]);
    expect(await cardsOf(lea.id)).toEqual([q1, q2].sort());
    expect(await cardsOf(noah.id)).toEqual([q1]);

    await changeQuestionKey(quiz.teacherId, quiz.id, q1, "B1");
    expect(await cardsOf(lea.id)).toEqual([q2]);
    expect(await cardsOf(noah.id)).toEqual([]);
    // Asked again: nothing left to change, nothing else removed.
    await changeQuestionKey(quiz.teacherId, quiz.id, q1, "B1");
    expect(await cardsOf(lea.id)).toEqual([q2]);
  });

  it("a hand mark removes the card only once none of the student's answers to it is still wrong", async () => {
    const { quiz, lea, q1, q2 } = await setUp();
    const first = await answerWithCode(quiz, lea.code, [true, false, false]);
    const second = await answerWithCode(quiz, lea.code, [true, true, false]);
    expect(await cardsOf(lea.id)).toEqual([q1, q2].sort());

    // Question 2 is wrong in both attempts: marking one right keeps the card.
    await overrideAnswer(quiz.teacherId, quiz.id, first, q2, true);
    expect(await cardsOf(lea.id)).toEqual([q1, q2].sort());
    await overrideAnswer(quiz.teacherId, quiz.id, second, q2, true);
    expect(await cardsOf(lea.id)).toEqual([q1]);
    // Question 1 was right in the second attempt: marking the first one right settles it.
    await overrideAnswer(quiz.teacherId, quiz.id, first, q1, true);
    expect(await cardsOf(lea.id)).toEqual([]);
    // Marking an answer wrong by hand does not remove anything (nor add a card).
    await overrideAnswer(quiz.teacherId, quiz.id, second, q1, false);
    expect(await cardsOf(lea.id)).toEqual([]);
  });
});
