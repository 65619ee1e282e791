// The teacher's quiz list with per-quiz counts and average, in one aggregated SQL query.
import type { PrismaClient } from "../../../generated/prisma/client";

export interface DashboardQuiz {
  id: string;
  title: string;
  status: string;
  joinCode: string | null;
  createdAt: Date;
  questionCount: number;
  submittedCount: number;
  /** Mean of the submitted attempts' percentages (0–100); null with none. */
  averagePercent: number | null;
}

interface Row {
  id: string;
  title: string;
  status: string;
  joinCode: string | null;
  createdAt: string | Date;
  questionCount: number | bigint;
  submittedCount: number | bigint;
  averagePercent: number | null;
}

/**
 * One statement rather than a count per quiz: attempts are aggregated by a LEFT JOIN, question
 * counts by a correlated subquery on the (quizId, position) index.
 */
export async function loadDashboard(db: PrismaClient, teacherId: string): Promise<DashboardQuiz[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT q.id AS id, q.title AS title, q.status AS status, q."joinCode" AS "joinCode", q."createdAt" AS "createdAt",
      (SELECT COUNT(*) FROM "Question" qu WHERE qu."quizId" = q.id) AS "questionCount",
      COUNT(a.id) AS "submittedCount",
      AVG(CASE WHEN a."maxScore" > 0 THEN a.score * 100.0 / a."maxScore" END) AS "averagePercent"
    FROM "Quiz" q
    LEFT JOIN "Attempt" a ON a."quizId" = q.id AND a.status = 'submitted'
    WHERE q."teacherId" = ${teacherId}
    GROUP BY q.id
    ORDER BY q."createdAt" DESC, q.id DESC`;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    joinCode: r.joinCode,
    createdAt: r.createdAt instanceof Date ? r.createdAt : new Date(r.createdAt),
    questionCount: Number(r.questionCount),
    submittedCount: Number(r.submittedCount),
    averagePercent: r.averagePercent == null ? null : Number(r.averagePercent),
  }));
}
