// Phones at 390 × 844: a 15-question timed quiz keeps its sticky bar small and the question
// clear of it, the results open on a summary with a way to each question to review and back,
// and the teacher's pages never scroll sideways.
import { test, expect, type Page } from "@playwright/test";
import { createLongQuiz, joinAndStart } from "./student-fixtures";
import { demoArticleText, demoQuizId, expectNoAxeViolations, generateFromArticle, importPasted, signInDemo } from "./teacher-support";

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

test("[MOBILE] a 15-question quiz: compact sticky bar, question never covered, summary on top of the results", async ({ page }) => {
  // Fifteen moves, two axe runs and a submit: on a loaded shared machine this passes 90 s.
  test.setTimeout(240_000);
  const { joinCode } = await createLongQuiz(15, { timeLimitSec: 1800 });
  await joinAndStart(page, joinCode, "Lina");
  await expect(page.getByRole("timer")).toBeVisible();
  await expectNoSidewaysScroll(page);

  const bar = await box(page, "[data-testid=runner-bar]");
  expect(bar.height).toBeLessThanOrEqual(120);
  // The first answer of the current question is above the fold, below the bar.
  const first = await box(page, "fieldset.question .choice");
  expect(first.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  expect(first.y + first.height).toBeLessThanOrEqual(PHONE.height);

  for (let n = 1; n <= 15; n++) {
    const card = page.locator("fieldset.question");
    await expect(card).toContainText(`Question ${n} sur 15`);
    // Questions 3 and 7 get a wrong answer, the rest the right one (stored first).
    await card.getByRole("radio").nth(n === 3 || n === 7 ? 1 : 0).check();
    if (n === 15) break;
    await page.getByRole("button", { name: "Question suivante" }).tap();
    await expect(card).toContainText(`Question ${n + 1} sur 15`);
    // Wait for the scroll that follows a move, then check the bar covers nothing.
    await expect
      .poll(async () => {
        const b = await box(page, "[data-testid=runner-bar]");
        const prompt = await box(page, "fieldset.question .question-prompt");
        const choice = await box(page, "fieldset.question .choice");
        return prompt.y >= b.y + b.height && choice.y + choice.height <= PHONE.height && b.height <= 120;
      })
      .toBe(true);
  }
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Envoyer mes réponses" }).tap();
  await expect(page).toHaveURL(/\/results\//);

  // The summary, at the top of the first screen: score, mark out of 20, what to review.
  const summary = page.getByTestId("results-summary");
  await expect(page.getByTestId("score")).toContainText("13 / 15");
  await expect(page.getByTestId("mark20")).toContainText("17,3 / 20");
  const review = summary.getByRole("navigation", { name: "À revoir" });
  await expect(review.getByRole("link")).toHaveText(["question 3", "question 7"]);
  const top = await summary.boundingBox();
  expect(top!.y + top!.height).toBeLessThanOrEqual(PHONE.height);
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);

  // "To review" leads to the question; its evidence link to the sentence; and back again.
  await review.getByRole("link", { name: "question 7" }).tap();
  await expect(page).toHaveURL(/#result-7$/);
  const seventh = page.locator("#result-7");
  await expect(seventh).toBeInViewport();
  await seventh.getByRole("link", { name: "Voir la phrase dans l’article" }).tap();
  await expect(page).toHaveURL(/#evidence-7$/);
  await expect(page.locator("#evidence-7")).toBeInViewport();
  await expect(seventh).not.toBeInViewport();
  await page.getByRole("link", { name: "↩ Retour à la question 7" }).tap();
  await expect(page).toHaveURL(/#result-7$/);
  await expect(seventh).toBeInViewport();
});

test("[MOBILE] the teacher's pages fit a 390 px phone without sideways scrolling", async ({ page }) => {
  // Seven pages, an import and a generation, then axe.
  test.setTimeout(240_000);
  await signInDemo(page);
  const id = await demoQuizId();
  for (const path of ["/teacher", "/teacher/articles", "/teacher/articles/new", `/teacher/quizzes/${id}`, `/teacher/quizzes/${id}/results`]) {
    await page.goto(path);
    await expect(page.locator("main h1").first()).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
  // A draft's review page, with its editing forms, and the article page it came from.
  const { title, text } = demoArticleText();
  await importPasted(page, text, title);
  await expectNoSidewaysScroll(page);
  await generateFromArticle(page);
  await expect(page.locator("main h1").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
});
