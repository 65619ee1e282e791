// The public JSON contract of the generator (see README "Generation contract").
// CLI and HTTP share it: extend, never break.

export type Language = "fr" | "en";

export const QUESTION_KINDS = [
  "multiple_choice",
  "true_false",
  "fill_blank",
  "short_answer",
  "ordering",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type QuestionCategory = "comprehension" | "current_affairs";

/** What a question trains (DESIGN.md): recall of a detail, or a comprehension skill. */
export const QUESTION_SKILLS = [
  "detail",
  "cause",
  "consequence",
  "purpose",
  "stance",
  "main_idea",
  "evidence",
  "inference",
  "vocabulary",
  "context",
] as const;
export type QuestionSkill = (typeof QUESTION_SKILLS)[number];

/** Skills whose answer need not be written in the evidence (the explanation shows how it follows). */
export const ANSWER_OUTSIDE_EVIDENCE: readonly QuestionSkill[] = ["inference", "main_idea", "evidence"];
export type QuestionSource = "article" | "knowledge";

export interface Evidence {
  /** Exact sentence of the submitted text: text === input.slice(start, end). */
  text: string;
  start: number;
  end: number;
}

export interface GeneratedQuestion {
  id: string;
  kind: QuestionKind;
  category: QuestionCategory;
  source: QuestionSource;
  prompt: string;
  /** Multiple choice: 3–5 distinct options. True/false: the two labels. Ordering: shuffled items. */
  choices?: string[];
  /** A string, or for `ordering` the items in the right order. */
  answer: string | string[];
  /** Other spellings graded as correct (fill_blank / short_answer). */
  accepted?: string[];
  evidence: Evidence;
  explanation: string;
  difficulty: 1 | 2 | 3;
  /** What the question trains; every question has one. */
  skill: QuestionSkill;
  /** Part B of a two-part item ("Quelle phrase de l'article le montre ?"): the id of part A. */
  pairedWith?: string;
  /** Internal template name, e.g. "numeric", "quote", "acronym", "kb.capital" (extension). */
  template?: string;
  /** For knowledge questions: the date range in which the fact holds (ISO dates; to = null means still true). */
  validity?: { from: string | null; to: string | null };
}

export interface GenerateRequest {
  text: string;
  title?: string;
  language?: Language;
  count?: number;
  /** Publication date of the article (ISO), anchors relative dates and dated knowledge. */
  date?: string;
  kinds?: QuestionKind[];
  categories?: QuestionCategory[];
  /** Only questions of these skills (a part B comes with its part A). */
  skills?: QuestionSkill[];
}

export interface GenerateResult {
  language: Language;
  title: string;
  questions: GeneratedQuestion[];
  /** How many questions were asked for and how many passed the checks. */
  requested?: number;
  produced?: number;
}

export type GenerateErrorCode =
  | "empty_text"
  | "text_too_short"
  | "text_too_long"
  | "binary_content"
  | "unsupported_language"
  | "invalid_request"
  | "timeout";

export class GenerateError extends Error {
  constructor(
    public readonly code: GenerateErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "GenerateError";
  }
}

export const MAX_TEXT_CHARS = 200_000;
export const MIN_TEXT_WORDS = 40;
export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 50;
