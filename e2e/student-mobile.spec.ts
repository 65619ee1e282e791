// A phone (375 × 740): the demo quiz one question at a time, without horizontal scrolling.
import { test, expect, type Page } from "@playwright/test";
import { answerDemoQuestion, demo, isRight, plan } from "./student-demo";
import { joinAndStart } from "./student-fixtures";

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function noHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
}

test("[MOBILE] a student completes the demo quiz on a phone", async ({ page }) => {
  await joinAndStart(page, "DEMO22", "Inès");
  await expect(page.getByRole("radio", { name: "Une question à la fois" })).toBeChecked();
  await noHorizontalScroll(page);

  for (let step = 0; step < demo.length; step++) {
    const card = page.locator("fieldset.question");
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(`Question ${step + 1} sur ${demo.length}`);
    const prompt = await card.locator(".question-prompt").innerText();
    const i = demo.findIndex((q) => q.prompt === prompt);
    expect(i).toBeGreaterThanOrEqual(0);
    await answerDemoQuestion(page, card, demo[i], i);
    await noHorizontalScroll(page);
    if (step < demo.length - 1) await page.getByRole("button", { name: "Question suivante" }).tap();
  }
  await page.getByRole("button", { name: "Envoyer mes réponses" }).tap();
  await expect(page).toHaveURL(/\/results\//);
  const expected = demo.filter((q, i) => isRight(q, plan(q, i))).length;
  await expect(page.getByTestId("score")).toContainText(`${expected} / ${demo.length}`);
  await noHorizontalScroll(page);
});
