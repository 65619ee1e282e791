// Converts between the generator's question shape and the Question table's columns
// (JSON-encoded TEXT for choices, answer and accepted spellings).
import { QUESTION_SKILLS, type GeneratedQuestion, type QuestionCategory, type QuestionKind, type QuestionSkill, type QuestionSource } from "../generation/contract";

export interface QuestionFields {
  kind: QuestionKind;
  category: QuestionCategory;
  source: QuestionSource;
  prompt: string;
  choices: string[] | null;
  answer: string | string[];
  accepted: string[];
  evidenceText: string;
  evidenceStart: number;
  evidenceEnd: number;
  explanation: string;
  difficulty: number;
  template: string | null;
  /** What the question trains; null for questions written before skills existed. */
  skill?: QuestionSkill | null;
  validFrom: string | null;
  validTo: string | null;
}

/** The same fields as stored: plain strings for the enums, JSON text for lists and the answer. */
export interface QuestionColumns extends Omit<QuestionFields, "kind" | "category" | "source" | "choices" | "answer" | "accepted" | "skill"> {
  skill?: string | null;
  kind: string;
  category: string;
  source: string;
  choices: string | null;
  answer: string;
  accepted: string;
}

/** The columns grading reads: the submit route and the load test's expected scores. */
export type QuestionGradingRow = Pick<QuestionColumns, "kind" | "choices" | "answer" | "accepted"> & { id: string };

export function fieldsFromGenerated(q: Omit<GeneratedQuestion, "id">): QuestionFields {
  return {
    kind: q.kind,
    category: q.category,
    source: q.source,
    prompt: q.prompt,
    choices: q.choices ?? null,
    answer: q.answer,
    accepted: q.accepted ?? [],
    evidenceText: q.evidence.text,
    evidenceStart: q.evidence.start,
    evidenceEnd: q.evidence.end,
    explanation: q.explanation,
    difficulty: q.difficulty,
    template: q.template ?? null,
    skill: q.skill ?? null,
    validFrom: q.validity?.from ?? null,
    validTo: q.validity?.to ?? null,
  };
}

export function toColumns(f: QuestionFields): QuestionColumns {
  return {
    ...f,
    choices: f.choices ? JSON.stringify(f.choices) : null,
    answer: JSON.stringify(f.answer),
    accepted: JSON.stringify(f.accepted),
  };
}

function parseStringArray(json: string | null): string[] | null {
  if (json == null) return null;
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.map(String) : null;
}

export function fromColumns(c: QuestionColumns): QuestionFields {
  const answer: unknown = JSON.parse(c.answer);
  return {
    kind: c.kind as QuestionKind,
    category: c.category as QuestionCategory,
    source: c.source as QuestionSource,
    prompt: c.prompt,
    choices: parseStringArray(c.choices),
    answer: Array.isArray(answer) ? answer.map(String) : String(answer),
    accepted: parseStringArray(c.accepted) ?? [],
    evidenceText: c.evidenceText,
    evidenceStart: c.evidenceStart,
    evidenceEnd: c.evidenceEnd,
    explanation: c.explanation,
    difficulty: c.difficulty,
    template: c.template,
    skill: QUESTION_SKILLS.includes(c.skill as QuestionSkill) ? (c.skill as QuestionSkill) : null,
    validFrom: c.validFrom,
    validTo: c.validTo,
  };
}
