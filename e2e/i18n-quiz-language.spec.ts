// Per-quiz interface language: the teacher sets a quiz's student interface to English; a
// student whose browser is French gets English on that quiz (and only there) until they pick a
// language with the switch, which then wins. A quiz left on "browser language" follows the
// browser, as before.
import { expect, test } from "@playwright/test";
import { createMarkerQuiz } from "./student-fixtures";
import { expectNoAxeViolations, signInDemo, waitForHydration } from "./teacher-support";

test("[I18N] a quiz set to English gives French-browser students the English interface; their own choice wins", async ({ browser }) => {
  test.setTimeout(240_000);
  const english = await createMarkerQuiz();
  const untouched = await createMarkerQuiz();

  const teacher = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await signInDemo(teacher);
  await teacher.goto(`/teacher/quizzes/${english.quizId}`);
  await waitForHydration(teacher, "#quiz-interface-language");
  const select = teacher.getByLabel("Langue de l’interface pour les élèves");
  await expect(select).toHaveValue("");
  await select.selectOption("en");
  await teacher.getByRole("button", { name: "Enregistrer les réglages" }).click();
  await expect(teacher.locator("#settings-notice")).toBeVisible();
  await teacher.reload();
  await expect(teacher.getByLabel("Langue de l’interface pour les élèves")).toHaveValue("en");
  // The teacher's own pages stay in the teacher's language.
  await expect(teacher.locator("html")).toHaveAttribute("lang", "fr");
  await expectNoAxeViolations(teacher);

  const student = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  expect(await student.evaluate(() => navigator.language)).toBe("fr-FR");
  await student.goto(`/q/${english.joinCode}`);
  await expect(student.locator("html")).toHaveAttribute("lang", "en");
  await expect(student.getByLabel("Your first name or a nickname")).toBeVisible();
  await expectNoAxeViolations(student);
  await student.getByLabel("Your first name or a nickname").fill("Sam");
  await student.getByRole("button", { name: "Join", exact: true }).click();
  await student.getByRole("button", { name: "Start the quiz" }).click();
  await expect(student).toHaveURL(/\/attempt\/[^/]+$/);
  await expect(student.locator("html")).toHaveAttribute("lang", "en");
  await expect(student.getByRole("button", { name: "Submit my answers" })).toBeVisible({ timeout: 30_000 });

  // Elsewhere (another quiz, the home page) the French browser still gets French.
  await student.goto(`/q/${untouched.joinCode}`);
  await expect(student.locator("html")).toHaveAttribute("lang", "fr");
  await expect(student.getByLabel("Votre prénom ou pseudonyme")).toBeVisible();

  // The student's own choice wins over the quiz's language.
  await student.goto(`/q/${english.joinCode}`);
  await expect(student.locator("html")).toHaveAttribute("lang", "en");
  await waitForHydration(student, "header button");
  await student.getByRole("button", { name: "Passer en français" }).click();
  await expect(student.locator("html")).toHaveAttribute("lang", "fr");
  await student.reload();
  await expect(student.locator("html")).toHaveAttribute("lang", "fr");
});
