// Review operations on a draft quiz's questions. Each one loads the quiz scoped by teacherId
// and refuses anything but a draft: once published, questions are read-only because stored
// attempts refer to them. Every write runs in one transaction that first re-checks the draft
// status with a conditional update, so a publish cannot slip between the check and the write.
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { foldWords } from "@/lib/analysis/fold";
import type { Language, QuestionKind } from "@/lib/generation/contract";
import { fieldsFromGenerated, toColumns, type QuestionFields } from "@/lib/quiz/question-row";
import { parseQuestionInput, type ParsedQuestion } from "@/lib/quiz/question-input";
import { generate, generationRequest } from "./create-quiz";
import { MAX_QUESTIONS_PER_QUIZ, QuizError } from "./quiz-errors";

async function draftQuiz(teacherId: string, quizId: string) {
  const quiz = await prisma.quiz.findFirst({
    where: { id: quizId, teacherId },
    select: { id: true, status: true, language: true, article: { select: { text: true, title: true, language: true, publishedAt: true } } },
  });
  if (!quiz) throw new QuizError("not_found");
  if (quiz.status !== "draft") throw new QuizError("not_draft");
  return quiz;
}

/**
 * Runs `write` in one transaction that starts by touching the quiz only while it is still this
 * teacher's draft. Publishing is one conditional update too, and both run under the database
 * lock, so either the write lands before the publish or it is refused.
 */
export async function writeWhileDraft<T>(teacherId: string, quizId: string, write: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.quiz.updateMany({ where: { id: quizId, teacherId, status: "draft" }, data: { updatedAt: new Date() } });
    if (count === 0) throw new QuizError("not_draft");
    return write(tx);
  });
}

async function questionOf(quizId: string, questionId: string) {
  const q = await prisma.question.findFirst({ where: { id: questionId, quizId } });
  if (!q) throw new QuizError("not_found");
  return q;
}

export async function approveQuestion(teacherId: string, quizId: string, questionId: string): Promise<void> {
  await draftQuiz(teacherId, quizId);
  await questionOf(quizId, questionId);
  await writeWhileDraft(teacherId, quizId, (tx) => tx.question.update({ where: { id: questionId }, data: { reviewState: "approved" } }));
}

export async function approveAllQuestions(teacherId: string, quizId: string): Promise<void> {
  await draftQuiz(teacherId, quizId);
  await writeWhileDraft(teacherId, quizId, (tx) => tx.question.updateMany({ where: { quizId }, data: { reviewState: "approved" } }));
}

export async function deleteQuestion(teacherId: string, quizId: string, questionId: string): Promise<void> {
  await draftQuiz(teacherId, quizId);
  await questionOf(quizId, questionId);
  await writeWhileDraft(teacherId, quizId, async (tx) => {
    await tx.question.delete({ where: { id: questionId } });
    const rest = await tx.question.findMany({ where: { quizId }, orderBy: { position: "asc" }, select: { id: true } });
    for (const [i, q] of rest.entries()) await tx.question.update({ where: { id: q.id }, data: { position: i } });
  });
}

/** Swaps a question with its neighbour; positions are renumbered 0..n-1 at the same time. */
export async function moveQuestion(teacherId: string, quizId: string, questionId: string, direction: "up" | "down"): Promise<void> {
  await draftQuiz(teacherId, quizId);
  await questionOf(quizId, questionId);
  await writeWhileDraft(teacherId, quizId, async (tx) => {
    const ids = (await tx.question.findMany({ where: { quizId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } })).map((q) => q.id);
    const i = ids.indexOf(questionId);
    const j = direction === "up" ? i - 1 : i + 1;
    if (i < 0 || j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j], ids[i]];
    for (const [pos, id] of ids.entries()) await tx.question.update({ where: { id }, data: { position: pos } });
  });
}

/** Validates and saves an edited question; on errors nothing is written and they are returned. */
export async function updateQuestion(teacherId: string, quizId: string, questionId: string, raw: unknown): Promise<ParsedQuestion> {
  const quiz = await draftQuiz(teacherId, quizId);
  const existing = await questionOf(quizId, questionId);
  const parsed = parseQuestionInput(raw, {
    articleText: quiz.article.text,
    language: quiz.language as Language,
    fixedKind: existing.kind as QuestionKind,
    previousEvidenceStart: existing.evidenceStart,
    template: existing.template,
    validFrom: existing.validFrom,
    validTo: existing.validTo,
  });
  if (parsed.fields) {
    // An edit is a review: the teacher has just read and corrected the question.
    const fields = parsed.fields;
    await writeWhileDraft(teacherId, quizId, (tx) =>
      tx.question.update({ where: { id: questionId }, data: { ...toColumns(fields), origin: "edited", reviewState: "approved" } }),
    );
  }
  return parsed;
}

export async function addQuestion(teacherId: string, quizId: string, raw: unknown): Promise<ParsedQuestion> {
  const quiz = await draftQuiz(teacherId, quizId);
  const parsed = parseQuestionInput(raw, { articleText: quiz.article.text, language: quiz.language as Language });
  const fields = parsed.fields;
  if (fields) {
    await writeWhileDraft(teacherId, quizId, async (tx) => {
      const count = await tx.question.count({ where: { quizId } });
      if (count >= MAX_QUESTIONS_PER_QUIZ) throw new QuizError("too_many_questions");
      await tx.question.create({ data: { ...toColumns(fields), quizId, position: count, origin: "manual", reviewState: "approved" } });
    });
  } else if ((await prisma.question.count({ where: { quizId } })) >= MAX_QUESTIONS_PER_QUIZ) {
    throw new QuizError("too_many_questions");
  }
  return parsed;
}

function sameQuestion(a: Pick<QuestionFields, "prompt" | "answer">, b: Pick<QuestionFields, "prompt" | "answer">): boolean {
  return foldWords(a.prompt) === foldWords(b.prompt) || JSON.stringify(a.answer) === JSON.stringify(b.answer);
}

/**
 * Replaces one question with another candidate of the same kind from a fresh generation,
 * skipping anything that duplicates a question already in the quiz (same prompt or answer).
 */
export async function regenerateQuestion(teacherId: string, quizId: string, questionId: string): Promise<void> {
  const quiz = await draftQuiz(teacherId, quizId);
  const target = await questionOf(quizId, questionId);
  const others = (await prisma.question.findMany({ where: { quizId }, select: { prompt: true, answer: true } })).map((q) => ({ prompt: q.prompt, answer: JSON.parse(q.answer) as string | string[] }));
  const result = await generate(
    generationRequest(quiz.article, { count: 50, kinds: [target.kind as QuestionKind], categories: [target.category as "comprehension" | "current_affairs"] }),
  );
  const candidate = result.questions.find((c) => c.kind === target.kind && !others.some((o) => sameQuestion(o, { prompt: c.prompt, answer: c.answer })));
  if (!candidate) throw new QuizError("no_candidate");
  await writeWhileDraft(teacherId, quizId, (tx) =>
    tx.question.update({
      where: { id: questionId },
      data: { ...toColumns(fieldsFromGenerated(candidate)), reviewState: "pending", origin: "generated" },
    }),
  );
}
