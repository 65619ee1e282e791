import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { choiceId } from "@/lib/grading/choice-id";
import { createParticipant, createQuiz, markers } from "@/tests/support/quiz-fixtures";
import { getAttemptResults, revealState } from "./results-view";
import { startAttempt } from "./start-attempt";
import { submitAttempt } from "./submit-attempt";

async function submitted(showAnswers: string) {
  const quiz = await createQuiz({ showAnswers, shuffleQuestions: true });
  const p = await createParticipant(quiz.id);
  const started = await startAttempt(p.participant.id);
  if (!started.ok) throw new Error(started.reason);
  const mc = quiz.questions[0];
  const out = await submitAttempt({
    attemptId: started.attemptId,
    tokenHashFor: () => p.tokenHash,
    body: { idempotencyKey: randomUUID(), answers: [{ questionId: mc.id, choiceId: choiceId(mc.id, "2 030") }] },
  });
  expect(out.status).toBe(200);
  return { quiz, participantId: p.participant.id, attemptId: started.attemptId };
}

describe("results of a submitted attempt", () => {
  it("follows the showAnswers policy", () => {
    expect(revealState("after_submit", "published")).toBe("revealed");
    expect(revealState("after_close", "published")).toBe("after_close");
    expect(revealState("after_close", "closed")).toBe("revealed");
    expect(revealState("never", "closed")).toBe("never");
  });

  it("after_submit: shows answers, explanations and evidence in the order the student saw", async () => {
    const { participantId, attemptId } = await submitted("after_submit");
    const view = await getAttemptResults(attemptId, participantId);
    expect(view).not.toBeNull();
    expect(view!.score).toBe(1);
    expect(view!.article?.text).toBeTruthy();
    const mc = view!.questions.find((q) => q.kind === "multiple_choice" && q.correct);
    expect(mc?.given).toBe("2 030");
    expect(mc?.reveal?.expected).toBe("2 030");
    expect(mc?.reveal?.explanation).toBe(markers("A").explanation);
    expect(view!.questions.every((q) => q.reveal?.evidence.text)).toBe(true);
  });

  it("after_close and never: only the score until allowed, not which questions were right", async () => {
    for (const policy of ["after_close", "never"]) {
      const { quiz, participantId, attemptId } = await submitted(policy);
      const view = await getAttemptResults(attemptId, participantId);
      const json = JSON.stringify(view);
      for (const m of Object.values(markers("A"))) expect(json).not.toContain(m);
      expect(view!.article).toBeNull();
      expect(view!.score).toBe(1);
      // A per-question verdict would be an answer oracle: throwaway attempts would learn the key.
      expect(view!.questions.every((q) => q.correct === undefined)).toBe(true);
      expect(json).not.toContain('"correct"');
      await prisma.quiz.update({ where: { id: quiz.id }, data: { status: "closed" } });
      const later = await getAttemptResults(attemptId, participantId);
      expect(later!.reveal).toBe(policy === "after_close" ? "revealed" : "never");
      expect(later!.questions.filter((q) => q.correct)).toHaveLength(policy === "after_close" ? 1 : 0);
    }
  });

  it("is only for the attempt's own participant, and only once submitted", async () => {
    const { quiz, attemptId } = await submitted("after_submit");
    const other = await createParticipant(quiz.id, "Autre");
    expect(await getAttemptResults(attemptId, other.participant.id)).toBeNull();
    const started = await startAttempt(other.participant.id);
    if (!started.ok) throw new Error(started.reason);
    expect(await getAttemptResults(started.attemptId, other.participant.id)).toBeNull();
  });
});
