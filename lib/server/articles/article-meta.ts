// Metadata typed next to an imported article (all optional). Language is detected when blank.
import { z } from "zod";
import { isCalendarDate } from "@/lib/quiz/calendar-date";
import { MAX_SOURCE_CHARS, MAX_TITLE_CHARS } from "@/lib/server/import/limits";

export const ArticleMetaSchema = z.object({
  title: z.string().trim().max(MAX_TITLE_CHARS).default(""),
  source: z.string().trim().max(MAX_SOURCE_CHARS).default(""),
  date: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/)
    .refine((d) => !d || isCalendarDate(d))
    .default(""),
  language: z.enum(["", "fr", "en"]).default(""),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
