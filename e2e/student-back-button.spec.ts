// The Back button after submitting. Chromium under Playwright never keeps no-store pages in
// its back-forward cache, but Safari on phones does: it shows the page exactly as it was and
// fires `pageshow` with `persisted`. This spec reproduces that: the quiz page stays on screen
// while the attempt is submitted elsewhere, then the restore event arrives; the page must ask
// the server again instead of offering to resume a submitted attempt.

// A fresh key per run: the server remembers keys, so a retried test must not reuse one.
import { randomUUID } from "node:crypto";
import { test, expect } from "@playwright/test";
import { createMarkerQuiz, joinAndStart } from "./student-fixtures";

test("[STUDENT] a quiz page restored from the back-forward cache re-checks the attempts", async ({ page, baseURL }) => {
  const quiz = await createMarkerQuiz({ attemptsAllowed: 2 });
  const attemptId = await joinAndStart(page, quiz.joinCode, "Sacha");
  await page.goto(`/q/${quiz.joinCode}`);
  await expect(page.getByRole("button", { name: "Reprendre la tentative en cours" })).toBeVisible();

  const submitted = await page.request.post(`/api/attempts/${attemptId}/submit`, {
    headers: { origin: new URL(baseURL!).origin },
    data: { idempotencyKey: randomUUID(), answers: [] },
  });
  expect(submitted.status()).toBe(200);

  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
  await expect(page.getByRole("button", { name: "Nouvelle tentative" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reprendre la tentative en cours" })).toHaveCount(0);
  await expect(page.getByText("Tentatives : 1 sur 2")).toBeVisible();
});

test("[STUDENT] an attempt page shown again after its submission leads to the results", async ({ page, baseURL }) => {
  const quiz = await createMarkerQuiz({ attemptsAllowed: 2 });
  const attemptId = await joinAndStart(page, quiz.joinCode, "Lou");
  const submitted = await page.request.post(`/api/attempts/${attemptId}/submit`, {
    headers: { origin: new URL(baseURL!).origin },
    data: { idempotencyKey: randomUUID(), answers: [] },
  });
  expect(submitted.status()).toBe(200);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
  await expect(page).toHaveURL(new RegExp(`/results/${attemptId}$`));
});
