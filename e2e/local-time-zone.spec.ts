// Times are shown in the browser's time zone, not the server's: a student and a teacher in
// Auckland (UTC+13 in December, far from the server's clock) read their own local times.
import { expect, test, type Page } from "@playwright/test";
import { createLongQuiz, joinAndStart } from "./student-fixtures";
import { expectNoAxeViolations, signInDemo } from "./teacher-support";

const ZONE = "Pacific/Auckland";
test.use({ timezoneId: ZONE });

/** Every <time> on the page shows its instant's hour and minute in the browser's zone. */
async function expectLocalTimes(page: Page, atLeast: number) {
  const times = page.locator("time[datetime]");
  await expect.poll(async () => times.count()).toBeGreaterThanOrEqual(atLeast);
  // LocalTime marks itself once it has re-rendered in the browser's zone.
  await expect(page.locator("time[datetime]:not([data-local])")).toHaveCount(0);
  const rows = await times.evaluateAll((els) =>
    els.map((el) => {
      const d = new Date(el.getAttribute("datetime")!);
      const hm = (timeZone?: string) => new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone }).format(d);
      return { text: el.textContent ?? "", local: hm(), utc: hm("UTC"), zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
    }),
  );
  for (const r of rows) {
    expect(r.zone).toBe(ZONE);
    expect(r.local).not.toBe(r.utc); // the premise: the zones differ
    expect(r.text).toContain(r.local);
    expect(r.text).not.toContain("UTC");
  }
}

test("[TIME] a student and a teacher see attempt times in the browser's time zone", async ({ page }) => {
  const { quizId, joinCode } = await createLongQuiz(2);
  await joinAndStart(page, joinCode, "Aroha");
  for (let n = 0; n < 2; n++) {
    await page.locator("fieldset.question").getByRole("radio").first().check();
    if (n === 0) await page.getByRole("button", { name: "Question suivante" }).click();
  }
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(page).toHaveURL(/\/results\//);
  // "Envoyé le …" and the attempt history on the student's results page.
  await expectLocalTimes(page, 2);

  await signInDemo(page);
  await page.goto(`/teacher/quizzes/${quizId}/results`);
  await expect(page.getByTestId("participants-table")).toContainText("Aroha");
  await expectLocalTimes(page, 2);
  await expectNoAxeViolations(page);
  await page.getByTestId("participants-table").getByRole("link", { name: /Aroha/ }).first().click();
  await expect(page).toHaveURL(/\/results\/[^/]+$/);
  await expectLocalTimes(page, 2);
});
