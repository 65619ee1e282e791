// Every submitted attempt with its per-question correctness and answers, for the attempts CSV.
import type { PrismaClient } from "../../../generated/prisma/client";
import { loadOwnedQuiz, loadSubmittedAttempts, loadSubmittedResponses, parseGiven, toAttemptSummary } from "./load-results";
import type { AttemptSummary, ResultsQuestion, ResultsQuiz } from "./types";

export interface ExportAttempt extends AttemptSummary {
  displayName: string;
  /** questionId → correct; a question without a response row is absent. */
  correct: Map<string, boolean>;
  /** questionId → the answer as stored (choice text, typed text, or the order given); null = left blank. */
  given: Map<string, string | string[] | null>;
}

export interface AttemptsExport {
  quiz: ResultsQuiz;
  questions: ResultsQuestion[];
  /** By participant name, then attempt number. */
  attempts: ExportAttempt[];
}

export async function loadAttemptsExport(
  db: PrismaClient,
  teacherId: string,
  quizId: string,
): Promise<AttemptsExport | null> {
  const owned = await loadOwnedQuiz(db, teacherId, quizId);
  if (!owned) return null;
  const [rows, responses] = await Promise.all([loadSubmittedAttempts(db, quizId), loadSubmittedResponses(db, quizId)]);
  const attempts = new Map<string, ExportAttempt>();
  for (const r of rows) {
    attempts.set(r.id, {
      ...toAttemptSummary(r, owned.questions.length),
      displayName: r.displayName,
      correct: new Map(),
      given: new Map(),
    });
  }
  for (const r of responses) {
    const attempt = attempts.get(r.attemptId);
    if (!attempt) continue;
    attempt.correct.set(r.questionId, r.correct);
    attempt.given.set(r.questionId, parseGiven(r.given));
  }
  const collator = new Intl.Collator(owned.quiz.language, { sensitivity: "base", numeric: true });
  return {
    ...owned,
    attempts: [...attempts.values()].sort(
      (a, b) => collator.compare(a.displayName, b.displayName) || a.number - b.number,
    ),
  };
}
