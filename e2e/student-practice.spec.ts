// Practice what was missed: after a graded result a roster student retries the missed
// questions (feedback with the evidence after each answer), the missed questions are scheduled
// in their Révisions, and once due (the test writes the due dates, it never waits) a review
// moves each card once, even on a double click. The teacher's gradebook is the same before and
// after, and the student's progress page counts the practice apart.
import { test, expect, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, signUp } from "./teacher-support";
import { seedClass, seedQuiz, startAndAnswer, type SeededQuiz } from "./class-fixtures";
import { e2eAll, e2eRow, e2eRun } from "./e2e-db";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

/** Answers the practice question on screen (right or not) and checks it. */
async function answerPractice(page: Page, quiz: SeededQuiz, right: boolean): Promise<SeededQuiz["questions"][number]> {
  const card = page.locator("fieldset.question");
  await expect(card).toHaveCount(1);
  const prompt = await card.locator(".question-prompt").innerText();
  const q = quiz.questions.find((x) => x.prompt === prompt)!;
  expect(q).toBeTruthy();
  await expect(card.getByRole("radio")).toHaveCount(3);
  await card.getByRole("radio", { name: right ? q.answer : q.choices[2] }).check();
  return q;
}

function evidenceOf(quiz: SeededQuiz, prompt: string): string {
  const i = quiz.questions.findIndex((q) => q.prompt === prompt);
  return `${quiz.title.split(" ")[1]} : la ${["première", "deuxième", "troisième"][i]} phrase.`;
}

function cards(studentName: string) {
  return e2eAll<{ id: string; box: number; rightReviews: number; retiredAt: string | null; moves: number }>(
    `SELECT c.id, c.box, c.rightReviews, c.retiredAt, (SELECT COUNT(*) FROM PracticeAnswer pa WHERE pa.cardId = c.id AND pa.moved = TRUE) AS moves
       FROM ReviewCard c JOIN Student s ON s.id = c.studentId WHERE s.displayName = ? ORDER BY c.id`,
    studentName,
  );
}

async function gradebookRow(teacher: Page, classId: string, name: string): Promise<Locator> {
  await teacher.goto(`/teacher/classes/${classId}/gradebook`);
  return teacher.getByTestId("gradebook").locator(`tr[data-student="${name}"]`);
}

test("[LEARN-PRACTICE] a student practises missed questions, sees them scheduled again and reviews them; marks do not change", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const topic = "Vendanges";
  const email = await signUp(teacher, "M. Révisions");
  const quiz = await seedQuiz(email, topic);
  const name = `Inès ${Date.now().toString(36)}`;
  const { classId, codes } = await seedClass(email, [name], [quiz.id]);

  await page.goto("/student");
  await page.getByLabel("Code personnel").fill(codes.get(name)!);
  await page.getByRole("button", { name: "Entrer" }).tap();
  await expect(page.getByRole("heading", { name: new RegExp(`^Bonjour ${name}`) })).toBeVisible();
  await expect(page.getByTestId("reviews")).toContainText("Pas encore de révisions");
  await page.getByRole("button", { name: `Ouvrir le quiz ${quiz.title}` }).tap();
  await startAndAnswer(page, quiz, [true, false, false]);

  const bookRow = await gradebookRow(teacher, classId, name);
  await expect(bookRow).toContainText("33 %");
  const markBefore = await bookRow.innerText();

  // The result offers the practice; it does not change the mark.
  const offer = page.getByTestId("practice-offer");
  await expect(offer).toContainText("2 questions manquées");
  await expect(offer).toContainText("reviennent aussi dans vos Révisions");
  await expectNoAxeViolations(page);
  await offer.getByRole("link", { name: "Retravailler mes erreurs" }).tap();
  await expect(page.getByRole("heading", { name: "Retravailler mes erreurs" })).toBeVisible();
  await expect(page.locator(".practice[data-ready=true]")).toBeVisible({ timeout: 30_000 });

  // Checking with no answer says so and sends nothing.
  await page.getByRole("button", { name: "Vérifier" }).tap();
  await expect(page.locator(".practice").getByRole("alert")).toHaveText("Choisissez ou écrivez une réponse avant de vérifier.");
  const first = await answerPractice(page, quiz, true);
  await page.getByRole("button", { name: "Vérifier" }).tap();
  const feedback = page.getByTestId("practice-feedback");
  await expect(feedback).toContainText("Bonne réponse !");
  await expect(feedback.locator("q")).toHaveText(evidenceOf(quiz, first.prompt));
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Question suivante" }).tap();
  const second = await answerPractice(page, quiz, false);
  await page.getByRole("button", { name: "Vérifier" }).tap();
  await expect(feedback).toContainText("Pas tout à fait.");
  await expect(feedback).toContainText(`La bonne réponse : ${second.answer}`);
  await expect(feedback.locator("q")).toHaveText(evidenceOf(quiz, second.prompt));
  await page.getByRole("button", { name: "Terminer" }).tap();
  await expect(page.getByTestId("practice-done")).toContainText("Vous avez trouvé 1 sur 2.");

  // Révisions: both missed questions are scheduled for tomorrow, nothing due today.
  await page.goto("/student");
  const reviews = page.getByTestId("reviews");
  await expect(page.getByTestId("reviews-due")).toHaveText("Rien à réviser aujourd’hui.");
  await expect(page.getByTestId("reviews-upcoming")).toContainText("2 questions");
  expect((await cards(name)).map((c) => [c.box, c.rightReviews])).toEqual([
    [1, 0],
    [1, 0],
  ]);
  await expectNoAxeViolations(page);

  // A day later (written in the test database): both are due.
  await e2eRun(`UPDATE ReviewCard SET dueAt = ? WHERE studentId = (SELECT id FROM Student WHERE displayName = ?)`, new Date(Date.now() - 60_000).toISOString().replace("Z", "+00:00"), name);
  await page.reload();
  await expect(page.getByTestId("reviews-due")).toHaveText("2 questions à réviser aujourd’hui.");
  await reviews.getByRole("link", { name: "Réviser maintenant" }).tap();
  await expect(page.getByRole("heading", { name: "Mes révisions" })).toBeVisible();
  await expect(page.locator(".practice[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(`Quiz : ${quiz.title}`)).toBeVisible();
  await answerPractice(page, quiz, true);
  // A double click sends one answer at most once; the card moves once.
  await page.getByRole("button", { name: "Vérifier" }).dblclick();
  await expect(feedback).toContainText("Bonne réponse !");
  await expect(page.getByTestId("card-outcome")).toContainText("Bien joué : cette question reviendra le");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Question suivante" }).tap();
  await answerPractice(page, quiz, false);
  await page.getByRole("button", { name: "Vérifier" }).tap();
  await expect(feedback).toContainText("Pas tout à fait.");
  await expect(page.getByTestId("card-outcome")).toContainText("Elle reviendra dès le");
  await page.getByRole("button", { name: "Terminer" }).tap();
  await expect(page.getByTestId("practice-done")).toContainText("Vous avez trouvé 1 sur 2.");
  const after = await cards(name);
  expect(after.map((c) => [c.box, c.rightReviews, c.moves]).sort()).toEqual([
    [1, 0, 1],
    [2, 1, 1],
  ]);

  await page.goto("/student");
  await expect(page.getByTestId("reviews-due")).toHaveText("Rien à réviser aujourd’hui.");
  await expect(page.getByTestId("reviews-upcoming").locator("li")).toHaveCount(2);

  // The teacher's figures did not move; the progress page counts the practice apart.
  const rowAfter = await gradebookRow(teacher, classId, name);
  expect(await rowAfter.innerText()).toBe(markBefore);
  await rowAfter.getByRole("link", { name: `Progrès de ${name}` }).click();
  await expect(teacher.getByRole("heading", { name: `Progrès de ${name}` })).toBeVisible();
  await expect(teacher.getByTestId("timeline-mark")).toHaveText("33 % (6,7 / 20)");
  await expect(teacher.getByTestId("practice-count")).toHaveText("4 réponses d’entraînement, dont 2 justes.");
  await expectNoAxeViolations(teacher);
  await teacherContext.close();
});

test.describe("in English", () => {
  test.use({ locale: "en-GB" });

  test("[LEARN-PRACTICE] a student who joined with the quiz code alone gets the immediate retry, in English, and no review list", async ({ page, browser }) => {
    test.setTimeout(240_000);
    // The sign-up helper speaks French: the teacher's browser does.
    const teacherContext = await browser.newContext({ locale: "fr-FR" });
    const email = await signUp(await teacherContext.newPage(), "Ms Retry");
    await teacherContext.close();
    const quiz = await seedQuiz(email, "Harvest");
    const name = `Sam ${Date.now().toString(36)}`;

    await page.goto(`/q/${quiz.joinCode}`);
    await page.getByLabel("Your first name or a nickname").fill(name);
    await page.getByRole("button", { name: "Join", exact: true }).tap();
    await expect(page.getByRole("heading", { name: `Hello ${name}` })).toBeVisible();
    await page.getByRole("button", { name: "Start the quiz" }).tap();
    await expect(page.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });
    for (let step = 0; step < 3; step++) {
      const card = page.locator("fieldset.question");
      const prompt = await card.locator(".question-prompt").innerText();
      const q = quiz.questions.find((x) => x.prompt === prompt)!;
      // The second question (position 1) is missed.
      await card.getByRole("radio", { name: q === quiz.questions[1] ? q.choices[1] : q.answer }).check();
      if (step < 2) await page.getByRole("button", { name: "Next question" }).tap();
    }
    await page.getByRole("button", { name: "Submit my answers" }).tap();
    await expect(page).toHaveURL(/\/results\//);

    const offer = page.getByTestId("practice-offer");
    await expect(offer).toContainText("1 missed question");
    await expect(offer).not.toContainText("Reviews");
    await offer.getByRole("link", { name: "Practise my mistakes" }).tap();
    await expect(page.getByRole("heading", { name: "Practise my mistakes" })).toBeVisible();
    await expect(page.locator(".practice[data-ready=true]")).toBeVisible({ timeout: 30_000 });
    await answerPractice(page, quiz, true);
    await page.getByRole("button", { name: "Check" }).tap();
    const feedback = page.getByTestId("practice-feedback");
    await expect(feedback).toContainText("Right!");
    await expect(feedback).toContainText("In the article:");
    await expect(feedback.locator("q")).toHaveText(evidenceOf(quiz, quiz.questions[1].prompt));
    await expect(page.getByTestId("card-outcome")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Finish" }).tap();
    await expect(page.getByTestId("practice-done")).toContainText("You got 1 of 1.");
    const n = await e2eRow<{ n: number }>(`SELECT COUNT(*) AS n FROM ReviewCard WHERE questionId IN (SELECT id FROM Question WHERE quizId = ?)`, quiz.id);
    expect(n.n).toBe(0);
    const missed = await e2eRow<{ id: string }>(`SELECT id FROM Question WHERE quizId = ? AND position = 1`, quiz.id);
    expect(await e2eAll(`SELECT mode, correct FROM PracticeAnswer WHERE questionId = ?`, missed.id)).toEqual([{ mode: "retry", correct: 1 }]);
  });
});
