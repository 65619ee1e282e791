// Shapes of the teacher's results data, shared by the loaders, the pages and the CSV export.
import type { QuizAnalysis } from "../../grading/item-analysis";
import type { QuestionFields } from "../../quiz/question-row";

/** Which submitted attempt stands for a participant who took the quiz more than once. */
export type ResultsView = "best" | "latest";

export interface ResultsQuiz {
  id: string;
  title: string;
  status: string;
  joinCode: string | null;
  language: string;
}

export interface ResultsQuestion extends QuestionFields {
  id: string;
  /** 1-based number shown to the teacher (Q1, Q2…). */
  number: number;
}

export interface AttemptSummary {
  id: string;
  number: number;
  startedAt: Date;
  submittedAt: Date | null;
  /** Stored duration, or submitted − started when the row has none. */
  durationMs: number | null;
  score: number;
  maxScore: number;
  /** 0–100. */
  percent: number;
  late: boolean;
}

export interface ParticipantResult {
  participantId: string;
  displayName: string;
  /** Submitted attempts of this participant. */
  attemptCount: number;
  /** The best or the latest submitted attempt, per the view. */
  attempt: AttemptSummary;
}

export interface QuizResults {
  quiz: ResultsQuiz;
  questions: ResultsQuestion[];
  view: ResultsView;
  /** One row per participant with at least one submitted attempt, in no particular order. */
  participants: ParticipantResult[];
  /** Item analysis over the participants' selected attempts (one attempt per participant). */
  analysis: QuizAnalysis;
  submittedCount: number;
  inProgressCount: number;
  lastSubmittedAt: Date | null;
}

/** Cheap numbers polled by the live-update component. */
export interface ResultsSummary {
  submittedCount: number;
  inProgressCount: number;
  lastSubmittedAt: Date | null;
  /** Changes whenever any of the above changes. */
  version: string;
}
