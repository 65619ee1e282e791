// The answer key never reaches the browser before submission: every response body the page
// receives (HTML, RSC payloads, JSON, JS and CSS chunks) is searched for markers planted in
// answer-only fields (explanations, accepted spellings, typed-answer keys, knowledge evidence).
import { test, expect } from "@playwright/test";
import { createMarkerQuiz, joinAndStart } from "./student-fixtures";

interface Captured {
  url: string;
  type: string;
  text: string;
}

test("[LEAK] no response before submission carries any part of the answer key", async ({ page }) => {
  const quiz = await createMarkerQuiz();
  // Every request goes through the test, which fetches it, keeps the body and hands the
  // same response to the browser: page.on("response") bodies can be evicted on navigation.
  const bodies: Captured[] = [];
  const after: Captured[] = [];
  let capturing = true;
  await page.route("**/*", async (route) => {
    let response;
    let body: Buffer;
    try {
      response = await route.fetch({ maxRedirects: 0 });
      body = await response.body();
    } catch {
      // The page dropped this request (a navigation superseded it): nothing reached it.
      await route.abort().catch(() => undefined);
      return;
    }
    (capturing ? bodies : after).push({
      url: route.request().url(),
      type: response.headers()["content-type"] ?? `status ${response.status()}`,
      text: body.toString("utf8"),
    });
    await route.fulfill({ response, body });
  });
  let seen = 0;
  page.on("response", () => {
    if (capturing) seen++;
  });

  await page.goto("/");
  await page.getByLabel("Code du quiz").fill(quiz.joinCode.toLowerCase());
  await page.getByRole("button", { name: "Rejoindre", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/q/${quiz.joinCode}$`));
  await page.getByLabel("Votre prénom ou pseudonyme").fill("Curieux");
  await page.getByRole("button", { name: "Rejoindre", exact: true }).click();
  await page.getByRole("button", { name: "Commencer le quiz" }).click();
  await expect(page.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });

  // Walk through every question one at a time, then all on one page, then reload.
  for (let i = 0; i < quiz.questions.length - 1; i++) await page.getByRole("button", { name: "Question suivante" }).click();
  await page.getByRole("radio", { name: "Toutes les questions" }).check();
  await page.getByRole("radio", { name: "2 030", exact: true }).check();
  await page.getByRole("radio", { name: "Vrai", exact: true }).check();
  const typed = page.getByLabel("Votre réponse");
  await typed.first().fill("réponse");
  await typed.nth(1).fill("ville");
  await page.reload();
  await expect(page.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  // A client-side navigation (RSC request) back to the quiz page and forward again.
  await page.goto(`/q/${quiz.joinCode}`);
  await page.getByRole("button", { name: "Reprendre la tentative en cours" }).click();
  await expect(page.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });

  capturing = false;
  const captured = bodies;
  expect(captured.length).toBeGreaterThanOrEqual(seen);
  const types = captured.map((c) => c.type).join(" ");
  expect(types).toContain("text/html");
  expect(types).toContain("text/x-component");
  expect(types).toContain("javascript");
  // The prompts did arrive: the capture does see what the page shows.
  expect(captured.some((c) => c.text.includes("Quelle capitale ?"))).toBe(true);
  for (const marker of quiz.markers) {
    const leaks = captured.filter((c) => c.text.includes(marker)).map((c) => `${c.type} ${c.url}`);
    expect(leaks, `marker ${marker}`).toEqual([]);
  }

  // After submission the review does show them (after_submit policy), and the same capture
  // sees them: the markers are real and this test would catch a leak.
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await page.getByRole("button", { name: "Envoyer quand même" }).click();
  await expect(page).toHaveURL(/\/results\//);
  await expect(page.getByTestId("score")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("score")).toBeVisible();
  const review = after.map((c) => c.text).join("\n");
  for (const shown of [quiz.markers[0], quiz.markers[2], quiz.markers[4]]) expect(review).toContain(shown);
});

test("[LEAK] with showAnswers=never the results page shows only the score and correctness", async ({ page }) => {
  const quiz = await createMarkerQuiz({ showAnswers: "never" });
  await page.goto(`/q/${quiz.joinCode}`);
  await page.getByLabel("Votre prénom ou pseudonyme").fill("Discret");
  await page.getByRole("button", { name: "Rejoindre", exact: true }).click();
  await page.getByRole("button", { name: "Commencer le quiz" }).click();
  await expect(page.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await page.getByRole("button", { name: "Envoyer quand même" }).click();
  await expect(page).toHaveURL(/\/results\//);
  await expect(page.getByTestId("score")).toContainText("/ 6");
  await expect(page.getByText("ne pas montrer les bonnes réponses")).toBeVisible();
  const html = await page.content();
  for (const marker of quiz.markers) expect(html).not.toContain(marker);
  await expect(page.locator(".expected")).toHaveCount(0);
});

test("[LEAK] a new name on the same device gets no new attempt, and no per-question verdict is shown", async ({ page, browser }) => {
  const quiz = await createMarkerQuiz({ showAnswers: "never", attemptsAllowed: 1 });
  await joinAndStart(page, quiz.joinCode, "Jetable");
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await page.getByRole("button", { name: "Envoyer quand même" }).click();
  await expect(page).toHaveURL(/\/results\//);
  await expect(page.getByTestId("score")).toContainText("/ 6");
  await expect(page.locator(".verdict")).toHaveCount(0);
  await expect(page.locator("li.result.is-correct, li.result.is-incorrect")).toHaveCount(0);

  await page.goto(`/q/${quiz.joinCode}`);
  await page.getByRole("button", { name: /Ce n’est pas vous/ }).click();
  await page.getByLabel("Votre prénom ou pseudonyme").fill("Autre nom");
  await page.getByRole("button", { name: "Rejoindre", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Bonjour Autre nom" })).toBeVisible();
  await expect(page.getByText("Tentatives : 1 sur 1")).toBeVisible();
  await expect(page.getByText("Vous avez utilisé toutes vos tentatives")).toBeVisible();
  await expect(page.getByRole("button", { name: /Commencer|Nouvelle tentative/ })).toHaveCount(0);

  // Another browser is another device: it starts normally.
  const other = await browser.newContext();
  await joinAndStart(await other.newPage(), quiz.joinCode, "Voisin");
  await other.close();
});
