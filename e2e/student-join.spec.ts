// Joining: codes, display names, coming back on the same device, other devices, timer, English.
import { test, expect } from "@playwright/test";
import { createMarkerQuiz, joinAndStart, randomCode } from "./student-fixtures";
import { e2eRun } from "./e2e-db";

test("[JOIN] unknown and closed codes give the same message on the home page", async ({ page }) => {
  const closed = await createMarkerQuiz();
  await e2eRun(`UPDATE Quiz SET status = 'closed' WHERE id = ?`, closed.quizId);
  const messages: string[] = [];
  for (const code of [closed.joinCode, randomCode()]) {
    await page.goto("/");
    await page.getByLabel("Code du quiz").fill(code);
    await page.getByRole("button", { name: "Rejoindre", exact: true }).click();
    await expect(page).toHaveURL(/\/\?code=invalid$/);
    messages.push(await page.locator(".alert[role=alert]").innerText());
    // The link form of the code behaves the same.
    await page.goto(`/q/${code}`);
    await expect(page).toHaveURL(/\/\?code=invalid$/);
  }
  expect(messages[0]).toContain("pas disponible");
  expect(messages[0]).toBe(messages[1]);
});

test("[JOIN] the display name is required and limited to 40 characters", async ({ page }) => {
  const quiz = await createMarkerQuiz();
  await page.goto(`/q/${quiz.joinCode}`);
  const name = page.getByLabel("Votre prénom ou pseudonyme");
  await name.fill("   ");
  await page.getByRole("button", { name: "Rejoindre", exact: true }).click();
  await expect(page.locator(".alert[role=alert]")).toContainText("1 à 40 caractères");
  await name.fill("x".repeat(41));
  // Wait for this submission's own round trip: the first error is still on screen, and the
  // form restores the submitted value when the reply lands.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes(`/q/${quiz.joinCode}`)),
    page.getByRole("button", { name: "Rejoindre", exact: true }).click(),
  ]);
  await expect(page.locator(".alert[role=alert]")).toContainText("1 à 40 caractères");
  // The action's transition ends (button enabled again) after React has reset the form.
  await expect(page.getByRole("button", { name: "Rejoindre", exact: true })).toBeEnabled();
  await expect(name).toHaveValue("x".repeat(41));
  await name.fill("  Ｌéa  ");
  await page.getByRole("button", { name: "Rejoindre", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Bonjour Léa" })).toBeVisible();
  const cookies = await page.context().cookies();
  const cookie = cookies.find((c) => c.name === `aq_p_${quiz.quizId}`);
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
});

test("[JOIN] the same device comes back to its results; another device cannot see them", async ({ page, browser }) => {
  const quiz = await createMarkerQuiz({ attemptsAllowed: 1, timeLimitSec: 600 });
  await joinAndStart(page, quiz.joinCode, "Noé");
  await expect(page.getByRole("timer")).toHaveText(/^(10:00|9:5\d)$/);
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await page.getByRole("button", { name: "Envoyer quand même" }).click();
  await expect(page).toHaveURL(/\/results\//);
  const resultsUrl = page.url();

  await page.goto(`/q/${quiz.joinCode}`);
  await expect(page.getByText("Tentatives : 1 sur 1")).toBeVisible();
  await expect(page.getByText("Vous avez utilisé toutes vos tentatives")).toBeVisible();
  await expect(page.getByRole("button", { name: /Commencer|Nouvelle tentative/ })).toHaveCount(0);
  await page.getByRole("link", { name: /Voir/ }).click();
  await expect(page).toHaveURL(resultsUrl);

  // After the quiz closes, this device still reads its results.
  await e2eRun(`UPDATE Quiz SET status = 'closed' WHERE id = ?`, quiz.quizId);
  await page.goto(`/q/${quiz.joinCode}`);
  await expect(page.getByText("Ce quiz est clos")).toBeVisible();
  await page.goto(resultsUrl);
  await expect(page.getByTestId("score")).toContainText("/ 6");

  const other = await browser.newContext();
  const stranger = await other.newPage();
  const res = await stranger.goto(resultsUrl);
  expect(res?.status()).toBe(404);
  await other.close();
});

test("[JOIN] a closed quiz refuses a submission from an attempt started before it closed", async ({ page }) => {
  const quiz = await createMarkerQuiz();
  await joinAndStart(page, quiz.joinCode, "Tardif");
  await page.getByRole("radio", { name: "Une question à la fois" }).check();
  await e2eRun(`UPDATE Quiz SET status = 'closed' WHERE id = ?`, quiz.quizId);
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await page.getByRole("button", { name: "Envoyer quand même" }).click();
  await expect(page.locator(".alert[role=alert]").filter({ hasText: "Ce quiz a été clos" })).toBeVisible();
});

test("[JOIN] the student pages speak English", async ({ page }) => {
  const quiz = await createMarkerQuiz();
  await page.goto(`/q/${quiz.joinCode}`);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { name: "Join the quiz" })).toBeVisible();
  await page.getByLabel("Your first name or a nickname").fill("Sam");
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByRole("button", { name: "Submit my answers" })).toBeVisible();
  await expect(page.getByText("0 of 6 answered")).toBeVisible();
});

test("[JOIN] when the time is up the answers are sent automatically", async ({ page }) => {
  const quiz = await createMarkerQuiz({ timeLimitSec: 4 });
  await joinAndStart(page, quiz.joinCode, "Chrono");
  await expect(page.getByRole("timer")).toBeVisible();
  await page.getByRole("radio", { name: "Toutes les questions" }).check();
  await page.getByRole("radio", { name: "2 030", exact: true }).check();
  // The ordering question is sent in the order shown, which is the solved one for one
  // student in six (the shuffle is uniform over every order, the key included).
  const shown = await page.locator(".ordering-text").allTextContents();
  const solved = shown.join("|") === "Rassemblements|Démission|Retrait";
  await expect(page).toHaveURL(/\/results\//, { timeout: 15_000 });
  await expect(page.getByTestId("score")).toContainText(`${solved ? 2 : 1} / 6`);
  await expect(page.getByText("Envoyé après la limite de temps")).toHaveCount(0);
});

test("[JOIN] failed codes are counted per browser: one guessing browser does not lock out the class", async ({ page, browser }) => {
  const quiz = await createMarkerQuiz();
  await page.goto("/");
  const device = (await page.context().cookies()).find((c) => c.name === "aq_device");
  expect(device?.httpOnly).toBe(true);
  expect(device?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // Every browser shares one address here (no TRUST_PROXY): only this one gets limited.
  const landed: string[] = [];
  for (let i = 0; i < 31; i++) {
    const res = await page.request.get(`/q/${randomCode()}`);
    landed.push(new URL(res.url()).search);
  }
  expect(landed.slice(0, 30).every((s) => s === "?code=invalid")).toBe(true);
  expect(landed[30]).toBe("?code=limited");
  const other = await browser.newContext();
  const student = await other.newPage();
  await student.goto(`/q/${quiz.joinCode}`);
  await expect(student.getByLabel("Votre prénom ou pseudonyme")).toBeVisible();
  await other.close();
});
