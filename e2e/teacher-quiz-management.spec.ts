// Managing quizzes after publishing: time limit and attempts still editable, duplicate to a
// draft, delete a quiz (with attempts: an explicit tick), delete an article with its quizzes.

// A fresh key per run: the server remembers keys, so a retried test must not reuse one.
import { randomUUID } from "node:crypto";
import { test, expect, type Page } from "@playwright/test";
import { createMarkerQuiz, joinAndStart } from "./student-fixtures";
import { e2eGet } from "./e2e-db";
import { expectNoAxeViolations, signInDemo } from "./teacher-support";


test("[TEACHER] a published quiz: settings, duplicate to draft, delete with its attempts", async ({ page, browser, baseURL }) => {
  // A long journey (two devices, three accessibility scans) on a machine shared with other suites.
  test.setTimeout(180_000);
  const quiz = await createMarkerQuiz({ attemptsAllowed: 1 });
  // One student attempt, submitted.
  const phone = await browser.newContext({ baseURL });
  const student = await phone.newPage();
  const attemptId = await joinAndStart(student, quiz.joinCode, "Inaya");
  const sent = await student.request.post(`/api/attempts/${attemptId}/submit`, {
    headers: { origin: baseURL! },
    data: { idempotencyKey: randomUUID(), answers: [] },
  });
  expect(sent.status()).toBe(200);
  await phone.close();

  await signInDemo(page);
  await page.goto(`/teacher/quizzes/${quiz.quizId}`);

  // Time limit and attempts can change after publishing; the shuffles cannot.
  await expect(page.getByLabel("Mélanger l’ordre des questions")).toBeDisabled();
  await page.getByLabel("Durée limite (minutes)").fill("15");
  await page.getByLabel("Nombre de tentatives autorisées").fill("3");
  await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
  await expect(page.locator("#settings-notice")).toHaveText("Réglages enregistrés.");
  expect(await e2eGet("SELECT timeLimitSec, attemptsAllowed FROM Quiz WHERE id = ?", quiz.quizId)).toEqual({ timeLimitSec: 900, attemptsAllowed: 3 });

  // Duplicate: a draft with the same questions, no code.
  await page.getByRole("button", { name: "Dupliquer en brouillon" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copie créée en brouillon." })).toBeVisible();
  const copyId = new URL(page.url()).pathname.split("/").pop()!;
  expect(copyId).not.toBe(quiz.quizId);
  await expect(page.getByTestId("quiz-status")).toHaveText("brouillon");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Copie de Quiz témoin/);
  expect(await e2eGet("SELECT status, joinCode, timeLimitSec, attemptsAllowed, (SELECT COUNT(*) FROM Question WHERE quizId = Quiz.id) AS n FROM Quiz WHERE id = ?", copyId)).toEqual({
    status: "draft",
    joinCode: null,
    timeLimitSec: 900,
    attemptsAllowed: 3,
    n: 6,
  });

  // Deleting the copy (no attempts): one confirmation.
  await page.getByRole("button", { name: "Supprimer le quiz" }).click();
  await expect(page.getByRole("heading", { name: "Supprimer ce quiz ?" })).toBeVisible();
  await expect(page.getByTestId("delete-impact")).toHaveText("Aucun élève n’y a répondu. La suppression est définitive.");
  await page.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page).toHaveURL(/\/teacher\?done=quiz_deleted$/);
  await expect(page.getByRole("status").filter({ hasText: "Quiz supprimé." })).toBeVisible();
  expect(await e2eGet("SELECT id FROM Quiz WHERE id = ?", copyId)).toBeUndefined();

  // Deleting the original, which has an attempt: the number must be ticked explicitly.
  await page.goto(`/teacher/quizzes/${quiz.quizId}`);
  await page.getByRole("button", { name: "Supprimer le quiz" }).click();
  await expect(page.getByTestId("delete-impact")).toHaveText(/^Ce quiz a 1 tentative d’élèves/);
  await expectNoAxeViolations(page);
  // Without the tick (the browser would block it; the server refuses it too).
  await page.locator("input[name=confirmAttempts]").evaluate((el) => el.removeAttribute("required"));
  await page.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Cochez la case pour confirmer la suppression des tentatives." })).toBeVisible();
  expect(await e2eGet("SELECT id FROM Quiz WHERE id = ?", quiz.quizId)).toBeDefined();
  await page.getByLabel("Je supprime aussi la tentative et ses résultats").check();
  await page.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page).toHaveURL(/\/teacher\?done=quiz_deleted$/);
  expect(await e2eGet("SELECT id FROM Quiz WHERE id = ?", quiz.quizId)).toBeUndefined();
  expect(await e2eGet("SELECT id FROM Attempt WHERE id = ?", attemptId)).toBeUndefined();
});

test("[TEACHER] deleting an article says which quizzes go with it and asks for a tick", async ({ page }) => {
  const quiz = await createMarkerQuiz();
  const articleId = quiz.quizId.replace("e2e-quiz-", "e2e-art-");
  await signInDemo(page);
  await page.goto(`/teacher/articles/${articleId}`);
  await page.getByRole("button", { name: "Supprimer l’article" }).click();
  await expect(page.getByRole("heading", { name: "Supprimer cet article ?" })).toBeVisible();
  await expect(page.getByTestId("delete-impact")).toHaveText("Le quiz créé à partir de cet article sera supprimé aussi, avec 0 tentative d’élèves. La suppression est définitive.");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Annuler" }).click();
  await expect(page.getByRole("heading", { name: "Supprimer cet article ?" })).toHaveCount(0);
  expect(await e2eGet("SELECT id FROM Article WHERE id = ?", articleId)).toBeDefined();

  await page.getByRole("button", { name: "Supprimer l’article" }).click();
  await page.getByLabel("Je supprime aussi le quiz et ses résultats").check();
  await page.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page).toHaveURL(/\/teacher\/articles\?done=article_deleted$/);
  await expect(page.getByRole("status").filter({ hasText: "Article supprimé." })).toBeVisible();
  expect(await e2eGet("SELECT id FROM Article WHERE id = ?", articleId)).toBeUndefined();
  expect(await e2eGet("SELECT id FROM Quiz WHERE id = ?", quiz.quizId)).toBeUndefined();
});
