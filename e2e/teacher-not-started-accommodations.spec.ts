// A student who joined but never started has no attempt page: the teacher reaches their
// accommodations from the results page's list of who joined, gives extra minutes and one more
// attempt (each once, however often clicked), and the audit lines say who granted what, when.
import { expect, test } from "@playwright/test";
import { createMarkerQuiz } from "./student-fixtures";
import { e2eRow } from "./e2e-db";
import { expectNoAxeViolations, signInDemo, waitForHydration } from "./teacher-support";

test("[CLASSROOM] extra time and one more attempt for a student who joined but never started", async ({ browser }) => {
  test.setTimeout(300_000);
  const quiz = await createMarkerQuiz({ attemptsAllowed: 1, timeLimitSec: 600 });
  const student = await (await browser.newContext()).newPage();
  await student.goto(`/q/${quiz.joinCode}`);
  await student.getByLabel("Votre prénom ou pseudonyme").fill("Noé");
  await student.getByRole("button", { name: "Rejoindre", exact: true }).click();
  await expect(student.getByRole("heading", { name: "Bonjour Noé" })).toBeVisible();

  const teacher = await (await browser.newContext()).newPage();
  await signInDemo(teacher);
  await teacher.goto(`/teacher/quizzes/${quiz.quizId}/results`);
  const list = teacher.getByTestId("not-started");
  await expect(list).toContainText("Inscrits qui n’ont pas commencé");
  await list.getByRole("link", { name: "Aménagements pour Noé" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Noé — aménagements");
  await expect(teacher.getByTestId("participant-no-attempt")).toBeVisible();
  await expectNoAxeViolations(teacher);

  const box = teacher.getByTestId("accommodations");
  await waitForHydration(teacher, 'input[name="minutes"]');
  const minutes = box.getByLabel("Minutes en plus (au total)");
  // Bad input: a clear message, nothing saved, no audit line.
  await minutes.evaluate((el: HTMLInputElement) => el.removeAttribute("max"));
  await minutes.fill("9999");
  await box.getByRole("button", { name: "Enregistrer le temps en plus" }).click();
  await expect(teacher.locator("#review-error")).toContainText("Indiquez un nombre entier de minutes entre 0 et 240.");
  expect((await e2eRow<{ n: number }>("SELECT COUNT(*) AS n FROM GradeChange WHERE quizId = ?", quiz.quizId)).n).toBe(0);

  await waitForHydration(teacher, 'input[name="minutes"]');
  await minutes.fill("10");
  await box.getByRole("button", { name: "Enregistrer le temps en plus" }).dblclick();
  await expect(teacher.getByTestId("review-status")).toContainText("Noé a 10 min de plus.");
  await waitForHydration(teacher, 'input[name="seen"]');
  await box.getByRole("button", { name: "Accorder une tentative de plus" }).dblclick();
  await expect(teacher.getByTestId("review-status")).toContainText("Noé a droit à une tentative de plus.");
  await expect(box.getByTestId("extra-attempts")).toHaveText("1 tentative supplémentaire accordée");
  expect(await e2eRow<{ extraAttempts: number; extraTimeSec: number }>("SELECT extraAttempts, extraTimeSec FROM Participant WHERE quizId = ?", quiz.quizId)).toEqual({
    extraAttempts: 1,
    extraTimeSec: 600,
  });

  // One audit line per grant, naming the teacher and the student.
  const audit = teacher.getByTestId("grade-changes");
  await expect(audit.getByRole("listitem")).toHaveCount(2);
  await expect(audit).toContainText("par Enseignant de démonstration — Noé : une tentative de plus accordée (1 supplémentaire en tout)");
  await expect(audit).toContainText("par Enseignant de démonstration — Noé : temps en plus passé de 0 à 10 min");
  await expectNoAxeViolations(teacher);
  await teacher.getByRole("link", { name: "← Résultats du quiz" }).click();
  await expect(teacher.getByTestId("grade-changes").getByRole("listitem")).toHaveCount(2);
  await expect(teacher.getByTestId("not-started")).toContainText("1 tentative supplémentaire accordée");

  // The student starts: the deadline carries the extra 10 minutes, enforced by the server.
  await student.getByRole("button", { name: "Commencer le quiz" }).click();
  await expect(student).toHaveURL(/\/attempt\/[^/]+$/);
  const attemptId = student.url().split("/").pop()!;
  const a = await e2eRow<{ startedAt: string; deadlineAt: string }>("SELECT startedAt, deadlineAt FROM Attempt WHERE id = ?", attemptId);
  expect(Date.parse(a.deadlineAt) - Date.parse(a.startedAt)).toBe((600 + 600) * 1000);
  await teacher.reload();
  await expect(teacher.getByTestId("not-started")).toHaveCount(0);
});
