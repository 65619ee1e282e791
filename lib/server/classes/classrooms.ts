// A teacher's classes and rosters. Every function takes the teacher's id and touches only that
// teacher's rows: another teacher's class id behaves like a missing one.
import "server-only";
import { randomBytes } from "node:crypto";
import { prisma, withDbTransaction, type SqlTx } from "@/lib/db";
import { parseRoster, type RosterResult } from "@/lib/classes/roster";
import { newStudentCode } from "@/lib/classes/student-code";
import { normaliseVisibleName } from "@/lib/server/participants/display-name";
import { hashParticipantToken, newParticipantToken } from "@/lib/server/participants/participant-token";
import { toSqlDate } from "@/lib/server/attempts/sql-values";

export const CLASS_NAME_MAX = 60;
export const CLASS_LEVEL_MAX = 40;
/** A teacher's classes are listed on one page. */
export const CLASSES_PER_TEACHER_MAX = 100;

export interface ClassroomSummary {
  id: string;
  name: string;
  level: string;
  studentCount: number;
  quizCount: number;
}

export async function listClassrooms(teacherId: string): Promise<ClassroomSummary[]> {
  const rows = await prisma.classroom.findMany({
    where: { teacherId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, level: true, _count: { select: { students: true, assignments: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, level: r.level, studentCount: r._count.students, quizCount: r._count.assignments }));
}

export interface ClassroomDetail {
  id: string;
  name: string;
  level: string;
  students: { id: string; displayName: string; code: string; attemptCount: number }[];
  quizzes: { id: string; title: string; status: string; joinCode: string | null }[];
}

/** The class with its roster (alphabetical) and assigned quizzes, or null when not the teacher's. */
export async function getClassroom(teacherId: string, classroomId: string): Promise<ClassroomDetail | null> {
  const c = await prisma.classroom.findFirst({
    where: { id: classroomId, teacherId },
    select: {
      id: true,
      name: true,
      level: true,
      students: {
        select: { id: true, displayName: true, code: true, participants: { select: { _count: { select: { attempts: true } } } } },
      },
      assignments: { select: { quiz: { select: { id: true, title: true, status: true, joinCode: true, createdAt: true } } } },
    },
  });
  if (!c) return null;
  const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
  return {
    id: c.id,
    name: c.name,
    level: c.level,
    students: c.students
      .map((s) => ({ id: s.id, displayName: s.displayName, code: s.code, attemptCount: s.participants.reduce((n, p) => n + p._count.attempts, 0) }))
      .sort((a, b) => collator.compare(a.displayName, b.displayName)),
    quizzes: c.assignments
      .map((a) => a.quiz)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map(({ id, title, status, joinCode }) => ({ id, title, status, joinCode })),
  };
}

export type ClassFieldsResult = { ok: true; name: string; level: string } | { ok: false; field: "name" | "level" };

export function cleanClassFields(name: unknown, level: unknown): ClassFieldsResult {
  const n = normaliseVisibleName(name, CLASS_NAME_MAX);
  if (!n) return { ok: false, field: "name" };
  if (level == null || (typeof level === "string" && !level.trim())) return { ok: true, name: n, level: "" };
  const l = normaliseVisibleName(level, CLASS_LEVEL_MAX);
  if (!l) return { ok: false, field: "level" };
  return { ok: true, name: n, level: l };
}

export async function createClassroom(teacherId: string, name: string, level: string): Promise<{ id: string } | "too_many"> {
  return withDbTransaction(async (db) => {
    const n = (await db.prepare(`SELECT COUNT(*) AS n FROM Classroom WHERE teacherId = ?`).get(teacherId)) as { n: bigint | number };
    if (Number(n.n) >= CLASSES_PER_TEACHER_MAX) return "too_many" as const;
    const id = `c${randomBytes(12).toString("hex")}`;
    await db.prepare(`INSERT INTO Classroom (id, teacherId, name, level, createdAt) VALUES (?, ?, ?, ?, ?)`).run(id, teacherId, name, level, toSqlDate(new Date()));
    return { id };
  });
}

async function ownsClassroom(db: SqlTx, teacherId: string, classroomId: string): Promise<boolean> {
  return !!(await db.prepare(`SELECT 1 FROM Classroom WHERE id = ? AND teacherId = ?`).get(classroomId, teacherId));
}

/** A code no student has: collisions are rare (31^8 codes) but checked, inside the caller's transaction. */
async function uniqueCode(db: SqlTx): Promise<string> {
  const taken = db.prepare(`SELECT 1 FROM Student WHERE code = ?`);
  for (;;) {
    const code = newStudentCode();
    if (!(await taken.get(code))) return code;
  }
}

export type AddStudentsResult = RosterResult | { ok: false; error: "not_found" };

/**
 * Adds the pasted names to the class, each with a fresh code. Parsing, the duplicate check
 * against the roster and the inserts are one transaction, so a double submit adds nobody twice.
 */
export async function addStudents(teacherId: string, classroomId: string, text: unknown): Promise<AddStudentsResult> {
  return withDbTransaction(async (db): Promise<AddStudentsResult> => {
    if (!(await ownsClassroom(db, teacherId, classroomId))) return { ok: false, error: "not_found" };
    const existing = ((await db.prepare(`SELECT displayName FROM Student WHERE classroomId = ?`).all(classroomId)) as { displayName: string }[]).map((r) => r.displayName);
    const parsed = parseRoster(text, existing);
    if (!parsed.ok) return parsed;
    const insert = db.prepare(`INSERT INTO Student (id, classroomId, displayName, code, createdAt) VALUES (?, ?, ?, ?, ?)`);
    const now = toSqlDate(new Date());
    for (const name of parsed.names) await insert.run(`s${randomBytes(12).toString("hex")}`, classroomId, name, await uniqueCode(db), now);
    return parsed;
  });
}

/**
 * Gives the student a new code. The old one stops working at once, and so do the quiz cookies
 * and student-space sessions obtained with it (whoever knew the old code may hold one).
 */
export async function revokeStudentCode(teacherId: string, classroomId: string, studentId: string): Promise<boolean> {
  return withDbTransaction(async (db) => {
    if (!(await ownsClassroom(db, teacherId, classroomId))) return false;
    const done = await db.prepare(`UPDATE Student SET code = ? WHERE id = ? AND classroomId = ?`).run(await uniqueCode(db), studentId, classroomId);
    if (!done.changes) return false;
    const rotate = db.prepare(`UPDATE Participant SET tokenHash = ? WHERE id = ?`);
    for (const p of (await db.prepare(`SELECT id FROM Participant WHERE studentId = ?`).all(studentId)) as { id: string }[]) {
      await rotate.run(hashParticipantToken(newParticipantToken()), p.id);
    }
    await db.prepare(`DELETE FROM StudentSession WHERE studentId = ?`).run(studentId);
    return true;
  });
}

/** Removes the student and, through the cascades, their participants, attempts and answers. */
export async function removeStudent(teacherId: string, classroomId: string, studentId: string): Promise<boolean> {
  const r = await prisma.student.deleteMany({ where: { id: studentId, classroomId, classroom: { teacherId } } });
  return r.count > 0;
}

/** How many students and attempts deleting the class takes with it (for the confirmation). */
export async function classroomDeletionCounts(teacherId: string, classroomId: string): Promise<{ students: number; attempts: number } | null> {
  const c = await prisma.classroom.findFirst({ where: { id: classroomId, teacherId }, select: { _count: { select: { students: true } } } });
  if (!c) return null;
  const attempts = await prisma.attempt.count({ where: { participant: { student: { classroomId } } } });
  return { students: c._count.students, attempts };
}

/** Deletes the class, its students and all their attempts (cascades). */
export async function deleteClassroom(teacherId: string, classroomId: string): Promise<boolean> {
  const r = await prisma.classroom.deleteMany({ where: { id: classroomId, teacherId } });
  return r.count > 0;
}
