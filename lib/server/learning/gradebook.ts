// A class's gradebook: students × assigned quizzes with each student's latest graded attempt,
// who has not done each quiz, and mastery by skill for the class and each student (with the
// questions behind each class figure). One read transaction of five indexed queries, so a
// class of 30 × 20 quizzes loads well within its 200 ms budget (npm run bench -- gradebook).
import "server-only";
import { withSyncTransaction } from "@/lib/db";
import { masteryBySkill, outOf20, percentOf, type SkillAnswer, type SkillMastery } from "@/lib/grading/skill-mastery";
import { fromSqlDate, toBool, toNumber } from "@/lib/server/attempts/sql-values";
import { LATEST_SUBMITTED } from "./student-progress";

export interface GradebookCell {
  attemptId: string;
  score: number;
  maxScore: number;
  percent: number;
  over20: number;
  submittedAt: Date | null;
}

export interface GradebookStudent {
  id: string;
  displayName: string;
  /** One per quiz, in `quizzes` order; null when not done. */
  cells: (GradebookCell | null)[];
  /** Mean of the done quizzes' percents, rounded; null when none. */
  meanPercent: number | null;
  skills: SkillMastery[];
}

export interface SkillQuestion {
  questionId: string;
  quizTitle: string;
  prompt: string;
  right: number;
  total: number;
}

export interface Gradebook {
  classroom: { id: string; name: string; level: string };
  quizzes: { id: string; title: string; status: string }[];
  students: GradebookStudent[];
  /** Per quiz (same order): the students who have no graded attempt. */
  missing: { quizId: string; students: string[] }[];
  classSkills: (SkillMastery & { questions: SkillQuestion[] })[];
}

/** The teacher's class gradebook, or null when the class is not theirs. */
export async function loadGradebook(teacherId: string, classroomId: string): Promise<Gradebook | null> {
  return withSyncTransaction((db) => {
    const cls = db.prepare(`SELECT id, name, level FROM Classroom WHERE id = ? AND teacherId = ?`).get(classroomId, teacherId) as Gradebook["classroom"] | undefined;
    if (!cls) return null;
    const quizzes = db
      .prepare(`SELECT q.id, q.title, q.status FROM QuizAssignment qa JOIN Quiz q ON q.id = qa.quizId WHERE qa.classroomId = ? ORDER BY qa.createdAt, q.createdAt, q.id`)
      .all(classroomId) as Gradebook["quizzes"];
    const roster = db.prepare(`SELECT id, displayName FROM Student WHERE classroomId = ?`).all(classroomId) as { id: string; displayName: string }[];
    const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
    roster.sort((a, b) => collator.compare(a.displayName, b.displayName));
    const quizIndex = new Map(quizzes.map((q, i) => [q.id, i]));
    const attempts = db
      .prepare(
        `SELECT p.studentId, a.quizId, a.id, a.score, a.maxScore, a.submittedAt
           FROM Student s JOIN Participant p ON p.studentId = s.id JOIN Attempt a ON a.participantId = p.id
          WHERE s.classroomId = ? AND ${LATEST_SUBMITTED}`,
      )
      .all(classroomId) as { studentId: string; quizId: string; id: string; score: unknown; maxScore: unknown; submittedAt: unknown }[];
    const cells = new Map<string, (GradebookCell | null)[]>(roster.map((s) => [s.id, quizzes.map(() => null)]));
    for (const a of attempts) {
      const i = quizIndex.get(a.quizId);
      const row = cells.get(a.studentId);
      if (i === undefined || !row) continue;
      const score = toNumber(a.score);
      const maxScore = toNumber(a.maxScore);
      row[i] = { attemptId: a.id, score, maxScore, percent: percentOf(score, maxScore), over20: outOf20(score, maxScore), submittedAt: fromSqlDate(a.submittedAt) };
    }
    const answers = db
      .prepare(
        `SELECT p.studentId, a.quizId, qu.id AS questionId, qu.prompt, qu.skill, r.correct
           FROM Student s JOIN Participant p ON p.studentId = s.id JOIN Attempt a ON a.participantId = p.id
           JOIN Response r ON r.attemptId = a.id JOIN Question qu ON qu.id = r.questionId
          WHERE s.classroomId = ? AND ${LATEST_SUBMITTED}
          ORDER BY qu.quizId, qu.position`,
      )
      .all(classroomId) as { studentId: string; quizId: string; questionId: string; prompt: string; skill: string | null; correct: unknown }[];
    const byStudent = new Map<string, SkillAnswer[]>();
    const all: SkillAnswer[] = [];
    const perQuestion = new Map<string, SkillQuestion & { skill: string }>();
    const titles = new Map(quizzes.map((q) => [q.id, q.title]));
    for (const r of answers) {
      if (!quizIndex.has(r.quizId)) continue;
      const answer = { skill: r.skill, correct: toBool(r.correct) };
      all.push(answer);
      const list = byStudent.get(r.studentId) ?? [];
      list.push(answer);
      byStudent.set(r.studentId, list);
      if (!r.skill) continue;
      const q = perQuestion.get(r.questionId) ?? { questionId: r.questionId, quizTitle: titles.get(r.quizId) ?? "", prompt: r.prompt, skill: r.skill, right: 0, total: 0 };
      q.total++;
      if (answer.correct) q.right++;
      perQuestion.set(r.questionId, q);
    }
    const students = roster.map((s): GradebookStudent => {
      const row = cells.get(s.id)!;
      const done = row.filter((c): c is GradebookCell => !!c);
      return {
        id: s.id,
        displayName: s.displayName,
        cells: row,
        meanPercent: done.length ? Math.round(done.reduce((n, c) => n + c.percent, 0) / done.length) : null,
        skills: masteryBySkill(byStudent.get(s.id) ?? []),
      };
    });
    return {
      classroom: cls,
      quizzes,
      students,
      missing: quizzes.map((q, i) => ({ quizId: q.id, students: students.filter((s) => !s.cells[i]).map((s) => s.displayName) })),
      classSkills: masteryBySkill(all).map((m) => ({
        ...m,
        questions: [...perQuestion.values()].filter((q) => q.skill === m.skill).map(({ skill: _s, ...q }) => q),
      })),
    };
  });
}
