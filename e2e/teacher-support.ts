// Helpers for the teacher specs: unique accounts made through the UI, a look at the e2e database
// on either provider (to prove that refused imports saved nothing; e2e/e2e-db.ts), and an axe check.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { E2E_PORT, e2eAll } from "./e2e-db";

export { E2E_PORT } from "./e2e-db";
export const ORIGIN = `http://localhost:${E2E_PORT}`;
export const PASSWORD = "un mot de passe solide";
/** An article page (not /teacher/articles/new, which the import form starts on). */
export const ARTICLE_URL = /\/teacher\/articles\/(?!new$)[a-z0-9]+$/;

export function demoArticleText(): { title: string; text: string } {
  const raw = fs.readFileSync(path.resolve(__dirname, "..", "prisma", "demo", "article-fr.txt"), "utf8").trim();
  const nl = raw.indexOf("\n");
  return { title: raw.slice(0, nl).trim(), text: raw.slice(nl + 1).trim() };
}

export function uniqueEmail(prefix = "prof"): string {
  return `${prefix}-${crypto.randomBytes(5).toString("hex")}@example.test`;
}

/** Signs in as the seeded demo teacher. */
export async function signInDemo(page: Page) {
  await page.goto("/teacher/sign-in");
  await page.getByLabel("Adresse e-mail").fill("demo@actuquiz.local");
  await page.getByLabel("Mot de passe").fill(process.env.DEMO_PASSWORD || "actuquiz-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

export async function signUp(page: Page, name = "Mme Testeuse"): Promise<string> {
  const email = uniqueEmail();
  await page.goto("/teacher/sign-up");
  await page.getByLabel("Nom affiché").fill(name);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  // Sign-up answers the same for a taken address, so it signs nobody in: sign in next.
  await expect(page.getByText("il vient d’être créé")).toBeVisible();
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(`Connecté : ${name}`);
  return email;
}

export async function articleCount(email: string): Promise<number> {
  const [row] = await e2eAll<{ n: number }>("SELECT COUNT(*) AS n FROM Article a JOIN Teacher t ON t.id = a.teacherId WHERE t.email = ?", email);
  return Number(row.n);
}

export function quizQuestions(quizId: string): Promise<{ id: string; prompt: string; reviewState: string; position: number }[]> {
  return e2eAll("SELECT id, prompt, reviewState, position FROM Question WHERE quizId = ? ORDER BY position", quizId);
}

export async function quizRow(quizId: string): Promise<{ status: string; joinCode: string | null; title: string }> {
  return (await e2eAll<{ status: string; joinCode: string | null; title: string }>("SELECT status, joinCode, title FROM Quiz WHERE id = ?", quizId))[0];
}

export async function demoQuizId(): Promise<string> {
  return (await e2eAll<{ id: string }>("SELECT id FROM Quiz WHERE joinCode = 'DEMO22'"))[0].id;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Imports pasted text through the UI and returns the new article's id. */
export async function importPasted(page: Page, text: string, title?: string): Promise<string> {
  await page.goto("/teacher/articles/new");
  if (title) await page.getByLabel(/^Titre/).fill(title);
  await page.getByLabel("Texte de l’article").fill(text);
  await page.getByRole("button", { name: "Importer" }).click();
  await page.waitForURL(ARTICLE_URL);
  return page.url().split("/").pop()!;
}

/** Generates a quiz from the article page currently open and returns the quiz id. */
export async function generateFromArticle(page: Page, count = 8): Promise<string> {
  await page.getByLabel("Nombre de questions").fill(String(count));
  await page.getByRole("button", { name: "Générer le quiz" }).click();
  // "?found=6&asked=8" follows when fewer good questions were found than asked for.
  await page.waitForURL(/\/teacher\/quizzes\/[a-z0-9]+(?:\?found=\d+&asked=\d+)?$/, { timeout: 30_000 });
  return new URL(page.url()).pathname.split("/").pop()!;
}

/**
 * Waits until React has hydrated every element matching the selector (it then keeps its own
 * props on the node). A value changed by a test before that is put back by hydration.
 */
export async function waitForHydration(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const nodes = [...document.querySelectorAll(sel)];
    return nodes.length > 0 && nodes.every((n) => Object.keys(n).some((k) => k.startsWith("__reactProps$")));
  }, selector);
}
