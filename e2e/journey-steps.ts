// Sequences several specs walk through word for word: a teacher's fresh draft quiz on the demo
// article, a student sending an attempt with questions left blank.
import { expect, type Page } from "@playwright/test";
import { demoArticleText, generateFromArticle, importPasted, signUp } from "./teacher-support";

/** A new teacher imports the demo article (plus `extra` paragraphs) and generates a 3-question draft; returns its id. */
export async function draftQuizOnDemoArticle(page: Page, teacherName: string, extra?: string): Promise<string> {
  await signUp(page, teacherName);
  const { title, text } = demoArticleText();
  await importPasted(page, extra ? `${text}\n\n${extra}` : text, title);
  return generateFromArticle(page, 3);
}

/** Sends the attempt on screen, confirming despite blank answers, and waits for its results page. */
export async function submitDespiteBlanks(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await page.getByRole("button", { name: "Envoyer quand même" }).click();
  await expect(page).toHaveURL(/\/results\//);
}
