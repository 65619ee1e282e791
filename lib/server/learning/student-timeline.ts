// One roster student's progress over time, for their teacher: the mark of each assigned-or-done
// quiz in the order the student submitted it (latest graded attempt, as in the gradebook), the
// skills each quiz measured, mastery by skill with the questions behind each figure, and a
// count of their practice (kept apart from the marks). Null unless the teacher owns the class
// and the student is in it.
import "server-only";
import { withDbTransaction } from "@/lib/db";
import { masteryBySkill, outOf20, percentOf, type SkillMastery } from "@/lib/grading/skill-mastery";
import { fromSqlDate, toBool, toNumber, toSqlDate } from "@/lib/server/attempts/sql-values";
import { LATEST_SUBMITTED } from "./gradebook-query";

export interface TimelineEntry {
  quizId: string;
  title: string;
  attemptId: string;
  /** How many graded attempts the student made at this quiz. */
  attempts: number;
  submittedAt: Date | null;
  score: number;
  maxScore: number;
  percent: number;
  over20: number;
  skills: SkillMastery[];
}

export interface SkillQuestionResult {
  questionId: string;
  quizTitle: string;
  prompt: string;
  correct: boolean;
}

export interface StudentTimeline {
  student: { id: string; displayName: string };
  classroom: { id: string; name: string };
  entries: TimelineEntry[];
  /** Assigned quizzes the student has not done yet. */
  notDone: { quizId: string; title: string }[];
  skills: (SkillMastery & { questions: SkillQuestionResult[] })[];
  practice: { answers: number; right: number; inReview: number; dueNow: number; learnt: number };
}

export async function loadStudentTimeline(teacherId: string, classroomId: string, studentId: string, now = new Date()): Promise<StudentTimeline | null> {
  return withDbTransaction(async (db) => {
    const head = (await db
      .prepare(
        `SELECT s.id, s.displayName, c.id AS classroomId, c.name AS className FROM Student s JOIN Classroom c ON c.id = s.classroomId
          WHERE s.id = ? AND c.id = ? AND c.teacherId = ?`,
      )
      .get(studentId, classroomId, teacherId)) as { id: string; displayName: string; classroomId: string; className: string } | undefined;
    if (!head) return null;
    const latest = (await db
      .prepare(
        `SELECT a.id, a.quizId, a.submittedAt, a.score, a.maxScore, q.title,
                (SELECT COUNT(*) FROM Attempt a3 WHERE a3.participantId = a.participantId AND a3.status = 'submitted') AS attempts
           FROM Attempt a JOIN Participant p ON p.id = a.participantId JOIN Quiz q ON q.id = a.quizId
          WHERE p.studentId = ? AND ${LATEST_SUBMITTED}
          ORDER BY a.submittedAt ASC, a.id`,
      )
      .all(studentId)) as { id: string; quizId: string; submittedAt: unknown; score: unknown; maxScore: unknown; title: string; attempts: unknown }[];
    const answers = (await db
      .prepare(
        `SELECT r.attemptId, r.questionId, r.correct, qu.skill, qu.prompt, qu.position, q.title FROM Response r
           JOIN Attempt a ON a.id = r.attemptId JOIN Participant p ON p.id = a.participantId
           JOIN Question qu ON qu.id = r.questionId JOIN Quiz q ON q.id = a.quizId
          WHERE p.studentId = ? AND ${LATEST_SUBMITTED} ORDER BY a.submittedAt ASC, qu.position ASC`,
      )
      .all(studentId)) as { attemptId: string; questionId: string; correct: unknown; skill: string | null; prompt: string; title: string }[];
    const entries = latest.map((a): TimelineEntry => {
      const score = toNumber(a.score);
      const maxScore = toNumber(a.maxScore);
      const own = answers.filter((r) => r.attemptId === a.id).map((r) => ({ skill: r.skill, correct: toBool(r.correct) }));
      return {
        quizId: a.quizId,
        title: a.title,
        attemptId: a.id,
        attempts: toNumber(a.attempts),
        submittedAt: fromSqlDate(a.submittedAt),
        score,
        maxScore,
        percent: percentOf(score, maxScore),
        over20: outOf20(score, maxScore),
        skills: masteryBySkill(own),
      };
    });
    const notDone = (await db
      .prepare(
        `SELECT q.id AS quizId, q.title FROM QuizAssignment qa JOIN Quiz q ON q.id = qa.quizId
          WHERE qa.classroomId = ? AND q.status IN ('published', 'closed')
            AND NOT EXISTS (SELECT 1 FROM Attempt a JOIN Participant p ON p.id = a.participantId WHERE p.studentId = ? AND a.quizId = q.id AND a.status = 'submitted')
          ORDER BY qa.createdAt ASC, q.id`,
      )
      .all(classroomId, studentId)) as { quizId: string; title: string }[];
    const skills = masteryBySkill(answers.map((r) => ({ skill: r.skill, correct: toBool(r.correct) }))).map((m) => ({
      ...m,
      questions: answers
        .filter((r) => r.skill === m.skill)
        .map((r) => ({ questionId: r.questionId, quizTitle: r.title, prompt: r.prompt, correct: toBool(r.correct) })),
    }));
    const practice = (await db
      .prepare(
        `SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN pa.correct THEN 1 ELSE 0 END), 0) AS right FROM PracticeAnswer pa JOIN Participant p ON p.id = pa.participantId WHERE p.studentId = ?`,
      )
      .get(studentId)) as { n: unknown; right: unknown };
    const cards = (await db
      .prepare(
        `SELECT SUM(CASE WHEN retiredAt IS NULL THEN 1 ELSE 0 END) AS inReview,
                SUM(CASE WHEN retiredAt IS NULL AND dueAt <= ? THEN 1 ELSE 0 END) AS dueNow,
                SUM(CASE WHEN retiredAt IS NOT NULL THEN 1 ELSE 0 END) AS learnt
           FROM ReviewCard WHERE studentId = ?`,
      )
      .get(toSqlDate(now), studentId)) as { inReview: unknown; dueNow: unknown; learnt: unknown };
    return {
      student: { id: head.id, displayName: head.displayName },
      classroom: { id: head.classroomId, name: head.className },
      entries,
      notDone,
      skills,
      practice: {
        answers: toNumber(practice.n),
        right: toNumber(practice.right),
        inReview: toNumber(cards.inReview),
        dueNow: toNumber(cards.dueNow),
        learnt: toNumber(cards.learnt),
      },
    };
  });
}
