// One interface for every question type. Each type lives in its own folder under
// lib/generation/types/ and is listed once in the registry.
import type { ArticleAnalysis } from "../analysis/types";
import type { GeneratedQuestion, QuestionSkill } from "./contract";

/** A question before validation and ranking; `id` is assigned at the end. */
export interface Candidate extends Omit<GeneratedQuestion, "id" | "skill" | "pairedWith"> {
  /** What the question trains; templates of plain recall may leave it to the default ("detail"). */
  skill?: QuestionSkill;
  /** Template's own quality estimate in [0, 1]; the ranker combines it with diversity. */
  score: number;
  /** Index of the evidence sentence (-1 when the evidence is not a sentence of the article). */
  sentenceIndex: number;
  /** Internal facts the validators check; never part of the public JSON. */
  meta?: CandidateMeta;
}

export interface CandidateMeta {
  /** Options drawn from a typed list (causes of one kind), not from phrases of the article. */
  typedOptions?: boolean;
  /** True/false built by swapping one value: the statement shown is false. */
  swap?: { original: string; replacement: string };
  /** What the question is about ("number", "person", "quote"…), for diversity in ranking. */
  slot?: string;
  /** Stable key of the fact asked about, so the ranker does not ask the same fact twice. */
  fact?: string;
  /** What an independent check re-derives from the evidence before the key is trusted. */
  proof?: Proof;
  /** Words a student must not see in other questions (the key's content), for cross-question leaks. */
  keyText?: string;
}

export type Proof =
  | { type: "relation"; marker: string; main: string; content: string; contentFirst?: boolean }
  | { type: "speaker"; speaker: string; quote: string }
  | { type: "holder"; holder: string; claim: string; phrase?: boolean }
  | { type: "action"; actor: string; verb: string; object: string }
  | { type: "moved"; wh: "where" | "when" | "byWhom"; prep: string; clause: string }
  | { type: "summary" }
  | { type: "definition"; term: string; definition: string }
  | { type: "chronology"; dates: number[] }
  | { type: "arithmetic"; operands: number[]; result: number };

export interface QuestionTemplate {
  /** Stable name, also stored in GeneratedQuestion.template. */
  name: string;
  generate(analysis: ArticleAnalysis): Candidate[];
}
