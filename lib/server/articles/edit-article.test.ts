import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { MAX_TEXT_CHARS } from "@/lib/server/import/limits";
import { publishQuiz } from "@/lib/server/quizzes/publish-quiz";
import { QuizError } from "@/lib/server/quizzes/quiz-errors";
import { ARTICLE_TEXT, createParticipant, createQuiz } from "@/tests/support/quiz-fixtures";
import { startAttempt } from "@/lib/server/attempts/start-attempt";
import { ArticleEditError, articleEditLock, editArticle } from "./edit-article";

const isCode = (code: string) => (e: unknown) => e instanceof ArticleEditError && e.code === code;
const [S1, S2, S3] = ARTICLE_TEXT.split("\n");

async function draftQuiz() {
  const quiz = await createQuiz({ status: "draft" });
  await prisma.question.updateMany({ where: { quizId: quiz.id }, data: { reviewState: "approved" } });
  return quiz;
}

describe("editing an article's text", () => {
  it("moves evidence that shifted, sends questions whose sentence is gone back to review, and publishing waits for a fix", async () => {
    const quiz = await draftQuiz();
    const text = `Un chapeau ajouté.\n\n${S1}\n${S2}\nLe 14 janvier, les troupes ont commencé leur retrait.`;
    const out = await editArticle(quiz.teacherId, quiz.articleId, { title: "  Kazakhstan :   janvier 2022 ", text });
    // Six questions: evidence S1, S2, S3, S1, S2 and a knowledge fact (left alone).
    expect(out).toEqual({ changed: true, moved: 4, missing: 1 });
    const article = await prisma.article.findUniqueOrThrow({ where: { id: quiz.articleId } });
    expect([article.title, article.text]).toEqual(["Kazakhstan : janvier 2022", text]);
    const questions = await prisma.question.findMany({ where: { quizId: quiz.id }, orderBy: { position: "asc" } });
    for (const q of questions.filter((q) => q.source === "article" && q.evidenceText !== S3)) {
      expect(text.slice(q.evidenceStart, q.evidenceEnd)).toBe(q.evidenceText);
      expect(q.reviewState).toBe("approved");
    }
    const gone = questions.find((q) => q.evidenceText === S3)!;
    expect(gone.reviewState).toBe("pending");
    await expect(publishQuiz(quiz.teacherId, quiz.id)).rejects.toSatisfy((e) => e instanceof QuizError && e.code === "pending_questions");
    // Re-approved without a fix: still refused, the evidence is not in the article.
    await prisma.question.update({ where: { id: gone.id }, data: { reviewState: "approved" } });
    await expect(publishQuiz(quiz.teacherId, quiz.id)).rejects.toSatisfy((e) => e instanceof QuizError && e.code === "evidence_missing");
    // Fixed: the evidence now quotes the new sentence, and the quiz publishes.
    const fixed = "Le 14 janvier, les troupes ont commencé leur retrait.";
    await prisma.question.update({ where: { id: gone.id }, data: { evidenceText: fixed, evidenceStart: text.indexOf(fixed), evidenceEnd: text.indexOf(fixed) + fixed.length } });
    expect(await publishQuiz(quiz.teacherId, quiz.id)).toMatch(/^[A-Z0-9]+$/);
  });

  it("saving the same text again changes nothing", async () => {
    const quiz = await draftQuiz();
    const article = await prisma.article.findUniqueOrThrow({ where: { id: quiz.articleId } });
    expect(await editArticle(quiz.teacherId, quiz.articleId, { title: article.title, text: `${ARTICLE_TEXT}\r\n\r\n\r\n` })).toEqual({ changed: false, moved: 0, missing: 0 });
  });

  it("refuses once a quiz is published or has an attempt, and refuses bad input, changing nothing", async () => {
    const published = await createQuiz({ status: "published" });
    expect(await articleEditLock(published.teacherId, published.articleId)).toBe("published");
    await expect(editArticle(published.teacherId, published.articleId, { title: "T", text: "Un autre texte." })).rejects.toSatisfy(isCode("locked"));

    const draft = await draftQuiz();
    const p = await createParticipant(draft.id);
    await prisma.quiz.update({ where: { id: draft.id }, data: { status: "published" } });
    const started = await startAttempt(p.participant.id);
    expect(started.ok).toBe(true);
    await prisma.quiz.update({ where: { id: draft.id }, data: { status: "draft" } });
    expect(await articleEditLock(draft.teacherId, draft.articleId)).toBe("attempts");
    await expect(editArticle(draft.teacherId, draft.articleId, { title: "T", text: "Un autre texte." })).rejects.toSatisfy(isCode("locked"));

    const free = await draftQuiz();
    const cases: [unknown, unknown, string][] = [
      ["Titre", "   \n\n  ", "empty"],
      ["Titre", "x".repeat(MAX_TEXT_CHARS + 1), "text_too_long"],
      ["Titre", `${S1}\n<script>alert(1)</script>`, "script_content"],
      ["Titre", 42, "empty"],
      ["   ", ARTICLE_TEXT, "title"],
      ["t".repeat(301), ARTICLE_TEXT, "title"],
    ];
    for (const [title, text, code] of cases) {
      await expect(editArticle(free.teacherId, free.articleId, { title, text })).rejects.toSatisfy(isCode(code));
    }
    const other = await createQuiz({ status: "draft" });
    await expect(editArticle(other.teacherId, free.articleId, { title: "T", text: "Texte." })).rejects.toSatisfy(isCode("not_found"));
    const article = await prisma.article.findUniqueOrThrow({ where: { id: free.articleId } });
    expect(article.text).toBe(ARTICLE_TEXT);
    expect(await prisma.question.count({ where: { quizId: free.id, reviewState: "pending" } })).toBe(0);
  });
});
