// The student space: with their personal code a student sees the quizzes given to their class
// (to do / done), opens one, answers it, and finds their mark, history and progress by skill.
// Another student's code shows only that student's work.
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations, signUp } from "./teacher-support";
import { seedClass, seedQuiz, startAndAnswer } from "./class-fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

test("[CLASS-2] a student signs in with their code, does an assigned quiz and sees their progress by skill", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const teacher = await browser.newContext();
  const email = await signUp(await teacher.newPage(), "Mme Espace");
  await teacher.close();
  const quizzes = [await seedQuiz(email, "Canicule"), await seedQuiz(email, "Marathon")];
  const { codes } = await seedClass(email, ["Inès", "Hugo"], quizzes.map((q) => q.id));

  await page.goto("/");
  await page.getByRole("link", { name: "Espace élève" }).tap();
  await expect(page.getByRole("heading", { name: "Mon espace élève" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Code personnel").fill("ABCD-EFG");
  await page.getByRole("button", { name: "Entrer" }).tap();
  await expect(page.getByText("Un code personnel compte 8 lettres ou chiffres")).toBeVisible();
  await page.getByLabel("Code personnel").fill("ZZZZ-ZZZZ");
  await page.getByRole("button", { name: "Entrer" }).tap();
  await expect(page.getByText("Ce code ne correspond à aucun élève")).toBeVisible();

  const ines = codes.get("Inès")!;
  await page.getByLabel("Code personnel").fill(`${ines.slice(0, 4)} ${ines.slice(4)}`.toLowerCase());
  await page.getByRole("button", { name: "Entrer" }).tap();
  await expect(page.getByRole("heading", { name: /^Bonjour Inès/ })).toBeVisible();
  await expect(page.getByTestId("todo").locator("li")).toHaveCount(2);
  await expect(page.getByText("Rien à faire pour l’instant.")).toHaveCount(0);
  await expect(page.getByText("Vos progrès apparaîtront après votre premier quiz.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Open the first quiz from the space: already joined as Inès, straight to the start button.
  await page.getByRole("button", { name: `Ouvrir le quiz ${quizzes[0].title}` }).tap();
  await expect(page.getByRole("heading", { name: "Bonjour Inès" })).toBeVisible();
  await startAndAnswer(page, quizzes[0], [true, false, true]);

  await page.goto("/student");
  await expect(page.getByTestId("todo").locator("li")).toHaveCount(1);
  const done = page.getByTestId("done");
  await expect(done).toContainText(quizzes[0].title);
  await expect(done).toContainText("2 / 3 (13,3 / 20)");
  await expect(page.getByTestId("history").locator("tbody tr")).toHaveCount(1);
  const skills = page.getByTestId("skills");
  await expect(skills.locator('tr[data-skill="detail"]')).toContainText("1 sur 1 question");
  await expect(skills.locator('tr[data-skill="detail"]')).toContainText("100 %");
  await expect(skills.locator('tr[data-skill="cause"]')).toContainText("0 %");
  await expect(skills.locator('tr[data-skill="inference"]')).toContainText("100 %");
  await expectNoAxeViolations(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);

  // Her result opens from the space.
  await page.getByRole("button", { name: `Voir mon résultat : ${quizzes[0].title}` }).tap();
  await expect(page).toHaveURL(/\/results\//);
  await expect(page.getByTestId("score")).toContainText("2 / 3");
  const inesResult = page.url();

  // Hugo, on another phone, sees only his own (empty) work and cannot open Inès's result.
  const other = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const hugo = await other.newPage();
  await hugo.goto("/student");
  await hugo.getByLabel("Code personnel").fill(codes.get("Hugo")!);
  await hugo.getByRole("button", { name: "Entrer" }).tap();
  await expect(hugo.getByRole("heading", { name: /^Bonjour Hugo/ })).toBeVisible();
  await expect(hugo.getByTestId("todo").locator("li")).toHaveCount(2);
  await expect(hugo.getByText("Aucune tentative envoyée.")).toBeVisible();
  await expect(hugo.locator("main")).not.toContainText("Inès");
  await hugo.getByRole("button", { name: `Ouvrir le quiz ${quizzes[0].title}` }).tap();
  await expect(hugo.getByRole("heading", { name: "Bonjour Hugo" })).toBeVisible();
  const res = await hugo.goto(inesResult);
  expect(res?.status()).toBe(404);
  await other.close();

  // Signing out ends the session on this phone.
  await page.goto("/student");
  await page.getByRole("button", { name: "Me déconnecter" }).tap();
  await expect(page.getByRole("button", { name: "Entrer" })).toBeVisible();
  await page.goto("/student");
  await expect(page.getByRole("button", { name: "Entrer" })).toBeVisible();
});
