// The interface follows the browser's preferred language until the visitor picks one with the
// language switch; English pages carry English titles and headings.
import { test, expect, type Page } from "@playwright/test";
import { expectNoAxeViolations, PASSWORD, uniqueEmail } from "./teacher-support";

// Words that only appear in French interface text (none is an English word).
const FRENCH_WORDS = /\b(vous|votre|vos|les|des|une|avec|pour|enseignant|connexion|réponses?|créer|aucun)\b/i;

async function expectEnglishPage(page: Page, title: string, h1: string | RegExp): Promise<void> {
  await expect(page).toHaveTitle(title);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
  await expectNoAxeViolations(page);
}

test.describe("an English browser", () => {
  test.use({ locale: "en-US" });

  test("[I18N] gets English on the home, join, sign-in, dashboard and import pages", async ({ page }) => {
    // Six pages, a sign-up (password hashing) and axe checks: past 90 s on a loaded 2-core machine.
    test.setTimeout(180_000);
    expect(await page.evaluate(() => navigator.language)).toBe("en-US");

    await page.goto("/");
    await expectEnglishPage(page, "Actuquiz", "Actuquiz");
    await expect(page.getByRole("heading", { level: 2, name: "Join a quiz" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Passer en français" })).toBeVisible();
    const home = await page.locator("main").evaluate((m) => {
      const copy = m.cloneNode(true) as HTMLElement;
      // The demo quiz's own title is French content, not interface text.
      copy.querySelector("[aria-labelledby='demo-title']")?.remove();
      return copy.innerText;
    });
    expect(home).not.toMatch(FRENCH_WORDS);

    await page.goto("/q/DEMO22");
    await expect(page).toHaveTitle("Quiz · Actuquiz");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Join the quiz" })).toBeVisible();
    await expect(page.getByLabel("Your first name or a nickname")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/teacher/sign-in");
    await expectEnglishPage(page, "Sign in · Actuquiz", "Teacher sign-in");
    expect(await page.locator("main").innerText()).not.toMatch(FRENCH_WORDS);

    await page.goto("/teacher/sign-up");
    await expectEnglishPage(page, "Create an account · Actuquiz", "Create a teacher account");
    const email = uniqueEmail("en");
    await page.getByLabel("Display name").fill("Ms Tester");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create the account" }).click();
    await expect(page).toHaveTitle("Sign in · Actuquiz");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signed-in-as")).toHaveText("Signed in: Ms Tester");

    await page.goto("/teacher");
    await expectEnglishPage(page, "My quizzes · Actuquiz", "My quizzes");
    expect(await page.locator("main").innerText()).not.toMatch(FRENCH_WORDS);

    await page.goto("/teacher/articles");
    await expectEnglishPage(page, "My articles · Actuquiz", "My articles");
    expect(await page.locator("main").innerText()).not.toMatch(FRENCH_WORDS);

    await page.goto("/teacher/articles/new");
    await expectEnglishPage(page, "Import an article · Actuquiz", "Import an article");
    expect(await page.locator("main").innerText()).not.toMatch(FRENCH_WORDS);
  });

  test("[I18N] keeps French once the visitor chooses it", async ({ page }) => {
    await page.goto("/teacher/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Teacher sign-in");
    await page.getByRole("button", { name: "Passer en français" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion enseignant");
    await expect(page).toHaveTitle("Connexion · Actuquiz");

    // The choice outlives the page: a fresh load of other pages stays French.
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 2, name: "Rejoindre un quiz" })).toBeVisible();
    await page.goto("/teacher/sign-up");
    await expect(page).toHaveTitle("Créer un compte · Actuquiz");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer un compte enseignant");
    await expectNoAxeViolations(page);
  });
});

test.describe("a French browser", () => {
  test.use({ locale: "fr-FR" });

  test("[I18N] gets French, with French titles", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle("Actuquiz");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 2, name: "Rejoindre un quiz" })).toBeVisible();
    await page.goto("/teacher/sign-in");
    await expect(page).toHaveTitle("Connexion · Actuquiz");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion enseignant");
    await expectNoAxeViolations(page);
  });
});
