// One interface for every question type. Each type lives in its own folder under
// lib/generation/types/ and is listed once in the registry.
import type { ArticleAnalysis } from "../analysis/types";
import type { GeneratedQuestion } from "./contract";

/** A question before validation and ranking; `id` is assigned at the end. */
export interface Candidate extends Omit<GeneratedQuestion, "id"> {
  /** Template's own quality estimate in [0, 1]; the ranker combines it with diversity. */
  score: number;
  /** Index of the evidence sentence (-1 when the evidence is not a sentence of the article). */
  sentenceIndex: number;
}

export interface QuestionTemplate {
  /** Stable name, also stored in GeneratedQuestion.template. */
  name: string;
  generate(analysis: ArticleAnalysis): Candidate[];
}
