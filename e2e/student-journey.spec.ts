// A student takes the demo quiz (every question kind), submits, and reads a score that
// matches this test's own computation, with the evidence of every question.
import { test, expect } from "@playwright/test";
import { answerDemoQuestion, demo, isRight, plan } from "./student-demo";
import { joinAndStart } from "./student-fixtures";

test("[STUDENT] a student answers every kind of question and sees a checked score with evidence", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Code du quiz").fill("demo 22");
  await page.getByRole("button", { name: "Rejoindre", exact: true }).click();
  await expect(page).toHaveURL(/\/q\/DEMO22$/);
  const attemptId = await joinAndStart(page, "DEMO22", "Camille");

  await page.getByRole("radio", { name: "Toutes les questions" }).check();
  await expect(page.locator("fieldset.question")).toHaveCount(demo.length);
  await expect(page.getByText(`0 sur ${demo.length} répondue`)).toBeVisible();

  for (const [i, q] of demo.entries()) {
    const card = page.locator("fieldset.question").filter({ hasText: q.prompt });
    await expect(card).toHaveCount(1);
    await answerDemoQuestion(page, card, q, i);
  }
  await expect(page.getByText(`${demo.length} sur ${demo.length} répondues`)).toBeVisible();

  // A reload keeps every answer (localStorage, until submitted).
  await page.reload();
  await expect(page.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(`${demo.length} sur ${demo.length} répondues`)).toBeVisible();

  const expected = demo.filter((q, i) => isRight(q, plan(q, i))).length;
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(demo.length);

  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(page).toHaveURL(new RegExp(`/q/DEMO22/results/${attemptId}$`));
  await expect(page.getByTestId("score")).toContainText(`${expected} / ${demo.length}`);

  const results = page.locator("li.result");
  await expect(results).toHaveCount(demo.length);
  for (const [i, q] of demo.entries()) {
    const item = results.filter({ hasText: q.prompt });
    await expect(item.locator(".verdict")).toHaveText(isRight(q, plan(q, i)) ? /Bonne réponse/ : /Mauvaise réponse/);
    await expect(item.locator("blockquote.evidence")).toHaveText(q.evidence);
    await expect(item.locator(".expected")).toBeVisible();
  }
  // Evidence sentences are highlighted in the article and linked from their question.
  await expect(page.locator(".article-text mark").first()).toBeVisible();
  const link = results.first().getByRole("link", { name: "Voir la phrase dans l’article" });
  const anchor = (await link.getAttribute("href"))!;
  await expect(page.locator(`mark${anchor}`)).toHaveCount(1);

  // History on this device.
  await expect(page.getByRole("region", { name: "Vos tentatives sur cet appareil" })).toContainText("Tentative 1");
});
