// A multiple-choice question written by hand stays multiple-choice after a validation error,
// keeps its choices and the ticked key, and the key is ticked among the choices, not retyped.
import { test, expect } from "@playwright/test";
import { e2eRow } from "./e2e-db";
import { draftQuizOnDemoArticle } from "./journey-steps";
import { expectNoAxeViolations, quizQuestions, waitForHydration } from "./teacher-support";

test("[TEACHER] a hand-written multiple-choice question survives a validation error, key ticked among the choices", async ({ page }) => {
  test.setTimeout(150_000);
  const sentence = "L’envoyé spécial s’est rendu à Janaozen le 6 janvier.";
  const quizId = await draftQuizOnDemoArticle(page, "Mme Choix", sentence);
  const before = (await quizQuestions(quizId)).length;
  const add = page.getByRole("region", { name: "Ajouter une question" });
  await waitForHydration(page, 'select[name="kind"]');
  await add.getByLabel("Type").selectOption("multiple_choice");
  const key = add.getByRole("group", { name: "Réponse" });
  await expect(key).toContainText("Écrivez d’abord les choix ci-dessus");
  await add.getByLabel("Énoncé").fill("Où l’envoyé spécial s’est-il rendu le 6 janvier ?");
  await add.getByLabel("Choix (un par ligne)").fill("Almaty\nJanaozen\nAstana\n\n  Bichkek  ");
  // The choices appear as radios as they are typed; blank lines are ignored.
  await expect(key.getByRole("radio")).toHaveCount(4);
  await key.getByRole("radio", { name: "Janaozen" }).check();
  // Evidence that is not in the article: refused.
  await add.getByLabel("Preuve : phrase copiée exactement depuis l’article").fill("Une phrase absente de l’article.");
  await add.getByRole("button", { name: "Ajouter la question" }).click();
  await expect(add.getByRole("alert")).toContainText("Le formulaire contient des erreurs");
  expect(await quizQuestions(quizId)).toHaveLength(before);

  // Still a multiple-choice question, with its choices and the ticked key.
  await expect(add.getByLabel("Type")).toHaveValue("multiple_choice");
  await expect(add.getByLabel("Choix (un par ligne)")).toHaveValue("Almaty\nJanaozen\nAstana\n\n  Bichkek  ");
  await expect(key.getByRole("radio", { name: "Janaozen" })).toBeChecked();
  await expect(add.getByLabel("Réponse", { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await add.getByLabel("Preuve : phrase copiée exactement depuis l’article").fill(sentence);
  await add.getByRole("button", { name: "Ajouter la question" }).click();
  await expect(add.getByRole("status")).toContainText("Question ajoutée.");
  await expect.poll(async () => (await quizQuestions(quizId)).length).toBe(before + 1);
  const stored = await e2eRow<{ kind: string; choices: string; answer: string }>(
    "SELECT kind, choices, answer FROM Question WHERE quizId = ? ORDER BY position DESC LIMIT 1",
    quizId,
  );
  expect(stored.kind).toBe("multiple_choice");
  expect(JSON.parse(stored.choices)).toEqual(["Almaty", "Janaozen", "Astana", "Bichkek"]);
  expect(JSON.parse(stored.answer)).toBe("Janaozen");
});
