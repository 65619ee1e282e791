// The only body the submit route accepts. `.strict()` everywhere: a score, a "correct" flag or
// any other extra field makes the whole request invalid (mass assignment, research §1.3).
import { z } from "zod";
import { createHash } from "node:crypto";
import { MAX_ANSWER_CHARS } from "@/lib/grading/normalise";

/** Largest request body read, in bytes (200 answers of 500 characters fit well below it). */
export const MAX_SUBMIT_BYTES = 256 * 1024;
export const MAX_ANSWERS = 200;
export const MAX_ORDERING_ITEMS = 50;

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const choiceRef = z.string().regex(/^[0-9a-f]{12}$/);

export const SubmittedAnswerSchema = z
  .object({
    questionId: id,
    choiceId: choiceRef.optional(),
    choiceIds: z.array(choiceRef).min(1).max(MAX_ORDERING_ITEMS).optional(),
    text: z.string().max(MAX_ANSWER_CHARS).optional(),
  })
  .strict()
  .refine((a) => [a.choiceId, a.choiceIds, a.text].filter((v) => v !== undefined).length === 1, {
    message: "exactly one of choiceId, choiceIds, text",
  });

export const SubmitBodySchema = z
  .object({
    idempotencyKey: z.uuid(),
    answers: z.array(SubmittedAnswerSchema).max(MAX_ANSWERS),
  })
  .strict();

export type SubmittedAnswer = z.infer<typeof SubmittedAnswerSchema>;
export type SubmitBody = z.infer<typeof SubmitBodySchema>;

/** SHA-256 of the answers in a canonical form (sorted by question, fixed field order), so a
 * retry of the same submission matches whatever order the browser listed them in. */
export function payloadHash(answers: readonly SubmittedAnswer[]): string {
  const canonical = [...answers]
    .map((a) => [a.questionId, a.choiceId ?? null, a.choiceIds ?? null, a.text ?? null])
    .sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : String(x[0]) > String(y[0]) ? 1 : 0));
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}
