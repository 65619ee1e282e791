// What a roster student sees in their space: the quizzes given to their class (to do / done),
// their graded attempts, and their mastery by skill. Only rows reached through the student's
// own participants are read, so a student sees nobody else's work.
import "server-only";
import { withDbTransaction } from "@/lib/db";
import { masteryBySkill, type SkillMastery } from "@/lib/grading/skill-mastery";
import { fromSqlDate, toBool, toNumber } from "@/lib/server/attempts/sql-values";
import { LATEST_SUBMITTED } from "./gradebook-query";

export interface AssignedQuiz {
  quizId: string;
  title: string;
  joinCode: string;
  open: boolean;
  /** The latest graded attempt, when there is one. */
  latest: { attemptId: string; score: number; maxScore: number } | null;
  inProgress: boolean;
}

export interface HistoryEntry {
  attemptId: string;
  quizId: string;
  joinCode: string;
  title: string;
  number: number;
  submittedAt: Date | null;
  score: number;
  maxScore: number;
}

export interface StudentOverview {
  todo: AssignedQuiz[];
  done: AssignedQuiz[];
  history: HistoryEntry[];
  skills: SkillMastery[];
}

export async function studentOverview(student: { id: string; classroomId: string }): Promise<StudentOverview> {
  return withDbTransaction(async (db) => {
    const assigned = (await db
      .prepare(
        `SELECT q.id, q.title, q.joinCode, q.status, qa.createdAt FROM QuizAssignment qa JOIN Quiz q ON q.id = qa.quizId
          WHERE qa.classroomId = ? AND q.status IN ('published', 'closed') AND q.joinCode IS NOT NULL
          ORDER BY qa.createdAt DESC, q.id`,
      )
      .all(student.classroomId)) as { id: string; title: string; joinCode: string; status: string }[];
    const attempts = (await db
      .prepare(
        `SELECT a.id, a.quizId, a.number, a.status, a.submittedAt, a.score, a.maxScore, q.title, q.joinCode
           FROM Attempt a JOIN Participant p ON p.id = a.participantId JOIN Quiz q ON q.id = a.quizId
          WHERE p.studentId = ? ORDER BY a.submittedAt DESC, a.number DESC`,
      )
      .all(student.id)) as { id: string; quizId: string; number: unknown; status: string; submittedAt: unknown; score: unknown; maxScore: unknown; title: string; joinCode: string | null }[];
    const history: HistoryEntry[] = attempts
      .filter((a) => a.status === "submitted" && a.joinCode)
      .map((a) => ({
        attemptId: a.id,
        quizId: a.quizId,
        joinCode: a.joinCode!,
        title: a.title,
        number: toNumber(a.number),
        submittedAt: fromSqlDate(a.submittedAt),
        score: toNumber(a.score),
        maxScore: toNumber(a.maxScore),
      }));
    const quizzes = assigned.map((q): AssignedQuiz => {
      const own = history.filter((h) => h.quizId === q.id).sort((x, y) => y.number - x.number)[0];
      return {
        quizId: q.id,
        title: q.title,
        joinCode: q.joinCode,
        open: q.status === "published",
        latest: own ? { attemptId: own.attemptId, score: own.score, maxScore: own.maxScore } : null,
        inProgress: attempts.some((a) => a.quizId === q.id && a.status === "in_progress"),
      };
    });
    const answers = (await db
      .prepare(
        `SELECT qu.skill, r.correct FROM Response r JOIN Attempt a ON a.id = r.attemptId JOIN Participant p ON p.id = a.participantId
           JOIN Question qu ON qu.id = r.questionId WHERE p.studentId = ? AND ${LATEST_SUBMITTED}`,
      )
      .all(student.id)) as { skill: string | null; correct: unknown }[];
    return {
      todo: quizzes.filter((q) => !q.latest),
      done: quizzes.filter((q) => q.latest),
      history,
      skills: masteryBySkill(answers.map((a) => ({ skill: a.skill, correct: toBool(a.correct) }))),
    };
  });
}

/**
 * The quiz's join code when it is given to the student's class and can be opened (published,
 * or closed to read results), else null.
 */
export async function assignedQuizCode(student: { classroomId: string }, quizId: string): Promise<string | null> {
  return withDbTransaction(async (db) => {
    const row = (await db
      .prepare(
        `SELECT q.joinCode FROM QuizAssignment qa JOIN Quiz q ON q.id = qa.quizId
          WHERE qa.classroomId = ? AND qa.quizId = ? AND q.status IN ('published', 'closed') AND q.joinCode IS NOT NULL`,
      )
      .get(student.classroomId, quizId)) as { joinCode: string } | undefined;
    return row?.joinCode ?? null;
  });
}
