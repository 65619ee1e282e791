import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { answerWithCode, assign, rosterClass, skillQuiz } from "@/tests/support/class-fixtures";
import { revokeStudentCode } from "@/lib/server/classes/classrooms";
import { JOIN_FAILURE_WINDOW } from "@/lib/server/participants/join";
import { assignedQuizCode, studentOverview } from "./student-progress";
import { signInStudent } from "./student-session";

describe("student space", () => {
  it("lists assigned quizzes to do and done, the history and mastery from each quiz's latest attempt only", async () => {
    const q1 = await skillQuiz("Q1", 2);
    const teacherId = q1.teacherId;
    const q2 = await skillQuiz("Q2", 1, teacherId);
    const q3 = await skillQuiz("Q3", 1, teacherId);
    const cls = await rosterClass(teacherId, ["Léa", "Noah"]);
    const [lea, noah] = cls.students.map((s) => ({ ...s, classroomId: cls.id }));
    await assign(teacherId, q1.id, [cls.id]);
    await assign(teacherId, q2.id, [cls.id]);
    // q3 is not assigned: not to do; a draft assigned quiz is not listed either.
    await answerWithCode(q1, lea.code, [false, false, false]);
    const last = await answerWithCode(q1, lea.code, [true, true, false]);
    await answerWithCode(q2, noah.code, [true, true, true]);

    const leaView = await studentOverview(lea);
    expect(leaView.todo.map((q) => q.quizId)).toEqual([q2.id]);
    expect(leaView.done).toEqual([expect.objectContaining({ quizId: q1.id, latest: { attemptId: last, score: 2, maxScore: 3 } })]);
    expect(leaView.history.map((h) => [h.quizId, h.number, h.score])).toEqual(expect.arrayContaining([[q1.id, 1, 0], [q1.id, 2, 2]]));
    expect(leaView.history).toHaveLength(2);
    // Only attempt 2 counts: detail and cause right, inference wrong. Noah's answers never show.
    expect(leaView.skills).toEqual([
      { skill: "detail", right: 1, total: 1, percent: 100 },
      { skill: "cause", right: 1, total: 1, percent: 100 },
      { skill: "inference", right: 0, total: 1, percent: 0 },
    ]);
    const noahView = await studentOverview(noah);
    expect(noahView.done.map((q) => q.quizId)).toEqual([q2.id]);
    expect(noahView.history).toHaveLength(1);
    expect(noahView.skills.every((s) => s.percent === 100)).toBe(true);

    expect(await assignedQuizCode(lea, q1.id)).toBe(q1.joinCode);
    expect(await assignedQuizCode(lea, q3.id)).toBeNull();
    await prisma.quiz.update({ where: { id: q2.id }, data: { status: "draft" } });
    expect((await studentOverview(lea)).todo).toEqual([]);
    expect(await assignedQuizCode(lea, q2.id)).toBeNull();
  });

  it("signs in with the code (wrong ones counted), and a new code ends the sessions", async () => {
    const q = await skillQuiz("S");
    const cls = await rosterClass(q.teacherId, ["Léa"]);
    const buckets = [{ key: "student-code:device:space", window: JOIN_FAILURE_WINDOW }];
    expect(await signInStudent("nope", buckets)).toEqual({ ok: false, reason: "invalid" });
    expect(await signInStudent("ZZZZZZZZ", buckets)).toEqual({ ok: false, reason: "unavailable" });
    expect(await prisma.rateLimit.findUnique({ where: { key: "student-code:device:space" } })).toMatchObject({ count: 1 });
    const ok = await signInStudent(cls.students[0].code, buckets);
    expect(ok.ok).toBe(true);
    expect(await prisma.studentSession.count({ where: { studentId: cls.students[0].id } })).toBe(1);
    await revokeStudentCode(q.teacherId, cls.id, cls.students[0].id);
    expect(await prisma.studentSession.count({ where: { studentId: cls.students[0].id } })).toBe(0);
    expect(await signInStudent(cls.students[0].code, buckets)).toEqual({ ok: false, reason: "unavailable" });
  });
});
