// Sharing a published quiz: the copy-link button (async clipboard, and the fallback used on
// plain HTTP where navigator.clipboard is missing) and the full-screen join view for the projector.
import { expect, test } from "@playwright/test";
import { demoQuizId, expectNoAxeViolations, signInDemo } from "./teacher-support";

test.use({ viewport: { width: 1366, height: 768 } });

test("[TEACHER] copy the join link with the clipboard API", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInDemo(page);
  await page.goto(`/teacher/quizzes/${await demoQuizId()}`);
  const link = await page.getByTestId("join-link").getAttribute("href");
  expect(link).toMatch(/\/q\/DEMO22$/);
  await page.getByRole("button", { name: "Copier le lien" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Lien copié" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expectNoAxeViolations(page);
});

test("[TEACHER] copy the join link where navigator.clipboard is missing (plain HTTP)", async ({ page }) => {
  // What a school server on http://192.168.x.x gives: no async clipboard. Record what the
  // page copies through the fallback.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true });
    document.addEventListener("copy", () => {
      const el = document.activeElement as HTMLInputElement | null;
      (window as unknown as { copied: string }).copied = el?.value?.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) ?? "";
    });
  });
  await signInDemo(page);
  await page.goto(`/teacher/quizzes/${await demoQuizId()}`);
  expect(await page.evaluate(() => typeof navigator.clipboard)).toBe("undefined");
  const link = await page.getByTestId("join-link").getAttribute("href");
  await page.getByRole("button", { name: "Copier le lien" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Lien copié" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { copied?: string }).copied)).toBe(link);
});

test("[TEACHER] the full-screen join view shows a big code, a big QR code and the address", async ({ page }) => {
  await signInDemo(page);
  const id = await demoQuizId();
  await page.goto(`/teacher/quizzes/${id}`);
  const link = await page.getByTestId("join-link").getAttribute("href");
  await page.getByRole("link", { name: "Afficher en grand pour la classe" }).click();
  await expect(page).toHaveURL(new RegExp(`/teacher/quizzes/${id}/join$`));
  await expect(page).toHaveTitle(/Rejoindre le quiz/);
  const screen = page.getByTestId("join-screen");
  await expect(screen.getByTestId("join-screen-code")).toHaveText("DEMO22");
  await expect(screen.getByTestId("join-screen-link")).toHaveText(link!);
  const qr = screen.getByRole("img", { name: "QR code du lien vers le quiz DEMO22" });
  await expect(qr).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
  // Big enough to read from the back of a classroom, and the whole view fits the screen.
  const qrBox = (await qr.boundingBox())!;
  expect(qrBox.height).toBeGreaterThanOrEqual(400);
  expect(qrBox.y + qrBox.height).toBeLessThanOrEqual(768);
  const codeSize = await screen.getByTestId("join-screen-code").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(codeSize).toBeGreaterThanOrEqual(96);
  const codeBox = (await screen.getByTestId("join-screen-code").boundingBox())!;
  expect(codeBox.y + codeBox.height).toBeLessThanOrEqual(768);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Fermer" }).click();
  await expect(page).toHaveURL(new RegExp(`/teacher/quizzes/${id}$`));
});
