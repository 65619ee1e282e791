// Turns the question editor's form fields into question fields, then applies the same checks
// as the generator (lib/quiz/check-question.ts). Errors are keyed by form field.
import { randomInt } from "node:crypto";
import { z } from "zod";
import { QUESTION_KINDS, type Language, type QuestionKind } from "@/lib/generation/contract";
import { checkQuestion, type CheckId, type QuestionCheck } from "./check-question";
import type { QuestionFields } from "./question-row";

export const MAX_PROMPT_CHARS = 500;
export const MAX_OPTION_CHARS = 300;
export const MAX_EXPLANATION_CHARS = 1000;
export const MAX_EVIDENCE_CHARS = 2000;
export const MAX_ORDERING_ITEMS = 8;

export type EditorField = "kind" | "category" | "source" | "prompt" | "choices" | "answer" | "accepted" | "evidence" | "explanation" | "difficulty";
export type InputErrorCode = "required" | "too_long" | "evidence_not_found" | "invalid" | CheckId;
export type EditorErrors = Partial<Record<EditorField, InputErrorCode>>;

export const TRUE_FALSE_LABELS: Record<Language, [string, string]> = { fr: ["Vrai", "Faux"], en: ["True", "False"] };

const text = (max: number) => z.string().max(100_000).transform((s) => s.replace(/\r\n?/g, "\n").trim()).pipe(z.string().max(max));

export const EditorSchema = z.object({
  kind: z.enum(QUESTION_KINDS),
  category: z.enum(["comprehension", "current_affairs"]),
  source: z.enum(["article", "knowledge"]),
  prompt: z.string().max(100_000),
  choices: z.string().max(100_000).default(""),
  answer: z.string().max(100_000).default(""),
  tfAnswer: z.enum(["true", "false", ""]).default(""),
  accepted: z.string().max(100_000).default(""),
  evidence: z.string().max(100_000),
  explanation: z.string().max(100_000).default(""),
  difficulty: z.coerce.number().int().min(1).max(3).default(2),
});
export type EditorInput = z.input<typeof EditorSchema>;

function lines(s: string): string[] {
  return s
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * Ordering items in a uniformly random order (Fisher–Yates on a CSPRNG), the answer's own
 * order included: a fixed scramble (reversed) or one that avoids the key tells the key.
 */
export function scrambleItems(items: readonly string[]): string[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Apostrophes and spaces as a keyboard types them: ’ ‘ ʼ become ', no-break and narrow spaces a
 * plain space. One character for one, so offsets in the folded text are offsets in the original.
 */
function foldTypography(s: string): string {
  return s.replace(/[\u2019\u2018\u02bc]/g, "'").replace(/[\u00a0\u202f\u2007]/g, " ");
}

/**
 * Finds the evidence in the article, preferring the occurrence at `near` when it is still there.
 * Typed ' matches the article's ’ (and the reverse); the caller stores the article's own text.
 */
export function locateEvidence(article: string, evidence: string, near?: number): { start: number; end: number } | null {
  if (!evidence) return null;
  const a = foldTypography(article);
  const e = foldTypography(evidence);
  if (near !== undefined && near >= 0 && a.startsWith(e, near)) return { start: near, end: near + e.length };
  const start = a.indexOf(e);
  return start < 0 ? null : { start, end: start + e.length };
}

export interface ParsedQuestion {
  fields: QuestionFields | null;
  errors: EditorErrors;
  checks: QuestionCheck[];
}

export function parseQuestionInput(
  raw: unknown,
  ctx: { articleText: string; language: Language; fixedKind?: QuestionKind; previousEvidenceStart?: number; template?: string | null; validFrom?: string | null; validTo?: string | null },
): ParsedQuestion {
  const parsed = EditorSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: EditorErrors = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0]) as EditorField] ??= "invalid";
    return { fields: null, errors, checks: [] };
  }
  const v = parsed.data;
  const kind = ctx.fixedKind ?? v.kind;
  const errors: EditorErrors = {};
  const prompt = v.prompt.trim();
  const evidence = v.evidence.replace(/\r\n?/g, "\n").trim();
  if (!prompt) errors.prompt = "required";
  else if (prompt.length > MAX_PROMPT_CHARS) errors.prompt = "too_long";
  if (!evidence) errors.evidence = "required";
  else if (evidence.length > MAX_EVIDENCE_CHARS) errors.evidence = "too_long";
  const explanation = text(MAX_EXPLANATION_CHARS).safeParse(v.explanation);
  if (!explanation.success) errors.explanation = "too_long";

  let choices: string[] | null = null;
  let answer: string | string[] = v.answer.trim();
  const accepted = lines(v.accepted);
  if (kind === "multiple_choice") {
    choices = lines(v.choices);
  } else if (kind === "true_false") {
    choices = [...TRUE_FALSE_LABELS[ctx.language]];
    answer = v.tfAnswer === "true" ? choices[0] : v.tfAnswer === "false" ? choices[1] : "";
    if (!answer) errors.answer = "required";
  } else if (kind === "ordering") {
    const items = lines(v.choices);
    if (items.length > MAX_ORDERING_ITEMS) errors.choices = "too_long";
    answer = items;
    choices = scrambleItems(items);
  }
  if ([...(choices ?? []), ...accepted, ...(Array.isArray(answer) ? answer : [answer])].some((s) => s.length > MAX_OPTION_CHARS)) {
    errors.choices ??= "too_long";
  }
  const located = evidence ? locateEvidence(ctx.articleText, evidence, ctx.previousEvidenceStart) : null;
  if (evidence && !errors.evidence && !located) errors.evidence = "evidence_not_found";

  const fields: QuestionFields = {
    kind,
    category: v.category,
    source: v.source,
    prompt,
    choices,
    answer,
    accepted: kind === "fill_blank" || kind === "short_answer" || kind === "multiple_choice" ? accepted : [],
    evidenceText: located ? ctx.articleText.slice(located.start, located.end) : "",
    evidenceStart: located?.start ?? -1,
    evidenceEnd: located?.end ?? -1,
    explanation: explanation.success ? explanation.data : "",
    difficulty: v.difficulty,
    template: ctx.template ?? null,
    validFrom: ctx.validFrom ?? null,
    validTo: ctx.validTo ?? null,
  };
  const checks = checkQuestion(fields, ctx.articleText);
  for (const c of checks) {
    if (c.ok) continue;
    // The first problem of each field is the one shown; evidence problems are already precise.
    if (c.field === "evidence" && errors.evidence) continue;
    if (c.id === "answer_present" && errors.answer) continue;
    errors[c.field] ??= c.id;
  }
  return { fields: Object.keys(errors).length ? null : fields, errors, checks };
}
