// The per-quiz interface language: which paths are a quiz's student pages, and what the
// teacher may store (settings accept "", fr or en only).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { updateQuizSettings } from "@/lib/server/quizzes/quiz-settings";
import { createQuiz } from "@/tests/support/quiz-fixtures";
import { joinCodeOfPath } from "./server";

describe("per-quiz interface language", () => {
  it("reads the join code of a quiz's student pages only", () => {
    expect(joinCodeOfPath("/q/ABC234")).toBe("ABC234");
    expect(joinCodeOfPath("/q/abc234/attempt/xyz")).toBe("ABC234");
    expect(joinCodeOfPath("/q/ABC234/results/xyz")).toBe("ABC234");
    expect(joinCodeOfPath("/q/%41BC234")).toBe("ABC234");
    for (const other of [null, "", "/", "/teacher/quizzes/ABC234", "/student", "/q", "/q/", "/qq/ABC234", "/q/%ff", "/q/<script>"]) {
      expect(joinCodeOfPath(other), String(other)).toBeNull();
    }
  });

  it("stores fr, en or nothing (the browser's), refuses anything else, even on a published quiz", async () => {
    const quiz = await createQuiz({ status: "published" });
    const base = { title: quiz.title, shuffleQuestions: "", shuffleChoices: "on", timeLimitMin: "", attemptsAllowed: "2", showAnswers: "after_submit" };
    const stored = async () => (await prisma.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).interfaceLanguage;
    expect(await updateQuizSettings(quiz.teacherId, quiz.id, { ...base, interfaceLanguage: "en" })).toEqual({ errors: [] });
    expect(await stored()).toBe("en");
    expect(await updateQuizSettings(quiz.teacherId, quiz.id, { ...base, interfaceLanguage: "de" })).toEqual({ errors: ["interfaceLanguage"] });
    expect(await stored()).toBe("en");
    expect(await updateQuizSettings(quiz.teacherId, quiz.id, { ...base, interfaceLanguage: "" })).toEqual({ errors: [] });
    expect(await stored()).toBeNull();
    // Grading keeps the article's language.
    expect((await prisma.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).language).toBe("fr");
  });
});
