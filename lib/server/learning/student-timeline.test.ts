import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { choiceId } from "@/lib/grading/choice-id";
import { answerWithCodeAs, assign, rosterClass, skillQuiz } from "@/tests/support/class-fixtures";
import { answerReview } from "./practice";
import { loadStudentTimeline } from "./student-timeline";

describe("a student's progress over time", () => {
  it("lists each quiz's latest mark in submission order with its skills, the quizzes not done and the practice count, for the class's teacher only", async () => {
    const q1 = await skillQuiz("T1", 2);
    const teacherId = q1.teacherId;
    const q2 = await skillQuiz("T2", 1, teacherId);
    const q3 = await skillQuiz("T3", 1, teacherId);
    const cls = await rosterClass(teacherId, ["Léa", "Noah"]);
    const other = await rosterClass(teacherId, ["Zoé"]);
    await assign(teacherId, q1.id, [cls.id]);
    await assign(teacherId, q2.id, [cls.id]);
    await assign(teacherId, q3.id, [cls.id]);
    const lea = cls.students[0];
    // q2 first (March 2), then q1 twice (March 5 then 9): q1's latest attempt counts, dated March 9.
    await answerWithCodeAs(q2, lea.code, [true, true, true], new Date("2026-03-02T10:00:00Z"));
    await answerWithCodeAs(q1, lea.code, [false, false, false], new Date("2026-03-05T10:00:00Z"));
    const last = await answerWithCodeAs(q1, lea.code, [true, false, false], new Date("2026-03-09T10:00:00Z"));
    await answerReview(lea.id, { idempotencyKey: randomUUID(), answer: { questionId: q1.questions[1].id, choiceId: choiceId(q1.questions[1].id, "A1") } }, new Date("2026-03-11T10:00:00Z"));

    const tl = await loadStudentTimeline(teacherId, cls.id, lea.id, new Date("2026-03-11T10:00:00Z"));
    expect(tl?.entries.map((e) => [e.quizId, e.score, e.percent, e.over20, e.attempts])).toEqual([
      [q2.id, 3, 100, 20, 1],
      [q1.id, 1, 33, 6.7, 2],
    ]);
    expect(tl?.entries[1].attemptId).toBe(last.attemptId);
    expect(tl?.entries[1].skills).toEqual([
      { skill: "detail", right: 1, total: 1, percent: 100 },
      { skill: "cause", right: 0, total: 1, percent: 0 },
      { skill: "inference", right: 0, total: 1, percent: 0 },
    ]);
    expect(tl?.notDone.map((q) => q.quizId)).toEqual([q3.id]);
    const detail = tl?.skills.find((s) => s.skill === "detail");
    expect(detail).toMatchObject({ right: 2, total: 2, percent: 100 });
    expect(detail?.questions.map((q) => [q.questionId, q.correct])).toEqual([
      [q2.questions[0].id, true],
      [q1.questions[0].id, true],
    ]);
    // Practice is counted apart: one review answer, right. Cards: detail (missed on March 5),
    // cause and inference (missed again on March 9); cause moved up, the other two are due.
    expect(tl?.practice).toEqual({ answers: 1, right: 1, inReview: 3, dueNow: 2, learnt: 0 });

    // Another teacher, another class's id, a student of another class: nothing.
    const stranger = await skillQuiz("X");
    expect(await loadStudentTimeline(stranger.teacherId, cls.id, lea.id)).toBeNull();
    expect(await loadStudentTimeline(teacherId, other.id, lea.id)).toBeNull();
    expect(await loadStudentTimeline(teacherId, cls.id, other.students[0].id)).toBeNull();
  });
});
