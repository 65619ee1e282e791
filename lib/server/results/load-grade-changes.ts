// The audit lines of a quiz's regrades and overrides, newest first, for the results pages.
import type { PrismaClient } from "../../../generated/prisma/client";

export interface GradeChangeEntry {
  id: string;
  questionId: string;
  /** 1-based question number, null if the question was deleted since. */
  questionNumber: number | null;
  attemptId: string | null;
  displayName: string | null;
  action: "accept_answer" | "change_key" | "override";
  detail: { answer?: string; from?: string; to?: string; correct?: boolean };
  responsesChanged: number;
  attemptsChanged: number;
  createdAt: Date;
}

function parseDetail(json: string): GradeChangeEntry["detail"] {
  try {
    const v: unknown = JSON.parse(json);
    if (!v || typeof v !== "object") return {};
    const o = v as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === "string" ? x : Array.isArray(x) ? x.map(String).join(" → ") : undefined);
    return { answer: str(o.answer), from: str(o.from), to: str(o.to), correct: typeof o.correct === "boolean" ? o.correct : undefined };
  } catch {
    return {};
  }
}

/** Every grading change of the teacher's quiz (or of one attempt), newest first, at most `limit`. */
export async function loadGradeChanges(db: PrismaClient, teacherId: string, quizId: string, options: { attemptId?: string; limit?: number } = {}): Promise<GradeChangeEntry[]> {
  const [rows, questions] = await Promise.all([
    db.gradeChange.findMany({
      where: { quizId, quiz: { teacherId }, ...(options.attemptId ? { attemptId: options.attemptId } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: options.limit ?? 100,
    }),
    db.question.findMany({ where: { quizId }, select: { id: true }, orderBy: { position: "asc" } }),
  ]);
  const numbers = new Map(questions.map((q, i) => [q.id, i + 1]));
  const attemptIds = [...new Set(rows.map((r) => r.attemptId).filter((id): id is string => id !== null))];
  const attempts = attemptIds.length
    ? await db.attempt.findMany({ where: { id: { in: attemptIds }, quizId }, select: { id: true, participant: { select: { displayName: true } } } })
    : [];
  const names = new Map(attempts.map((a) => [a.id, a.participant.displayName]));
  return rows.map((r) => ({
    id: r.id,
    questionId: r.questionId,
    questionNumber: numbers.get(r.questionId) ?? null,
    attemptId: r.attemptId,
    displayName: r.attemptId ? (names.get(r.attemptId) ?? null) : null,
    action: r.action as GradeChangeEntry["action"],
    detail: parseDetail(r.detail),
    responsesChanged: r.responsesChanged,
    attemptsChanged: r.attemptsChanged,
    createdAt: r.createdAt,
  }));
}
