// One student's grade and conditions on the production build: the teacher marks one answer
// right by hand (audited, kept through a later regrade), gives extra minutes to a student who is
// answering (the server moves the deadline) and one more attempt once the limit is reached.
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { createMarkerQuiz, joinAndStart } from "./student-fixtures";
import { e2eRow, withE2eDb } from "./e2e-db";
import { expectNoAxeViolations, signInDemo, waitForHydration } from "./teacher-support";
import { insertSession, insertTeacher, seedClassOf30 } from "../tests/support/seed-class";

test("[REGRADE] the teacher marks one answer right by hand; the score, results and audit follow", async ({ page, context }) => {
  test.setTimeout(120_000);
  const tag = crypto.randomBytes(4).toString("hex");
  const { quiz, token } = await withE2eDb(async (db) => {
    const owner = await insertTeacher(db, { email: `override-${tag}@example.test`, name: "M. Note" });
    const quiz = await seedClassOf30(db, { teacherId: owner, title: `Note à la main ${tag}`, joinCode: null, idPrefix: `ov${tag}` });
    return { quiz, token: await insertSession(db, owner) };
  });
  await context.addCookies([{ name: "aq_session", value: token, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  const xavier = quiz.attemptIds[23]; // "Kazakh" to q4, score 1 / 5
  await page.goto(`/teacher/quizzes/${quiz.quizId}/results/${xavier}`);
  await expect(page.getByTestId("attempt-score")).toContainText("1 / 5");
  const q4 = page.getByTestId("answer-q4");
  await expect(q4).toContainText("Faux");
  await waitForHydration(page, 'input[name="correct"]');
  await q4.getByRole("button", { name: "Compter juste" }).dblclick();
  await expect(page.getByTestId("review-status")).toContainText("Note de la réponse modifiée.");
  await expect(page.getByTestId("attempt-score")).toContainText("2 / 5");
  await expect(q4).toContainText("note modifiée à la main");
  await expect(page.getByTestId("grade-changes").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByTestId("grade-changes")).toContainText("Question 4 : réponse de Xavier Y. comptée juste — 1 copie a changé de note");
  await expectNoAxeViolations(page);

  // Back to wrong, then a regrade of the question keeps the hand mark.
  await q4.getByRole("button", { name: "Compter faux" }).click();
  await expect(page.getByTestId("attempt-score")).toContainText("1 / 5");
  await page.goto(`/teacher/quizzes/${quiz.quizId}/results`);
  await waitForHydration(page, 'input[name="answer"]');
  await page.getByTestId("item-q4").getByLabel("Réponse à accepter").fill("Kazakh");
  await page.getByTestId("item-q4").getByRole("button", { name: /Accepter pour tous/ }).last().click();
  await expect(page.getByTestId("review-status")).toContainText("Réponse acceptée pour tous : 0 copie a changé de note.");
  await expect(page.getByTestId("grade-changes").getByRole("listitem")).toHaveCount(3);
  expect((await e2eRow<{ score: number }>("SELECT score FROM Attempt WHERE id = ?", xavier)).score).toBe(1);
});

test("[CLASSROOM] extra minutes and one more attempt for one student, enforced by the server", async ({ browser }) => {
  test.setTimeout(300_000);
  const quiz = await createMarkerQuiz({ attemptsAllowed: 1, timeLimitSec: 600 });
  const student = await (await browser.newContext()).newPage();
  const attemptId = await joinAndStart(student, quiz.joinCode, "Lina");
  const before = (await e2eRow<{ deadlineAt: string }>("SELECT deadlineAt FROM Attempt WHERE id = ?", attemptId)).deadlineAt;

  const teacher = await (await browser.newContext()).newPage();
  await signInDemo(teacher);
  await teacher.goto(`/teacher/quizzes/${quiz.quizId}/results/${attemptId}`);
  const box = teacher.getByTestId("accommodations");
  await expect(box).toBeVisible();
  await expectNoAxeViolations(teacher);
  await waitForHydration(teacher, 'input[name="minutes"]');

  // Bad input: a clear message, nothing saved.
  await box.getByLabel("Minutes en plus (au total)").evaluate((el: HTMLInputElement) => el.removeAttribute("max"));
  await box.getByLabel("Minutes en plus (au total)").fill("9999");
  await box.getByRole("button", { name: "Enregistrer le temps en plus" }).click();
  await expect(teacher.locator("#review-error")).toContainText("Indiquez un nombre entier de minutes entre 0 et 240.");
  expect((await e2eRow<{ deadlineAt: string }>("SELECT deadlineAt FROM Attempt WHERE id = ?", attemptId)).deadlineAt).toBe(before);

  await box.getByLabel("Minutes en plus (au total)").fill("15");
  await box.getByRole("button", { name: "Enregistrer le temps en plus" }).dblclick();
  await expect(teacher.getByTestId("review-status")).toContainText("Lina a 15 min de plus.");
  await expect(box.getByTestId("extra-time")).toContainText("15 min de plus");
  const after = (await e2eRow<{ deadlineAt: string }>("SELECT deadlineAt FROM Attempt WHERE id = ?", attemptId)).deadlineAt;
  expect(Date.parse(after) - Date.parse(before)).toBe(15 * 60_000);

  // The student submits; the limit of one attempt is reached.
  await student.reload();
  await expect(student.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  await student.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await student.getByRole("button", { name: "Envoyer quand même" }).click();
  await expect(student).toHaveURL(/\/results\//);
  await student.goto(`/q/${quiz.joinCode}`);
  await expect(student.getByText("Tentatives : 1 sur 1")).toBeVisible();
  await expect(student.getByRole("button", { name: "Nouvelle tentative" })).toHaveCount(0);

  // One more attempt, granted once even on a double click.
  await teacher.reload();
  await waitForHydration(teacher, 'input[name="seen"]');
  await box.getByRole("button", { name: "Accorder une tentative de plus" }).dblclick();
  await expect(teacher.getByTestId("review-status")).toContainText("Lina a droit à une tentative de plus.");
  await expect(box.getByTestId("extra-attempts")).toHaveText("1 tentative supplémentaire accordée");
  expect((await e2eRow<{ extraAttempts: number }>("SELECT extraAttempts FROM Participant WHERE quizId = ?", quiz.quizId)).extraAttempts).toBe(1);

  await student.reload();
  await expect(student.getByText("Tentatives : 1 sur 2")).toBeVisible();
  await student.getByRole("button", { name: "Nouvelle tentative" }).click();
  await expect(student).toHaveURL(/\/attempt\/[^/]+$/);
  const second = student.url().split("/").pop()!;
  const fresh = await e2eRow<{ startedAt: string; deadlineAt: string }>("SELECT startedAt, deadlineAt FROM Attempt WHERE id = ?", second);
  expect(Date.parse(fresh.deadlineAt) - Date.parse(fresh.startedAt)).toBe((600 + 900) * 1000);
});
