// The audit lines of a quiz's regrades, hand marks and per-student accommodations, newest
// first, for the results pages: who made the change, when, and what.
import type { PrismaClient } from "../../../generated/prisma/client";

export type GradeChangeAction = "accept_answer" | "change_key" | "override" | "extra_attempt" | "extra_time";

export interface GradeChangeEntry {
  id: string;
  questionId: string | null;
  /** 1-based question number, null if the question was deleted since (or for an accommodation). */
  questionNumber: number | null;
  attemptId: string | null;
  participantId: string | null;
  /** The student concerned (hand mark or accommodation). */
  displayName: string | null;
  /** The teacher who made the change; null on lines written before it was recorded. */
  teacherName: string | null;
  action: GradeChangeAction;
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
    const str = (x: unknown) =>
      typeof x === "string" ? x : typeof x === "number" ? String(x) : Array.isArray(x) ? x.map(String).join(" → ") : undefined;
    return { answer: str(o.answer), from: str(o.from), to: str(o.to), correct: typeof o.correct === "boolean" ? o.correct : undefined };
  } catch {
    return {};
  }
}

export interface GradeChangeFilter {
  /** Lines of this attempt, and the accommodations of its participant when `participantId` is set too. */
  attemptId?: string;
  participantId?: string;
  limit?: number;
}

/** Every audit line of the teacher's quiz (or of one attempt / participant), newest first, at most `limit`. */
export async function loadGradeChanges(db: PrismaClient, teacherId: string, quizId: string, options: GradeChangeFilter = {}): Promise<GradeChangeEntry[]> {
  const scope = [
    ...(options.attemptId ? [{ attemptId: options.attemptId }] : []),
    ...(options.participantId ? [{ participantId: options.participantId }] : []),
  ];
  const [rows, questions] = await Promise.all([
    db.gradeChange.findMany({
      where: { quizId, quiz: { teacherId }, ...(scope.length ? { OR: scope } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: options.limit ?? 100,
    }),
    db.question.findMany({ where: { quizId }, select: { id: true }, orderBy: { position: "asc" } }),
  ]);
  const numbers = new Map(questions.map((q, i) => [q.id, i + 1]));
  const attemptIds = [...new Set(rows.map((r) => r.attemptId).filter((id): id is string => id !== null))];
  const participantIds = [...new Set(rows.map((r) => r.participantId).filter((id): id is string => id !== null))];
  const teacherIds = [...new Set(rows.map((r) => r.teacherId).filter((id): id is string => id !== null))];
  const [attempts, participants, teachers] = await Promise.all([
    attemptIds.length
      ? db.attempt.findMany({ where: { id: { in: attemptIds }, quizId }, select: { id: true, participant: { select: { displayName: true } } } })
      : [],
    participantIds.length ? db.participant.findMany({ where: { id: { in: participantIds }, quizId }, select: { id: true, displayName: true } }) : [],
    teacherIds.length ? db.teacher.findMany({ where: { id: { in: teacherIds } }, select: { id: true, name: true } }) : [],
  ]);
  const byAttempt = new Map(attempts.map((a) => [a.id, a.participant.displayName]));
  const byParticipant = new Map(participants.map((p) => [p.id, p.displayName]));
  const teacherNames = new Map(teachers.map((t) => [t.id, t.name]));
  return rows.map((r) => ({
    id: r.id,
    questionId: r.questionId,
    questionNumber: r.questionId ? (numbers.get(r.questionId) ?? null) : null,
    attemptId: r.attemptId,
    participantId: r.participantId,
    displayName: (r.attemptId ? byAttempt.get(r.attemptId) : r.participantId ? byParticipant.get(r.participantId) : undefined) ?? null,
    teacherName: r.teacherId ? (teacherNames.get(r.teacherId) ?? null) : null,
    action: r.action as GradeChangeAction,
    detail: parseDetail(r.detail),
    responsesChanged: r.responsesChanged,
    attemptsChanged: r.attemptsChanged,
    createdAt: r.createdAt,
  }));
}
