// The gradebook query on a raw better-sqlite3 connection, without "server-only", so the
// benchmark can run it on its own database; the app calls it through loadGradebook.
import type { SqlTx } from "@/lib/db/sql-tx";
import { masteryBySkill, outOf20, percentOf, type SkillAnswer, type SkillMastery } from "../../grading/skill-mastery";
import { fromSqlDate, toBool, toNumber } from "../attempts/sql-values";

/**
 * The SQL condition "attempt `a` is its participant's latest graded one": a student's mark on a
 * quiz is that of their last submission (the student space uses the same rule).
 */
export const LATEST_SUBMITTED = `a.status = 'submitted' AND a.number = (SELECT MAX(a2.number) FROM Attempt a2 WHERE a2.participantId = a.participantId AND a2.status = 'submitted')`;

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
export async function readGradebook(db: SqlTx, teacherId: string, classroomId: string): Promise<Gradebook | null> {
  const cls = (await db.prepare(`SELECT id, name, level FROM Classroom WHERE id = ? AND teacherId = ?`).get(classroomId, teacherId)) as Gradebook["classroom"] | undefined;
  if (!cls) return null;
  const quizzes = (await db
    .prepare(`SELECT q.id, q.title, q.status FROM QuizAssignment qa JOIN Quiz q ON q.id = qa.quizId WHERE qa.classroomId = ? ORDER BY qa.createdAt, q.createdAt, q.id`)
    .all(classroomId)) as Gradebook["quizzes"];
  const roster = (await db.prepare(`SELECT id, displayName FROM Student WHERE classroomId = ?`).all(classroomId)) as { id: string; displayName: string }[];
  const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
  roster.sort((a, b) => collator.compare(a.displayName, b.displayName));
  const quizIndex = new Map(quizzes.map((q, i) => [q.id, i]));
  // Every graded attempt of the roster, then the latest per student and quiz in JS: three flat
  // indexed scans (attempts, answers, questions) instead of a correlated query per row.
  const graded = (await db
    .prepare(
      `SELECT p.studentId, a.quizId, a.id, a.number, a.score, a.maxScore, a.submittedAt
         FROM Student s JOIN Participant p ON p.studentId = s.id JOIN Attempt a ON a.participantId = p.id
        WHERE s.classroomId = ? AND a.status = 'submitted'`,
    )
    .all(classroomId)) as { studentId: string; quizId: string; id: string; number: unknown; score: unknown; maxScore: unknown; submittedAt: unknown }[];
  const latestOf = new Map<string, (typeof graded)[number]>();
  for (const a of graded) {
    if (!quizIndex.has(a.quizId)) continue;
    const key = `${a.studentId} ${a.quizId}`;
    const seen = latestOf.get(key);
    if (!seen || toNumber(a.number) > toNumber(seen.number)) latestOf.set(key, a);
  }
  const attempts = [...latestOf.values()];
  const cells = new Map<string, (GradebookCell | null)[]>(roster.map((s) => [s.id, quizzes.map(() => null)]));
  for (const a of attempts) {
    const i = quizIndex.get(a.quizId)!;
    const row = cells.get(a.studentId);
    if (!row) continue;
    const score = toNumber(a.score);
    const maxScore = toNumber(a.maxScore);
    row[i] = { attemptId: a.id, score, maxScore, percent: percentOf(score, maxScore), over20: outOf20(score, maxScore), submittedAt: fromSqlDate(a.submittedAt) };
  }
  const latest = new Map(attempts.map((a) => [a.id, a]));
  const questions = new Map(
    (
      (await db
        .prepare(`SELECT qu.id, qu.quizId, qu.prompt, qu.skill, qu.position FROM QuizAssignment qa JOIN Question qu ON qu.quizId = qa.quizId WHERE qa.classroomId = ?`)
        .all(classroomId)) as { id: string; quizId: string; prompt: string; skill: string | null; position: unknown }[]
    ).map((q) => [q.id, q]),
  );
  const answers = (
    (await db
      .prepare(
        `SELECT r.attemptId, r.questionId, r.correct
           FROM Student s JOIN Participant p ON p.studentId = s.id JOIN Attempt a ON a.participantId = p.id JOIN Response r ON r.attemptId = a.id
          WHERE s.classroomId = ? AND a.status = 'submitted'`,
      )
      .all(classroomId)) as { attemptId: string; questionId: string; correct: unknown }[]
  )
    .filter((r) => latest.has(r.attemptId) && questions.has(r.questionId))
    .map((r) => {
      const q = questions.get(r.questionId)!;
      return { studentId: latest.get(r.attemptId)!.studentId, quizId: q.quizId, questionId: q.id, prompt: q.prompt, skill: q.skill, correct: r.correct, order: quizIndex.get(q.quizId)! * 1e6 + toNumber(q.position) };
    })
    .sort((x, y) => x.order - y.order);
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
}
