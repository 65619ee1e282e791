import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { answerWithCode, assign, rosterClass, skillQuiz } from "@/tests/support/class-fixtures";
import { FRENCH_SPREADSHEET } from "@/lib/grading/csv";
import { loadGradebook } from "./gradebook";
import { gradebookCsv } from "./gradebook-csv";

/** The figures straight from the stored answers, without the gradebook's code. */
async function recompute(classroomId: string, quizIds: string[]) {
  const students = await prisma.student.findMany({ where: { classroomId }, include: { participants: { include: { attempts: { where: { status: "submitted" }, include: { responses: { include: { question: true } } } } } } } });
  const cells = new Map<string, { percent: number; over20: number } | null>();
  const skills = new Map<string, { right: number; total: number }>();
  for (const s of students) {
    for (const quizId of quizIds) {
      const attempts = s.participants.filter((p) => p.quizId === quizId).flatMap((p) => p.attempts);
      const latest = attempts.sort((a, b) => b.number - a.number)[0];
      if (!latest) {
        cells.set(`${s.displayName}|${quizId}`, null);
        continue;
      }
      const questions = await prisma.question.count({ where: { quizId } });
      const points = latest.responses.reduce((n, r) => n + r.points, 0);
      cells.set(`${s.displayName}|${quizId}`, { percent: Math.round((100 * points) / questions), over20: Math.round((200 * points) / questions) / 10 });
      for (const r of latest.responses) {
        const t = skills.get(r.question.skill!) ?? { right: 0, total: 0 };
        t.total++;
        if (r.correct) t.right++;
        skills.set(r.question.skill!, t);
      }
    }
  }
  return { cells, skills };
}

describe("class gradebook", () => {
  it("shows each student's latest graded attempt per quiz, who has not done it, and mastery, as recomputed from the stored answers", async () => {
    const q1 = await skillQuiz("G1", 2);
    const teacherId = q1.teacherId;
    const q2 = await skillQuiz("G2", 1, teacherId);
    const cls = await rosterClass(teacherId, ["Zoé", "Adam", "Léa", "=HYPERLINK(\"x\")"]);
    const code = (name: string) => cls.students.find((s) => s.displayName === name)!.code;
    await assign(teacherId, q1.id, [cls.id]);
    await assign(teacherId, q2.id, [cls.id]);
    await answerWithCode(q1, code("Zoé"), [true, false, false]);
    await answerWithCode(q1, code("Zoé"), [true, true, false]); // the latest counts
    await answerWithCode(q1, code("Adam"), [false, false, false]);
    await answerWithCode(q2, code("Adam"), [true, true, true]);
    await answerWithCode(q2, code("Léa"), [true, false, true]);
    // Someone outside the roster on the same quiz never shows.
    const other = await rosterClass(teacherId, ["Intrus"]);
    await assign(teacherId, q1.id, [cls.id, other.id]);
    await answerWithCode(q1, other.students[0].code, [true, true, true]);

    const gb = (await loadGradebook(teacherId, cls.id))!;
    expect(gb.quizzes.map((q) => q.id)).toEqual([q1.id, q2.id]);
    expect(gb.students.map((s) => s.displayName)).toEqual(["=HYPERLINK(\"x\")", "Adam", "Léa", "Zoé"]);
    const { cells, skills } = await recompute(cls.id, [q1.id, q2.id]);
    for (const s of gb.students) {
      gb.quizzes.forEach((q, i) => {
        const want = cells.get(`${s.displayName}|${q.id}`);
        expect(s.cells[i] && { percent: s.cells[i]!.percent, over20: s.cells[i]!.over20 }, `${s.displayName} ${i}`).toEqual(want ?? null);
      });
    }
    expect(gb.students.find((s) => s.displayName === "Zoé")!.cells[0]).toMatchObject({ score: 2, maxScore: 3, percent: 67, over20: 13.3 });
    expect(gb.students.find((s) => s.displayName === "Adam")!.meanPercent).toBe(50);
    expect(gb.missing).toEqual([
      { quizId: q1.id, students: ["=HYPERLINK(\"x\")", "Léa"] },
      { quizId: q2.id, students: ["=HYPERLINK(\"x\")", "Zoé"] },
    ]);
    expect(gb.classSkills.map((m) => [m.skill, m.right, m.total])).toEqual(["detail", "cause", "inference"].map((k) => [k, skills.get(k)!.right, skills.get(k)!.total]));
    expect(gb.classSkills[0].questions.map((q) => [q.prompt, q.right, q.total])).toEqual([["G1 detail ?", 1, 2], ["G2 detail ?", 2, 2]]);
    expect(gb.students.find((s) => s.displayName === "Léa")!.skills.map((m) => m.percent)).toEqual([100, 0, 100]);

    const csv = gradebookCsv(gb, { student: "Élève", percent: "%", over20: "/20", mean: "Moyenne" }, FRENCH_SPREADSHEET);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(`Élève;${q1.title} (%);${q1.title} (/20);${q2.title} (%);${q2.title} (/20);Moyenne (%)`);
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")";;;;;`);
    expect(lines[4]).toBe("Zoé;67;13,3;;;67");
    expect(lines).toHaveLength(6);

    expect(await loadGradebook(other.students[0].id, cls.id)).toBeNull();
    expect(await loadGradebook((await skillQuiz("X")).teacherId, cls.id)).toBeNull();
  });
});
