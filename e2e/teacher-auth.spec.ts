// Sign-in, sign-up errors, rate limit, sign-out and the session cookie's attributes.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, PASSWORD, signUp, uniqueEmail } from "./teacher-support";

test("[TEACHER] sign-up errors are per field; sign-out ends the session; sign-in returns to `next`", async ({ page, context }) => {
  await page.goto("/teacher/sign-in");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { name: "Teacher sign-in" })).toBeVisible();
  await expect(page.getByLabel("E-mail address")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Passer en français" }).click();
  // Let the language action finish before navigating away (it sets the cookie).
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.goto("/teacher/sign-up");
  await expectNoAxeViolations(page);
  await page.getByLabel("Nom affiché").fill("Mme Courte");
  await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await page.getByLabel("Mot de passe").fill("court");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs." })).toBeVisible();
  await expect(page.getByLabel("Mot de passe")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Le mot de passe doit compter entre 10 et 256 caractères.")).toBeVisible();

  const email = await signUp(page, "Mme Session");
  const cookie = (await context.cookies()).find((c) => c.name === "aq_session")!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  // The old cookie is dead even if replayed.
  await context.addCookies([{ ...cookie }]);
  await page.goto("/teacher/articles");
  await expect(page).toHaveURL(/\/teacher\/sign-in\?next=%2Fteacher%2Farticles$/);
  await expectNoAxeViolations(page);

  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/teacher\/articles$/);
  const rotated = (await context.cookies()).find((c) => c.name === "aq_session")!;
  expect(rotated.value).not.toBe(cookie.value);
});

test("[TEACHER] wrong passwords are refused, then rate-limited with a clear message", async ({ page, browser }) => {
  const email = await signUp(page, "Mme Limite");
  const other = await browser.newContext();
  const p = await other.newPage();
  await p.goto("/teacher/sign-in");
  for (let i = 0; i < 5; i++) {
    await p.getByLabel("Adresse e-mail").fill(email);
    await p.getByLabel("Mot de passe").fill(`mauvais-mot-de-passe-${i}`);
    await Promise.all([p.waitForResponse((r) => r.request().method() === "POST"), p.getByRole("button", { name: "Se connecter" }).click()]);
    await expect(p.getByRole("alert").filter({ hasText: "Adresse e-mail ou mot de passe incorrect." })).toBeVisible();
    // The form is reset once the action has finished (the password field empties).
    await expect(p.getByLabel("Mot de passe")).toHaveValue("");
  }
  await p.getByLabel("Mot de passe").fill(PASSWORD);
  await p.getByRole("button", { name: "Se connecter" }).click();
  await expect(p.getByRole("alert").filter({ hasText: "Trop de tentatives de connexion" })).toBeVisible();
  await expect(p.getByTestId("signed-in-as")).toHaveCount(0);
  await other.close();
});

test("[TEACHER] sign-up answers the same for a taken address and a new one", async ({ browser }) => {
  const outcomes: { url: string; text: string; cookies: string[] }[] = [];
  for (const email of ["demo@actuquiz.local", uniqueEmail()]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/teacher/sign-up");
    await page.getByLabel("Nom affiché").fill("Mme Curieuse");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill("un mot de passe quelconque");
    await page.getByRole("button", { name: "Créer le compte" }).click();
    await expect(page).toHaveURL(/\/teacher\/sign-in\?created=1$/);
    outcomes.push({
      url: new URL(page.url()).pathname + new URL(page.url()).search,
      text: await page.locator("main").innerText(),
      cookies: (await context.cookies()).map((c) => c.name).filter((n) => n !== "aq_device").sort(),
    });
    await context.close();
  }
  expect(outcomes[0]).toEqual(outcomes[1]);
  expect(outcomes[0].cookies).not.toContain("aq_session");
});
