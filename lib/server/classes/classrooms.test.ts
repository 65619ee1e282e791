import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createQuiz } from "@/tests/support/quiz-fixtures";
import { hashParticipantToken } from "@/lib/server/participants/participant-token";
import { joinWithStudentCode } from "@/lib/server/participants/join-with-student-code";
import { JOIN_FAILURE_WINDOW } from "@/lib/server/participants/join";
import { startAttempt } from "@/lib/server/attempts/start-attempt";
import { formatStudentCode } from "@/lib/classes/student-code";
import { addStudents, classroomDeletionCounts, createClassroom, deleteClassroom, getClassroom, removeStudent, revokeStudentCode } from "./classrooms";
import { quizClassOptions, setQuizClasses } from "./assignments";

async function classOf(teacherId: string, names: string) {
  const c = await createClassroom(teacherId, "4e B", "4e");
  if (c === "too_many") throw new Error("too many");
  const added = await addStudents(teacherId, c.id, names);
  if (!added.ok) throw new Error(added.error);
  return (await getClassroom(teacherId, c.id))!;
}

const buckets = (tag: string) => [{ key: `student-code:device:${tag}`, window: JOIN_FAILURE_WINDOW }];

describe("classes and rosters", () => {
  it("gives every pasted student a unique code, and a double submit adds nobody twice", async () => {
    const quiz = await createQuiz();
    const c = await createClassroom(quiz.teacherId, "4e B", "4e");
    if (c === "too_many") throw new Error();
    const names = Array.from({ length: 25 }, (_, i) => `Élève ${i + 1}`).join("\n");
    const [a, b] = await Promise.all([addStudents(quiz.teacherId, c.id, names), addStudents(quiz.teacherId, c.id, names)]);
    expect([a, b].filter((r) => r.ok && r.names.length === 25)).toHaveLength(1);
    const detail = (await getClassroom(quiz.teacherId, c.id))!;
    expect(detail.students).toHaveLength(25);
    expect(new Set(detail.students.map((s) => s.code)).size).toBe(25);
    expect(await addStudents(quiz.teacherId, c.id, "")).toMatchObject({ ok: false, error: "empty" });
    expect(await prisma.student.count({ where: { classroomId: c.id } })).toBe(25);
  });

  it("shows and changes a class only for its teacher", async () => {
    const quiz = await createQuiz();
    const other = await createQuiz();
    const cls = await classOf(quiz.teacherId, "Léa\nNoah");
    expect(await getClassroom(other.teacherId, cls.id)).toBeNull();
    expect(await addStudents(other.teacherId, cls.id, "Intrus")).toEqual({ ok: false, error: "not_found" });
    expect(await revokeStudentCode(other.teacherId, cls.id, cls.students[0].id)).toBe(false);
    expect(await removeStudent(other.teacherId, cls.id, cls.students[0].id)).toBe(false);
    expect(await deleteClassroom(other.teacherId, cls.id)).toBe(false);
    // Another teacher cannot assign their quiz to this class, nor this quiz to anything.
    expect(await setQuizClasses(other.teacherId, other.id, [cls.id])).toBe(true);
    expect(await prisma.quizAssignment.count({ where: { classroomId: cls.id } })).toBe(0);
    expect(await setQuizClasses(other.teacherId, quiz.id, [])).toBe(false);
    expect(await quizClassOptions(other.teacherId, quiz.id)).toBeNull();
    expect((await getClassroom(quiz.teacherId, cls.id))!.students).toHaveLength(2);
  });

  it("lets an assigned class's student join with their code, one participant across visits", async () => {
    const quiz = await createQuiz({ attemptsAllowed: 1 });
    const cls = await classOf(quiz.teacherId, "Léa Martin\nNoah Petit");
    const lea = cls.students.find((s) => s.displayName === "Léa Martin")!;
    // Not assigned yet: the code is refused like an unknown one, and the failure is counted.
    expect(await joinWithStudentCode(quiz.id, lea.code, buckets("a"))).toEqual({ ok: false, reason: "unavailable" });
    expect(await prisma.rateLimit.findUnique({ where: { key: "student-code:device:a" } })).toMatchObject({ count: 1 });
    expect(await setQuizClasses(quiz.teacherId, quiz.id, [cls.id])).toBe(true);
    expect((await quizClassOptions(quiz.teacherId, quiz.id))!.map((o) => o.assigned)).toEqual([true]);

    const first = await joinWithStudentCode(quiz.id, formatStudentCode(lea.code).toLowerCase(), buckets("a"));
    if (!first.ok) throw new Error(first.reason);
    const p = await prisma.participant.findUniqueOrThrow({ where: { id: first.participantId } });
    expect(p).toMatchObject({ studentId: lea.id, displayName: "Léa Martin", deviceHash: null, tokenHash: hashParticipantToken(first.token) });
    const started = await startAttempt(first.participantId);
    expect(started).toMatchObject({ ok: true });
    // Same student again (another device): same participant, same attempt, new token.
    const again = await joinWithStudentCode(quiz.id, lea.code, buckets("b"));
    if (!again.ok) throw new Error(again.reason);
    expect(again.participantId).toBe(first.participantId);
    expect(again.token).not.toBe(first.token);
    expect(await startAttempt(again.participantId)).toEqual({ ...started, resumed: true });
    // Right codes are never counted.
    expect(await prisma.rateLimit.findUnique({ where: { key: "student-code:device:b" } })).toBeNull();
    expect(await joinWithStudentCode(quiz.id, "not a code", buckets("a"))).toEqual({ ok: false, reason: "invalid" });
  });

  it("stops guessing after the window's failures, even for a right code", async () => {
    const quiz = await createQuiz();
    const cls = await classOf(quiz.teacherId, "Léa");
    await setQuizClasses(quiz.teacherId, quiz.id, [cls.id]);
    for (let i = 0; i < JOIN_FAILURE_WINDOW.max; i++) {
      expect(await joinWithStudentCode(quiz.id, "ZZZZZZZZ", buckets("guess"))).toMatchObject({ ok: false, reason: "unavailable" });
    }
    expect(await joinWithStudentCode(quiz.id, cls.students[0].code, buckets("guess"))).toEqual({ ok: false, reason: "rate_limited" });
    expect(await joinWithStudentCode(quiz.id, cls.students[0].code, buckets("other"))).toMatchObject({ ok: true });
  });

  it("revoking a code refuses the old one and signs its quiz cookies out", async () => {
    const quiz = await createQuiz();
    const cls = await classOf(quiz.teacherId, "Léa");
    await setQuizClasses(quiz.teacherId, quiz.id, [cls.id]);
    const old = cls.students[0].code;
    const joined = await joinWithStudentCode(quiz.id, old, buckets("r"));
    if (!joined.ok) throw new Error(joined.reason);
    expect(await revokeStudentCode(quiz.teacherId, cls.id, cls.students[0].id)).toBe(true);
    const fresh = (await getClassroom(quiz.teacherId, cls.id))!.students[0].code;
    expect(fresh).not.toBe(old);
    expect(await prisma.participant.count({ where: { tokenHash: hashParticipantToken(joined.token) } })).toBe(0);
    expect(await joinWithStudentCode(quiz.id, old, buckets("r"))).toMatchObject({ ok: false, reason: "unavailable" });
    const back = await joinWithStudentCode(quiz.id, fresh, buckets("r"));
    expect(back).toMatchObject({ ok: true, participantId: joined.participantId });
  });

  it("removing a student or deleting the class deletes their attempts and answers, nobody else's", async () => {
    const quiz = await createQuiz({ attemptsAllowed: 3 });
    const cls = await classOf(quiz.teacherId, "Léa\nNoah\nZoé");
    await setQuizClasses(quiz.teacherId, quiz.id, [cls.id]);
    const outsider = await prisma.participant.create({ data: { quizId: quiz.id, displayName: "Anonyme", tokenHash: "h".repeat(64) } });
    await prisma.attempt.create({ data: { quizId: quiz.id, participantId: outsider.id, number: 1, shuffleSeed: "s" } });
    const attemptsOf: Record<string, string> = {};
    for (const s of cls.students) {
      const j = await joinWithStudentCode(quiz.id, s.code, buckets("d"));
      if (!j.ok) throw new Error(j.reason);
      const a = await startAttempt(j.participantId);
      if (!a.ok) throw new Error(a.reason);
      await prisma.response.create({ data: { attemptId: a.attemptId, questionId: quiz.questions[0].id, given: "\"x\"", correct: false, points: 0 } });
      attemptsOf[s.displayName] = a.attemptId;
    }
    const lea = cls.students.find((s) => s.displayName === "Léa")!;
    expect(await removeStudent(quiz.teacherId, cls.id, lea.id)).toBe(true);
    expect(await prisma.attempt.findUnique({ where: { id: attemptsOf["Léa"] } })).toBeNull();
    expect(await prisma.response.count({ where: { attemptId: attemptsOf["Léa"] } })).toBe(0);
    expect(await prisma.attempt.findUnique({ where: { id: attemptsOf["Noah"] } })).not.toBeNull();
    expect(await classroomDeletionCounts(quiz.teacherId, cls.id)).toEqual({ students: 2, attempts: 2 });
    expect(await deleteClassroom(quiz.teacherId, cls.id)).toBe(true);
    expect(await prisma.student.count({ where: { classroomId: cls.id } })).toBe(0);
    expect(await prisma.attempt.count({ where: { id: { in: Object.values(attemptsOf) } } })).toBe(0);
    expect(await prisma.response.count({ where: { attemptId: { in: Object.values(attemptsOf) } } })).toBe(0);
    // The open-join participant and the quiz are untouched.
    expect(await prisma.attempt.count({ where: { participantId: outsider.id } })).toBe(1);
    expect(await prisma.quiz.count({ where: { id: quiz.id } })).toBe(1);
  });
});
