// An app process can die with a submission in hand and leave it unanswered: the student's page
// gives the request up after SUBMIT_TIMEOUT_MS and sends the same submission again (same key),
// which the server stores once — the student sees the results, not "sending" for minutes.
import { test, expect } from "@playwright/test";
import { SUBMIT_TIMEOUT_MS } from "../lib/quiz/submit-timeout";
import { answerMarkerQuiz, createMarkerQuiz, joinAndStart, readAttempt } from "./student-fixtures";

test("[SUBMIT] a submission left without an answer is sent again and stored once", async ({ page }) => {
  test.setTimeout(SUBMIT_TIMEOUT_MS + 90_000);
  const quiz = await createMarkerQuiz({ attemptsAllowed: 1 });
  const attemptId = await joinAndStart(page, quiz.joinCode, "Noé");
  await answerMarkerQuiz(page);

  // The first try reaches the server, which stores it, but its answer never comes back.
  const tries: string[] = [];
  await page.route(`**/api/attempts/${attemptId}/submit`, async (route) => {
    tries.push(route.request().postData() ?? "");
    if (tries.length === 1) {
      await route.fetch(); // stored on the server…
      return; // …and the page never hears back (no fulfil, no continue)
    }
    await route.continue();
  });
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(page).toHaveURL(new RegExp(`/q/${quiz.joinCode}/results/${attemptId}$`), { timeout: SUBMIT_TIMEOUT_MS + 60_000 });
  expect(tries.length).toBeGreaterThanOrEqual(2);
  // Same body, same idempotency key, one stored attempt.
  expect(new Set(tries).size).toBe(1);
  expect(await readAttempt(attemptId)).toMatchObject({ attempt: { status: "submitted" }, responses: 6 });
});
