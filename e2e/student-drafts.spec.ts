// Answers stay on the device until they are submitted: a reload and a second tab find them
// and the question that was on screen; submitting clears them; the Back button afterwards
// does not offer to resume an attempt that is already submitted (see also
// student-back-button.spec.ts, with the browser's back-forward cache).
import { test, expect, type Locator, type Page } from "@playwright/test";
import { answerShown, createMarkerQuiz, joinAndStart } from "./student-fixtures";
import { submitDespiteBlanks } from "./journey-steps";

async function snapshot(card: Locator) {
  return {
    prompt: await card.locator(".question-prompt").innerText(),
    checked: await card.locator("input[type=radio]:checked").count(),
    text: (await card.getByLabel("Votre réponse").count()) ? await card.getByLabel("Votre réponse").inputValue() : null,
  };
}

const draftOf = (page: Page, attemptId: string) => page.evaluate((id) => localStorage.getItem(`aq_attempt_${id}`), attemptId);

test("[STUDENT] answers and the current question survive a reload and a new tab, and are cleared on submit", async ({ page, context }) => {
  const quiz = await createMarkerQuiz({ attemptsAllowed: 2 });
  const attemptId = await joinAndStart(page, quiz.joinCode, "Noé");
  // Come back to the attempt the way a student does after leaving it: from the quiz page.
  await page.goto(`/q/${quiz.joinCode}`);
  await expect(page.getByRole("button", { name: "Reprendre la tentative en cours" })).toBeVisible();
  await page.getByRole("link", { name: "Reprendre", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/attempt/${attemptId}$`));
  await expect(page.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("radio", { name: "Une question à la fois" })).toBeChecked();
  const card = page.locator("fieldset.question");

  await answerShown(card);
  await page.getByRole("button", { name: "Question suivante" }).click();
  await answerShown(card);
  const second = await snapshot(card);
  await page.getByRole("button", { name: "Question suivante" }).click();
  await expect(card).toContainText("Question 3 sur 6");
  const third = await card.locator(".question-prompt").innerText();
  await expect(page.getByText("2 sur 6 répondues")).toBeVisible();

  await page.reload();
  await expect(page.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("2 sur 6 répondues")).toBeVisible();
  await expect(card).toContainText("Question 3 sur 6");
  await expect(card.locator(".question-prompt")).toHaveText(third);

  // A second tab on the same device finds the same answers.
  const tab = await context.newPage();
  await tab.goto(page.url());
  await expect(tab.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  await expect(tab.getByText("2 sur 6 répondues")).toBeVisible();
  await tab.getByRole("button", { name: "Question précédente" }).click();
  expect(await snapshot(tab.locator("fieldset.question"))).toEqual(second);
  await tab.close();

  expect(await draftOf(page, attemptId)).not.toBeNull();
  await submitDespiteBlanks(page);
  await expect(page.getByTestId("score")).toBeVisible();
  expect(await draftOf(page, attemptId)).toBeNull();

  // Back to the quiz page: the submitted attempt is not offered for resuming.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/q/${quiz.joinCode}$`));
  await expect(page.getByText("Tentatives : 1 sur 2")).toBeVisible();
  await expect(page.getByRole("button", { name: "Nouvelle tentative" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reprendre la tentative en cours" })).toHaveCount(0);
});
