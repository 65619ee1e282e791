// A submitted attempt as its student sees it afterwards. The right answers, explanations and
// evidence are included only when the quiz's showAnswers policy allows it (Moodle-style
// review phases, research §1.2): after_submit, after_close once the quiz is closed, never.
// Until then the student sees the score only: which questions were right is part of the
// key (a throwaway attempt marked per question would reveal it).
import "server-only";
import type { QuestionKind } from "@/lib/generation/contract";
import { prisma } from "@/lib/db";
import { seededShuffle } from "./seeded-shuffle";

export type RevealState = "revealed" | "after_close" | "never";

export interface ResultQuestion {
  id: string;
  kind: QuestionKind;
  prompt: string;
  /** Present only when the answers are revealed. */
  correct?: boolean;
  given: string | string[] | null;
  /** Present only when the answers are revealed. */
  reveal?: {
    expected: string | string[];
    explanation: string;
    evidence: { text: string; start: number; end: number };
  };
}

export interface AttemptResultsView {
  attemptId: string;
  number: number;
  score: number;
  maxScore: number;
  late: boolean;
  submittedAt: string;
  reveal: RevealState;
  quiz: { id: string; joinCode: string; title: string; language: string; status: string };
  /** The article, sent only with revealed answers (it carries the evidence highlights). */
  article: { title: string; text: string } | null;
  questions: ResultQuestion[];
}

export function revealState(showAnswers: string, quizStatus: string): RevealState {
  if (showAnswers === "after_submit") return "revealed";
  if (showAnswers === "after_close") return quizStatus === "closed" ? "revealed" : "after_close";
  return "never";
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

function asGiven(v: unknown): string | string[] | null {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return v.map(String);
  return null;
}

/** The submitted attempt `attemptId` of `participantId`; null when missing, someone else's
 * or not submitted yet (an attempt in progress has no results to show). */
export async function getAttemptResults(attemptId: string, participantId: string): Promise<AttemptResultsView | null> {
  const a = await prisma.attempt.findFirst({
    where: { id: attemptId, participantId, status: "submitted" },
    select: {
      id: true,
      number: true,
      score: true,
      maxScore: true,
      late: true,
      submittedAt: true,
      shuffleSeed: true,
      responses: { select: { questionId: true, given: true, correct: true } },
      quiz: {
        select: {
          id: true,
          joinCode: true,
          title: true,
          language: true,
          status: true,
          showAnswers: true,
          shuffleQuestions: true,
          article: { select: { title: true, text: true } },
          questions: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              kind: true,
              prompt: true,
              answer: true,
              explanation: true,
              evidenceText: true,
              evidenceStart: true,
              evidenceEnd: true,
            },
          },
        },
      },
    },
  });
  if (!a) return null;
  const { quiz } = a;
  const reveal = revealState(quiz.showAnswers, quiz.status);
  const responses = new Map(a.responses.map((r) => [r.questionId, r]));
  const ordered = quiz.shuffleQuestions ? seededShuffle(quiz.questions, a.shuffleSeed, "questions") : quiz.questions;
  return {
    attemptId: a.id,
    number: a.number,
    score: a.score ?? 0,
    maxScore: a.maxScore ?? quiz.questions.length,
    late: a.late,
    submittedAt: (a.submittedAt ?? new Date(0)).toISOString(),
    reveal,
    quiz: { id: quiz.id, joinCode: quiz.joinCode ?? "", title: quiz.title, language: quiz.language, status: quiz.status },
    article: reveal === "revealed" ? quiz.article : null,
    questions: ordered.map((q) => {
      const r = responses.get(q.id);
      const base: ResultQuestion = {
        id: q.id,
        kind: q.kind as QuestionKind,
        prompt: q.prompt,
        given: r ? asGiven(parse(r.given)) : null,
      };
      if (reveal !== "revealed") return base;
      const expected = parse(q.answer);
      return {
        ...base,
        correct: r?.correct ?? false,
        reveal: {
          expected: Array.isArray(expected) ? expected.map(String) : String(expected ?? ""),
          explanation: q.explanation,
          evidence: { text: q.evidenceText, start: q.evidenceStart, end: q.evidenceEnd },
        },
      };
    }),
  };
}
