// Refusals of quiz operations; the code picks the localized message. "not_found" covers
// "not yours" too, so pages and routes answer 404 for both.
import { CodedError } from "@/lib/server/coded-error";

export type QuizErrorCode =
  | "not_found"
  | "not_draft"
  | "not_closed"
  | "not_published"
  | "invalid_deadline"
  | "attempts_unconfirmed"
  | "pending_questions"
  | "evidence_missing"
  | "no_questions"
  | "no_candidate"
  | "no_questions_generated"
  | "generation_busy"
  | "generation_failed"
  | "too_many_questions";

export class QuizError extends CodedError<QuizErrorCode> {
  override readonly name = "QuizError";
}

export const MAX_QUESTIONS_PER_QUIZ = 50;
