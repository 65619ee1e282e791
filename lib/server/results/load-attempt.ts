// One student's attempt, answer by answer, for the quiz owner.
import type { PrismaClient } from "../../../generated/prisma/client";
import { loadOwnedQuiz, parseGiven, toAttemptSummary } from "./load-results";
import type { AttemptSummary, ResultsQuestion, ResultsQuiz } from "./types";

export interface AnswerReview {
  question: ResultsQuestion;
  /** Null when the student gave nothing (or the attempt has no row for the question). */
  given: string | string[] | null;
  correct: boolean;
  points: number;
  /** The teacher's hand mark, if any (kept through regrades). */
  override: boolean | null;
}

export interface AttemptDetail {
  quiz: ResultsQuiz;
  participant: { id: string; displayName: string; extraAttempts: number; extraTimeSec: number };
  /** The quiz's time limit in seconds, null for none (extra time needs one). */
  timeLimitSec: number | null;
  status: string;
  attempt: AttemptSummary;
  answers: AnswerReview[];
  /** All attempts of this participant, by number, to switch between them. */
  otherAttempts: { id: string; number: number; status: string; percent: number | null }[];
}

export async function loadAttemptDetail(
  db: PrismaClient,
  teacherId: string,
  quizId: string,
  attemptId: string,
): Promise<AttemptDetail | null> {
  const owned = await loadOwnedQuiz(db, teacherId, quizId);
  if (!owned) return null;
  const row = await db.attempt.findFirst({
    where: { id: attemptId, quizId },
    select: {
      id: true,
      number: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      durationMs: true,
      score: true,
      maxScore: true,
      late: true,
      participant: {
        select: {
          id: true,
          displayName: true,
          extraAttempts: true,
          extraTimeSec: true,
          quiz: { select: { timeLimitSec: true } },
          attempts: {
            select: { id: true, number: true, status: true, score: true, maxScore: true },
            orderBy: { number: "asc" },
          },
        },
      },
      responses: { select: { questionId: true, given: true, correct: true, points: true, override: true } },
    },
  });
  if (!row) return null;
  const byQuestion = new Map(row.responses.map((r) => [r.questionId, r]));
  return {
    quiz: owned.quiz,
    participant: {
      id: row.participant.id,
      displayName: row.participant.displayName,
      extraAttempts: row.participant.extraAttempts,
      extraTimeSec: row.participant.extraTimeSec,
    },
    timeLimitSec: row.participant.quiz.timeLimitSec,
    status: row.status,
    attempt: toAttemptSummary(row, owned.questions.length),
    answers: owned.questions.map((question) => {
      const r = byQuestion.get(question.id);
      return {
        question,
        given: r ? parseGiven(r.given) : null,
        correct: r?.correct ?? false,
        points: r?.points ?? 0,
        override: r?.override ?? null,
      };
    }),
    otherAttempts: row.participant.attempts.map((a) => ({
      id: a.id,
      number: a.number,
      status: a.status,
      percent: a.score != null && a.maxScore ? (100 * a.score) / a.maxScore : null,
    })),
  };
}
