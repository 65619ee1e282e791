// A class of roster students answering multiple-choice quizzes through the real join, start
// and submit paths: for the learning-loop tests (student space, gradebook, practice).
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { choiceId } from "@/lib/grading/choice-id";
import { createQuiz } from "./quiz-fixtures";
import { addStudents, createClassroom, getClassroom } from "@/lib/server/classes/classrooms";
import { setQuizClasses } from "@/lib/server/classes/assignments";
import { joinWithStudentCode } from "@/lib/server/participants/join-with-student-code";
import { hashParticipantToken } from "@/lib/server/participants/participant-token";
import { startAttempt } from "@/lib/server/attempts/start-attempt";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt";
import { JOIN_FAILURE_WINDOW } from "@/lib/server/participants/join";

export const SKILLS = ["detail", "cause", "inference"] as const;

/** A published quiz of three MC questions (skills detail, cause, inference), for `teacherId` when given. */
export async function skillQuiz(tag: string, attemptsAllowed = 2, teacherId?: string) {
  const quiz = await createQuiz({
    attemptsAllowed,
    shuffleChoices: true,
    questions: SKILLS.map((s, i) => ({ kind: "multiple_choice", prompt: `${tag} ${s} ?`, choices: [`A${i}`, `B${i}`, `C${i}`], answer: `A${i}` })),
  });
  for (const [i, q] of quiz.questions.entries()) await prisma.question.update({ where: { id: q.id }, data: { skill: SKILLS[i] } });
  if (teacherId) {
    await prisma.quiz.update({ where: { id: quiz.id }, data: { teacherId } });
    await prisma.article.update({ where: { id: quiz.articleId }, data: { teacherId } });
  }
  return quiz;
}

export async function rosterClass(teacherId: string, names: string[]) {
  const c = await createClassroom(teacherId, `Classe ${randomUUID().slice(0, 6)}`, "4e");
  if (c === "too_many") throw new Error("too many classes");
  const added = await addStudents(teacherId, c.id, names.join("\n"));
  if (!added.ok) throw new Error(added.error);
  return (await getClassroom(teacherId, c.id))!;
}

export async function assign(teacherId: string, quizId: string, classIds: string[]) {
  if (!(await setQuizClasses(teacherId, quizId, classIds))) throw new Error("not assigned");
}

/** Joins with the code and submits one attempt: question i right when `right[i]`. Returns the attempt id. */
export async function answerWithCode(quiz: Awaited<ReturnType<typeof skillQuiz>>, code: string, right: boolean[]): Promise<string> {
  return (await answerWithCodeAs(quiz, code, right)).attemptId;
}

/** As answerWithCode, with the participant and its token hash (for practice tests). */
export async function answerWithCodeAs(quiz: Awaited<ReturnType<typeof skillQuiz>>, code: string, right: boolean[], now?: Date) {
  const joined = await joinWithStudentCode(quiz.id, code, [{ key: `test:${randomUUID()}`, window: JOIN_FAILURE_WINDOW }]);
  if (!joined.ok) throw new Error(joined.reason);
  const started = await startAttempt(joined.participantId);
  if (!started.ok) throw new Error(started.reason);
  const tokenHash = hashParticipantToken(joined.token);
  const answers = quiz.questions.map((q, i) => ({ questionId: q.id, choiceId: choiceId(q.id, right[i] ? `A${i}` : `B${i}`) }));
  const out = await submitAttempt({ attemptId: started.attemptId, body: { idempotencyKey: randomUUID(), answers }, tokenHashFor: (id) => (id === quiz.id ? tokenHash : null), now });
  if (out.status !== 200) throw new Error(`submit ${out.status}`);
  return { attemptId: started.attemptId, participantId: joined.participantId, tokenHash };
}
