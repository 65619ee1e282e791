// Closing a quiz while students answer: the teacher sees who is answering and how far they
// are (live), confirms the close knowing how many will be refused, and can undo it by
// reopening, with an optional automatic closing time.
import { test, expect, type Page } from "@playwright/test";
import { answerShown, createMarkerQuiz, joinAndStart } from "./student-fixtures";
import { e2eAll, e2eRow, e2eRun } from "./e2e-db";
import { expectNoAxeViolations, quizRow, signInDemo } from "./teacher-support";


async function closesAt(quizId: string): Promise<string | null> {
  return (await e2eRow<{ closesAt: string | null }>("SELECT closesAt FROM Quiz WHERE id = ?", quizId)).closesAt;
}

/** A datetime-local value `minutes` from now in the browser's own time zone. */
function localInput(page: Page, minutes: number): Promise<string> {
  return page.evaluate((m) => {
    const d = new Date(Date.now() + m * 60_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, minutes);
}

test("[TEACHER] closing shows who is still answering, asks for confirmation, and can be undone", async ({ page, browser, baseURL }) => {
  // A long journey (two devices, three accessibility scans) on a machine shared with other suites.
  test.setTimeout(180_000);
  const quiz = await createMarkerQuiz({ attemptsAllowed: 1 });
  await signInDemo(page);
  await page.goto(`/teacher/quizzes/${quiz.quizId}`);
  const active = page.getByTestId("active-students");
  await expect(active.getByTestId("active-count")).toHaveText("Personne n’est en train de répondre.");

  // A student starts and answers two questions on another device.
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const student = await phone.newPage();
  await joinAndStart(student, quiz.joinCode, "Yanis");
  const card = student.locator("fieldset.question");
  await answerShown(card);
  await student.getByRole("button", { name: "Question suivante" }).click();
  await answerShown(card);
  await expect(student.getByText("2 sur 6 répondues")).toBeVisible();

  // The teacher's page follows without a reload (polled every 5 s).
  await expect(active.getByTestId("active-count")).toHaveText("1 élève en train de répondre.", { timeout: 20_000 });
  await expect(active.locator("li").filter({ hasText: "Yanis" }).getByTestId("active-progress")).toHaveText("2 / 6 questions", { timeout: 20_000 });
  await expectNoAxeViolations(page);

  // Closing asks first, with the number of students still answering; cancelling changes nothing.
  await page.getByRole("button", { name: "Fermer le quiz" }).click();
  await expect(page.getByRole("heading", { name: "Fermer ce quiz ?" })).toBeVisible();
  await expect(page.getByTestId("close-confirm-still")).toHaveText("1 élève répond encore : ses réponses non envoyées seront refusées.");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Annuler" }).click();
  await expect(page.getByRole("heading", { name: "Fermer ce quiz ?" })).toHaveCount(0);
  expect((await quizRow(quiz.quizId)).status).toBe("published");

  await page.getByRole("button", { name: "Fermer le quiz" }).click();
  await page.getByRole("button", { name: "Confirmer la fermeture" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Quiz fermé." })).toBeVisible();
  await expect(page.getByTestId("quiz-status")).toHaveText("fermé");
  expect((await quizRow(quiz.quizId)).status).toBe("closed");

  // The student's submission is refused, answers kept on the phone.
  await student.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await student.getByRole("button", { name: "Envoyer quand même" }).click();
  await expect(student.getByRole("alert").filter({ hasText: "Ce quiz a été clos" })).toBeVisible();

  // A deadline in the past is refused with a clear message, nothing changes.
  await page.getByLabel("Fermeture automatique (facultatif)").fill(await localInput(page, -10));
  await page.getByRole("button", { name: "Rouvrir le quiz" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Heure de fermeture invalide" })).toBeVisible();
  expect((await quizRow(quiz.quizId)).status).toBe("closed");

  // Reopen with a closing time two hours ahead (typed in local time, stored as an instant).
  const local = await localInput(page, 120);
  const expected = await page.evaluate((v) => new Date(v).toISOString(), local);
  await page.getByLabel("Fermeture automatique (facultatif)").fill(local);
  await page.getByRole("button", { name: "Rouvrir le quiz" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Quiz rouvert." })).toBeVisible();
  await expect(page.getByTestId("quiz-status")).toHaveText("publié");
  expect(new Date((await closesAt(quiz.quizId))!).toISOString()).toBe(expected);
  await expect(page.getByTestId("closes-at")).toContainText("Fermeture automatique :");

  // The student sends again: accepted now, nothing counted twice.
  await student.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await student.getByRole("button", { name: "Envoyer quand même" }).click();
  await expect(student).toHaveURL(/\/results\//);
  expect(await e2eAll("SELECT status FROM Attempt WHERE quizId = ?", quiz.quizId)).toEqual([{ status: "submitted" }]);
  await expect(active.getByTestId("active-count")).toHaveText("Personne n’est en train de répondre.", { timeout: 20_000 });
  await phone.close();
});

test("[TEACHER] a quiz past its closing time is closed for students and shown closed", async ({ page, request }) => {
  const quiz = await createMarkerQuiz({ attemptsAllowed: 1 });
  const attemptId = await joinAndStart(page, quiz.joinCode, "Maëlle");
  // Progress reports: only this device's attempt, only from the app's own origin.
  const origin = new URL(page.url()).origin;
  const progress = `/api/attempts/${attemptId}/progress`;
  expect((await page.request.post(progress, { headers: { origin }, data: { answered: 3 } })).status()).toBe(204);
  expect((await request.post(progress, { headers: { origin }, data: { answered: 3 } })).status()).toBe(404);
  expect((await page.request.post(progress, { headers: { origin: "http://evil.test" }, data: { answered: 3 } })).status()).toBe(403);
  expect((await page.request.post(progress, { headers: { origin }, data: { answered: "all" } })).status()).toBe(422);
  // Time passes: the deadline set earlier is now a minute ago.
  await e2eRun("UPDATE Quiz SET closesAt = ? WHERE id = ?", new Date(Date.now() - 60_000).toISOString().replace("Z", "+00:00"), quiz.quizId);
  const submit = await page.request.post(`/api/attempts/${attemptId}/submit`, {
    headers: { origin: new URL(page.url()).origin },
    data: { idempotencyKey: "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", answers: [] },
  });
  expect(submit.status()).toBe(409);
  expect((await submit.json()).error.code).toBe("quiz_closed");
  await page.goto(`/q/${quiz.joinCode}`);
  await expect(page.getByText("Ce quiz est clos : il n’accepte plus de réponses.")).toBeVisible();
  expect((await quizRow(quiz.quizId)).status).toBe("closed");
});
