// Which classes a quiz is given to. Only the teacher's own quiz and classes can be linked.
import "server-only";
import { withDbTransaction } from "@/lib/db";
import { prisma } from "@/lib/db";
import { toSqlDate } from "@/lib/server/attempts/sql-values";

export interface QuizClassOption {
  id: string;
  name: string;
  level: string;
  studentCount: number;
  assigned: boolean;
}

/** The teacher's classes, each marked when the quiz is assigned to it; null when the quiz is not theirs. */
export async function quizClassOptions(teacherId: string, quizId: string): Promise<QuizClassOption[] | null> {
  const quiz = await prisma.quiz.findFirst({ where: { id: quizId, teacherId }, select: { assignments: { select: { classroomId: true } } } });
  if (!quiz) return null;
  const assigned = new Set(quiz.assignments.map((a) => a.classroomId));
  const classes = await prisma.classroom.findMany({
    where: { teacherId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, level: true, _count: { select: { students: true } } },
  });
  return classes.map((c) => ({ id: c.id, name: c.name, level: c.level, studentCount: c._count.students, assigned: assigned.has(c.id) }));
}

/**
 * Makes the quiz assigned to exactly `classroomIds` (unknown or foreign ids are ignored).
 * Unassigning keeps the attempts already made: they stay the students' work.
 */
export async function setQuizClasses(teacherId: string, quizId: string, classroomIds: readonly string[]): Promise<boolean> {
  return withDbTransaction(async (db) => {
    if (!(await db.prepare(`SELECT 1 FROM Quiz WHERE id = ? AND teacherId = ?`).get(quizId, teacherId))) return false;
    const own = new Set(
      ((await db.prepare(`SELECT id FROM Classroom WHERE teacherId = ?`).all(teacherId)) as { id: string }[]).map((r) => r.id).filter((id) => classroomIds.includes(id)),
    );
    // Kept assignments keep their date (the gradebook orders quizzes by it).
    const current = ((await db.prepare(`SELECT classroomId FROM QuizAssignment WHERE quizId = ?`).all(quizId)) as { classroomId: string }[]).map((r) => r.classroomId);
    const remove = db.prepare(`DELETE FROM QuizAssignment WHERE quizId = ? AND classroomId = ?`);
    for (const id of current) if (!own.has(id)) await remove.run(quizId, id);
    // ON CONFLICT DO NOTHING: the same on SQLite and PostgreSQL.
    const insert = db.prepare(`INSERT INTO QuizAssignment (quizId, classroomId, createdAt) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`);
    const now = toSqlDate(new Date());
    for (const id of own) await insert.run(quizId, id, now);
    return true;
  });
}
