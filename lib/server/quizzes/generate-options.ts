// What the teacher chooses before generating: how many questions, which kinds and categories.
import { z } from "zod";
import { DEFAULT_COUNT, MAX_COUNT, QUESTION_KINDS, QUESTION_SKILLS } from "@/lib/generation/contract";

export const CATEGORIES = ["comprehension", "current_affairs"] as const;

export const GenerateOptionsSchema = z.object({
  articleId: z.string().min(1).max(64),
  count: z.coerce.number().int().min(1).max(MAX_COUNT).default(Math.min(DEFAULT_COUNT, 10)),
  kinds: z.array(z.enum(QUESTION_KINDS)).min(1).max(QUESTION_KINDS.length),
  categories: z.array(z.enum(CATEGORIES)).min(1).max(2),
  /** Empty (none ticked) means every skill. */
  skills: z.array(z.enum(QUESTION_SKILLS)).max(QUESTION_SKILLS.length).default([]),
});
export type GenerateOptions = z.infer<typeof GenerateOptionsSchema>;
