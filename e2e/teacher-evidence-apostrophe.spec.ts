// Evidence typed on a keyboard (straight apostrophe) is found in an article that uses the
// typographic one; what is stored is the article's own text.
import { test, expect } from "@playwright/test";
import { e2eRow } from "./e2e-db";
import { draftQuizOnDemoArticle } from "./journey-steps";
import { quizQuestions } from "./teacher-support";

test("[TEACHER] evidence typed with ' matches the article's ’", async ({ page }) => {
  test.setTimeout(120_000);
  const sentence = "L’envoyé spécial s’est rendu à Janaozen le 6 janvier.";
  const quizId = await draftQuizOnDemoArticle(page, "M. Apostrophe", sentence);
  const before = (await quizQuestions(quizId)).length;
  const add = page.getByRole("region", { name: "Ajouter une question" });
  await add.getByLabel("Type").selectOption("short_answer");
  await add.getByLabel("Énoncé").fill("Quel jour l’envoyé spécial est-il arrivé ?");
  await add.getByLabel("Réponse", { exact: true }).fill("6 janvier");
  await add.getByLabel("Preuve : phrase copiée exactement depuis l’article").fill("L'envoyé spécial s'est rendu à Janaozen le 6 janvier.");
  await add.getByRole("button", { name: "Ajouter la question" }).click();
  await expect(add.getByRole("status")).toContainText("Question ajoutée.");
  await expect.poll(async () => (await quizQuestions(quizId)).length).toBe(before + 1);
  const stored = await e2eRow<{ evidenceText: string }>("SELECT evidenceText FROM Question WHERE quizId = ? ORDER BY position DESC LIMIT 1", quizId);
  expect(stored.evidenceText).toBe(sentence);
});
