// Exports of the seeded demo quiz (GIFT and Moodle XML) and its printable version, as its
// owner, the demo teacher; the published demo quiz is read-only on the review page.
import { expect, test } from "@playwright/test";
import { demoArticleText, demoQuizId, expectNoAxeViolations } from "./teacher-support";

test("[TEACHER] the demo quiz exports to GIFT and Moodle XML and prints with an answer key", async ({ page }) => {
  await page.goto("/teacher/sign-in");
  await page.getByLabel("Adresse e-mail").fill("demo@actuquiz.local");
  await page.getByLabel("Mot de passe").fill(process.env.DEMO_PASSWORD || "actuquiz-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  const id = await demoQuizId();

  await page.goto(`/teacher/quizzes/${id}`);
  await expect(page.getByTestId("join-code")).toHaveText("DEMO22");
  await expect(page.getByText("Ce quiz est publié : ses questions sont en lecture seule.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Supprimer", exact: true })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Moodle (GIFT)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.gift\.txt$/);
  const res = await page.request.get(`/api/teacher/quizzes/${id}/export/gift`);
  expect(res.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const gift = await res.text();
  const questions = gift.split("\n").filter((l) => l.startsWith("::Q"));
  expect(questions).toHaveLength(8);
  expect(gift).toMatch(/^\/\/ Actuquiz — /);
  // The quiz's own category (the article), then one per kind of question.
  expect(gift.split("\n").filter((l) => l.startsWith("$CATEGORY:"))).toHaveLength(3);
  expect(questions[0]).toMatch(/^::Q1::Combien .* \{=2 030 ~3 020 ~250 ~1 300 ####/);
  expect(questions[1]).toContain("affirmé \\: «");
  expect(questions[2]).toMatch(/\{F ####/);
  expect(questions[3]).toMatch(/ministre \{=Askar Mamine =Mamine ####/);
  expect(questions[5]).toContain("{=Hausse du prix du gaz de pétrole liquéfié -> 1 =Premiers rassemblements à Janaozen -> 2");
  // Blocks are separated by blank lines.
  const blocks = gift.trim().split(/\n\n/);
  const questionBlocks = blocks.filter((b) => b.split("\n").some((l) => l.startsWith("::Q")));
  expect(questionBlocks).toHaveLength(8);
  for (const b of questionBlocks) expect(b.split("\n").filter((l) => l.startsWith("::"))).toHaveLength(1);
  // The article comes first, as a description item (no answer set), before the questions.
  const article = demoArticleText();
  const articleLine = gift.split("\n").find((l) => l.startsWith("::Article::"))!;
  expect(gift.indexOf(articleLine)).toBeLessThan(gift.indexOf("::Q1::"));
  expect(articleLine).not.toMatch(/(^|[^\\])[{}]/);
  const firstParagraph = article.text.split("\n")[0].trim();
  expect(articleLine.replace(/\\(.)/g, "$1")).toContain(firstParagraph.slice(0, 60));

  const xml = await (await page.request.get(`/api/teacher/quizzes/${id}/export/moodle-xml`)).text();
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(xml.match(/<question type="(multichoice|truefalse|shortanswer|matching)">/g)).toHaveLength(8);
  expect(xml.match(/<question type="description">/g)).toHaveLength(1);
  expect(xml.indexOf('<question type="description">')).toBeLessThan(xml.indexOf('<question type="multichoice">'));
  expect(xml).toContain(`<p>${firstParagraph.slice(0, 40)}`);

  // The printed sheet: the article, then the questions on a new page, choices shuffled.
  await page.goto(`/teacher/quizzes/${id}/print`);
  await expect(page.getByRole("heading", { name: "Feuille de l’élève" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `L’article : ${article.title}` })).toBeVisible();
  await expect(page.locator(".print-article")).toContainText(firstParagraph.slice(0, 60));
  expect(await page.locator(".student-sheet").evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
  await expect(page.getByRole("region", { name: /^Corrigé/ })).toHaveCount(0);
  await expect(page.getByText("Réponse attendue")).toHaveCount(0);
  const first = page.locator(".print-question").first().locator("ol.choices li");
  const sheetOrder = await first.allInnerTexts();
  expect([...sheetOrder].sort()).toEqual(["1 300", "2 030", "250", "3 020"]);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(first).toHaveText(sheetOrder);

  // The key is its own print view; its letters follow the sheet's shuffled order.
  await page.getByRole("link", { name: "Corrigé (à imprimer à part)" }).click();
  await expect(page).toHaveURL(/\/print\?view=key$/);
  const key = page.getByRole("region", { name: /^Corrigé/ });
  await expect(key).toContainText("Askar Mamine");
  const letter = String.fromCharCode(65 + sheetOrder.indexOf("2 030"));
  await expect(key.locator("li").first()).toHaveText(new RegExp(`^${letter}\\. 2 030`));
  await expect(page.locator(".print-article")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
