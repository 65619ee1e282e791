// Password change for a signed-in teacher (other sessions are signed out) and a way back into
// an account whose password is forgotten, with no e-mail: `npm run reset-password -- <email>`
// on the server prints a one-time code and link, which work once.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { E2E_PORT, expectNoAxeViolations, PASSWORD, signUp, waitForHydration } from "./teacher-support";
import { e2eDatabaseUrl } from "./e2e-db";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/teacher/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

test("[AUTH] a teacher changes the password (current one required, other sessions signed out), then resets a forgotten one with a one-time code", async ({ browser }) => {
  test.setTimeout(300_000);
  const page = await (await browser.newContext()).newPage();
  const email = await signUp(page, "Mme Secret");
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, email, PASSWORD);
  await expect(elsewhere.getByTestId("signed-in-as")).toBeVisible();

  await page.goto("/teacher");
  await page.getByRole("link", { name: "Changer mon mot de passe" }).click();
  await expect(page.getByRole("heading", { name: "Changer mon mot de passe" })).toBeVisible();
  await expect(page.getByTestId("password-changed-at")).toContainText("Mot de passe inchangé depuis la création du compte");
  await expectNoAxeViolations(page);
  await waitForHydration(page, "#current");
  const newPassword = "une phrase de passe neuve";

  // Wrong current password, then a confirmation that differs: refused, with field messages.
  await page.getByLabel("Mot de passe actuel").fill("pas le bon mot de passe");
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirmez le nouveau mot de passe").fill(newPassword);
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.locator("#current-error")).toHaveText("Le mot de passe actuel est incorrect.");
  await page.getByLabel("Mot de passe actuel").fill(PASSWORD);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirmez le nouveau mot de passe").fill(`${newPassword}!`);
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.locator("#confirm-password-error")).toHaveText("Les deux mots de passe ne sont pas identiques.");

  await page.getByLabel("Mot de passe actuel").fill(PASSWORD);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirmez le nouveau mot de passe").fill(newPassword);
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Mot de passe changé" })).toBeVisible();
  // The account page now says when the password last changed (a notice if it was not you).
  await page.reload();
  await expect(page.getByTestId("password-changed-at")).toContainText("Dernier changement du mot de passe :");
  await expect(page.getByTestId("password-changed-at")).toContainText("Si vous n’êtes pas à l’origine de ce changement");
  // This browser stays signed in; the other one is signed out; the old password no longer works.
  await page.goto("/teacher");
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await elsewhere.goto("/teacher");
  await expect(elsewhere).toHaveURL(/\/teacher\/sign-in/);
  await signIn(elsewhere, email, PASSWORD);
  // Next's route announcer is an empty alert too: look for the sign-in one by its text.
  await expect(elsewhere.getByRole("alert").filter({ hasText: "Adresse e-mail ou mot de passe incorrect." })).toBeVisible();
  await expect(elsewhere.getByTestId("signed-in-as")).toHaveCount(0);

  // Forgotten: the server prints a one-time link.
  const out = execFileSync("npx", ["tsx", "scripts/reset-password.ts", email, "--base-url", `http://localhost:${E2E_PORT}`], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });
  const link = out.match(/Open: (\S+)/)?.[1];
  expect(link).toMatch(/\/teacher\/reset-password\?code=[A-Z2-9-]+$/);
  await elsewhere.goto("/teacher/sign-in");
  await elsewhere.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(elsewhere.getByRole("heading", { name: "Choisir un nouveau mot de passe" })).toBeVisible();
  await expect(elsewhere.getByText("npm run reset-password")).toBeVisible();
  await elsewhere.goto(link!);
  await expectNoAxeViolations(elsewhere);
  await waitForHydration(elsewhere, "#code");
  const reset = "encore un autre secret";
  await elsewhere.getByLabel("Nouveau mot de passe", { exact: true }).fill("court");
  await elsewhere.getByLabel("Confirmez le nouveau mot de passe").fill("court");
  await elsewhere.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }).click();
  await expect(elsewhere.locator("#new-password-error")).toHaveText("Le nouveau mot de passe doit compter de 10 à 256 caractères.");
  await elsewhere.getByLabel("Nouveau mot de passe", { exact: true }).fill(reset);
  await elsewhere.getByLabel("Confirmez le nouveau mot de passe").fill(reset);
  await elsewhere.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }).click();
  await expect(elsewhere.getByText("Mot de passe changé. Connectez-vous avec le nouveau.")).toBeVisible();
  // The reset signed the first browser out too.
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/teacher\/sign-in/);
  await signIn(elsewhere, email, reset);
  await expect(elsewhere.getByTestId("signed-in-as")).toBeVisible();

  // The link works once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link!);
  await waitForHydration(again, "#code");
  await again.getByLabel("Nouveau mot de passe", { exact: true }).fill("un troisième secret");
  await again.getByLabel("Confirmez le nouveau mot de passe").fill("un troisième secret");
  await again.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }).click();
  await expect(again.locator("#code-error")).toHaveText("Ce code est inconnu, expiré ou déjà utilisé. Demandez-en un nouveau.");
});
