// Editing an article's text on the production build: bad input keeps what was typed and says
// why; a saved edit sends the question whose evidence sentence is gone back to review, and the
// quiz cannot be published until it is fixed; an article with a published quiz is locked.
import { expect, test } from "@playwright/test";
import { createMarkerQuiz } from "./student-fixtures";
import { e2eRow, e2eRun } from "./e2e-db";
import { expectNoAxeViolations, signInDemo, waitForHydration } from "./teacher-support";

test("[TEACHER] the teacher edits an article; questions whose evidence is gone are flagged and publishing waits", async ({ page }) => {
  test.setTimeout(300_000);
  const quiz = await createMarkerQuiz();
  await e2eRun(`UPDATE Quiz SET status = 'draft', joinCode = NULL, publishedAt = NULL WHERE id = ?`, quiz.quizId);
  const { articleId, text: original } = await e2eRow<{ articleId: string; text: string }>(
    `SELECT a.id AS articleId, a.text FROM Quiz q JOIN Article a ON a.id = q.articleId WHERE q.id = ?`,
    quiz.quizId,
  );
  await signInDemo(page);
  await page.goto(`/teacher/articles/${articleId}`);
  const box = page.getByTestId("edit-article");
  await expect(box.getByRole("heading", { name: "Modifier l’article" })).toBeVisible();
  await expectNoAxeViolations(page);
  await waitForHydration(page, "#article-text");
  const title = box.getByLabel("Titre de l’article");
  const text = box.getByLabel("Texte de l’article");

  // Empty text: refused with the import's message; the typed title stays.
  await title.fill("Titre corrigé");
  await text.fill("   ");
  await box.getByRole("button", { name: "Enregistrer l’article" }).click();
  await expect(page.locator("#article-text-error")).toContainText("ne contient aucun texte lisible");
  await expect(title).toHaveValue("Titre corrigé");
  expect((await e2eRow<{ text: string }>(`SELECT text FROM Article WHERE id = ?`, articleId)).text).toBe(original);

  // A huge text: refused in the page before any request, and kept in the field to shorten.
  const huge = `${original}\n${"Une phrase de remplissage. ".repeat(8_000)}`;
  await text.fill(huge);
  await box.getByRole("button", { name: "Enregistrer l’article" }).click();
  await expect(page.locator("#article-text-error")).toContainText("Le texte dépasse 200 000 caractères");
  expect(await text.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(huge.length);

  // The third sentence changes: the question quoting it goes back to review.
  const edited = original.replace("Le 13 janvier", "Le 14 janvier");
  await text.fill(edited);
  await box.getByRole("button", { name: "Enregistrer l’article" }).dblclick();
  await expect(page.getByTestId("article-edit-status")).toContainText("Article enregistré. 1 question cite une phrase qui n’est plus dans le texte");
  expect(await e2eRow<{ title: string; text: string }>(`SELECT title, text FROM Article WHERE id = ?`, articleId)).toEqual({ title: "Titre corrigé", text: edited });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Titre corrigé");
  await expectNoAxeViolations(page);

  await page.goto(`/teacher/quizzes/${quiz.quizId}`);
  await expect(page.getByTestId("evidence-missing")).toContainText("L’article a été modifié : la question 3 cite une phrase qui n’est plus dans le texte.");
  await expect(page.getByTestId("evidence-missing")).toContainText("Corrigez la preuve ou supprimez la question avant de publier.");
  await page.getByRole("button", { name: "Publier le quiz" }).click();
  await expect(page.locator("#review-error")).toContainText("Validez chaque question avant de publier.");
  // Approved again without a fix: publishing is still refused.
  await page.getByRole("group", { name: "Actions sur la question 3" }).getByRole("button", { name: "Valider" }).click();
  await expect(page.getByTestId("quiz-status")).toHaveText("brouillon");
  await page.getByRole("button", { name: "Publier le quiz" }).click();
  await expect(page.locator("#review-error")).toContainText("Une question cite une phrase qui n’est plus dans l’article");
  expect((await e2eRow<{ status: string }>(`SELECT status FROM Quiz WHERE id = ?`, quiz.quizId)).status).toBe("draft");
  await expectNoAxeViolations(page);

  // Once a quiz of the article is published, its text is locked.
  await e2eRun(`UPDATE Quiz SET status = 'published' WHERE id = ?`, quiz.quizId);
  await page.goto(`/teacher/articles/${articleId}`);
  await expect(page.getByTestId("edit-article-locked")).toContainText("importez le texte corrigé comme un nouvel article");
  await expect(page.getByLabel("Texte de l’article")).toHaveCount(0);
});
