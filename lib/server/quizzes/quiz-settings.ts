// Quiz settings. In a draft everything can change; once published the shuffles are fixed (an
// attempt's order is drawn from them), while the title, when answers are shown, the time limit
// the attempts allowed and the students' interface language can still change (they apply to attempts started afterwards).
import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { QuizError } from "./quiz-errors";

export const SHOW_ANSWERS = ["after_submit", "after_close", "never"] as const;

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const SettingsSchema = z.object({
  title: z.string().trim().min(1).max(200),
  shuffleQuestions: checkbox,
  shuffleChoices: checkbox,
  /** Minutes; blank means no limit. */
  timeLimitMin: z.preprocess((v) => (v === "" || v == null ? null : v), z.coerce.number().int().min(1).max(600).nullable()),
  attemptsAllowed: z.coerce.number().int().min(1).max(20),
  showAnswers: z.enum(SHOW_ANSWERS),
  /** Interface language students get on this quiz; "" follows their browser. */
  interfaceLanguage: z.preprocess((v) => (v == null ? "" : v), z.enum(["", "fr", "en"])),
});
export type SettingsInput = z.infer<typeof SettingsSchema>;
export type SettingsField = keyof SettingsInput;

export async function updateQuizSettings(teacherId: string, quizId: string, raw: unknown): Promise<{ errors: SettingsField[] }> {
  const quiz = await prisma.quiz.findFirst({ where: { id: quizId, teacherId }, select: { status: true } });
  if (!quiz) throw new QuizError("not_found");
  const parsed = SettingsSchema.safeParse(raw);
  if (!parsed.success) return { errors: [...new Set(parsed.error.issues.map((i) => String(i.path[0]) as SettingsField))] };
  const s = parsed.data;
  // Any time, even published: it changes only the interface, not questions or grading.
  const interfaceLanguage = s.interfaceLanguage || null;
  const data =
    quiz.status === "draft"
      ? { interfaceLanguage, title: s.title, shuffleQuestions: s.shuffleQuestions, shuffleChoices: s.shuffleChoices, timeLimitSec: s.timeLimitMin ? s.timeLimitMin * 60 : null, attemptsAllowed: s.attemptsAllowed, showAnswers: s.showAnswers }
      : { interfaceLanguage, title: s.title, showAnswers: s.showAnswers, timeLimitSec: s.timeLimitMin ? s.timeLimitMin * 60 : null, attemptsAllowed: s.attemptsAllowed };
  // Conditional on the status read above: a publish in between must not let draft-only
  // settings (shuffling) change on a published quiz.
  const { count } = await prisma.quiz.updateMany({ where: { id: quizId, teacherId, status: quiz.status }, data });
  if (count === 0) throw new QuizError("not_draft");
  return { errors: [] };
}
