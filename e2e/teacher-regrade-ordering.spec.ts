// Fixing the key of an ordering question after students answered: the teacher sets the right
// order position by position; the attempts already made are regraded once (double click), one
// audit line says what changed, and an order that repeats an item is refused, changing nothing.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { BASE_URL, choiceId, createOrderingQuiz, joinAndStart } from "./student-fixtures";
import { e2eGet } from "./e2e-db";
import { expectNoAxeViolations, signInDemo, waitForHydration } from "./teacher-support";

const KEY = ["Les rassemblements commencent", "Le gouvernement démissionne", "Les troupes se retirent"];
const FIXED = ["Les rassemblements commencent", "Les troupes se retirent", "Le gouvernement démissionne"];

async function scoreOf(attemptId: string): Promise<number | null> {
  return (await e2eGet<{ score: number | null }>("SELECT score FROM Attempt WHERE id = ?", attemptId))!.score;
}

async function auditCount(quizId: string): Promise<number> {
  return (await e2eGet<{ n: number }>("SELECT COUNT(*) AS n FROM GradeChange WHERE quizId = ?", quizId))!.n;
}

async function answer(page: Page, quiz: { quizId: string; joinCode: string }, name: string, order: string[]): Promise<string> {
  const attemptId = await joinAndStart(page, quiz.joinCode, name);
  // createOrderingQuiz names its one question after the quiz.
  const questionId = quiz.quizId.replace("e2e-quiz-", "e2e-q0-");
  const res = await page.request.post(`/api/attempts/${attemptId}/submit`, {
    headers: { "Content-Type": "application/json", Origin: BASE_URL },
    data: JSON.stringify({ idempotencyKey: randomUUID(), answers: [{ questionId, choiceIds: order.map((c) => choiceId(questionId, c)) }] }),
  });
  expect(res.status()).toBe(200);
  return attemptId;
}

test("[REGRADE] the teacher fixes an ordering key; attempts already made are regraded once, with an audit line", async ({ browser }) => {
  test.setTimeout(300_000);
  const quiz = await createOrderingQuiz(KEY);
  const ana = await answer(await (await browser.newContext()).newPage(), quiz, "Ana", KEY);
  const bo = await answer(await (await browser.newContext()).newPage(), quiz, "Bo", FIXED);
  expect([await scoreOf(ana), await scoreOf(bo)]).toEqual([1, 0]);

  const page = await (await browser.newContext()).newPage();
  await signInDemo(page);
  await page.goto(`/teacher/quizzes/${quiz.quizId}/results`);
  const form = page.getByTestId("change-order-q1");
  await expect(form).toBeVisible();
  await expectNoAxeViolations(page);
  await waitForHydration(page, 'select[name="order"]');

  // An order that repeats an item: a clear message, nothing regraded, no audit line.
  await form.getByLabel("Position 2").selectOption(KEY[0]);
  await form.getByRole("button", { name: "Enregistrer ce bon ordre" }).click();
  await expect(page.locator("#review-error")).toContainText("Chaque élément doit apparaître une fois et une seule dans le nouvel ordre.");
  expect([await scoreOf(ana), await scoreOf(bo)]).toEqual([1, 0]);
  expect(await auditCount(quiz.quizId)).toBe(0);

  await waitForHydration(page, 'select[name="order"]');
  for (const [i, item] of FIXED.entries()) await form.getByLabel(`Position ${i + 1}`).selectOption(item);
  await form.getByRole("button", { name: "Enregistrer ce bon ordre" }).dblclick();
  await expect(page.getByTestId("review-status")).toContainText("Bonne réponse changée : 2 copies ont changé de note.");
  const audit = page.getByTestId("grade-changes");
  await expect(audit.getByRole("listitem")).toHaveCount(1);
  await expect(audit).toContainText(`par Enseignant de démonstration — Question 1 : bonne réponse « ${KEY.join(" → ")} » remplacée par « ${FIXED.join(" → ")} » — 2 copies ont changé de note`);
  expect([await scoreOf(ana), await scoreOf(bo)]).toEqual([0, 1]);
  expect(await auditCount(quiz.quizId)).toBe(1);
  // The form now starts from the fixed order.
  for (const [i, item] of FIXED.entries()) await expect(form.getByLabel(`Position ${i + 1}`)).toHaveValue(item);
  await expectNoAxeViolations(page);

  // Saving the same order again (a retried request) changes nothing.
  await waitForHydration(page, 'select[name="order"]');
  await form.getByRole("button", { name: "Enregistrer ce bon ordre" }).click();
  await expect(page.getByTestId("review-status")).toContainText("Rien à changer : c’était déjà fait.");
  expect(await auditCount(quiz.quizId)).toBe(1);
});
