import { test, expect } from "@playwright/test";

test("[HOME] the home page lists the demo quiz and opens it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Actuquiz" })).toBeVisible();
  const demo = page.getByRole("region", { name: "Quiz de démonstration" });
  await expect(demo).toContainText("DEMO22");
  await demo.getByRole("link", { name: "Essayer le quiz" }).click();
  await expect(page).toHaveURL(/\/q\/DEMO22$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kazakhstan");
});

test("[HOME] a wrong code gives a clear message", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Code du quiz").fill("??");
  await page.getByRole("button", { name: "Rejoindre" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "pas disponible" })).toBeVisible();
});

test("[HOME] the interface switches to English", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { name: "Join a quiz" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("[HOME] students and teachers each have their own, correctly named navigation landmark", async ({ page }) => {
  await page.goto("/");
  const student = page.getByRole("navigation", { name: "Espace élève" });
  const teacher = page.getByRole("navigation", { name: "Espace enseignant" });
  await expect(student.getByRole("link")).toHaveText(["Espace élève"]);
  await expect(teacher.getByRole("link")).toHaveText(["Espace enseignant"]);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("navigation", { name: "Student space" }).getByRole("link")).toHaveText(["Student space"]);
  await expect(page.getByRole("navigation", { name: "Teacher area" }).getByRole("link")).toHaveText(["Teacher area"]);
});

test("[HEALTH] the health route reports the database pragmas", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  if (process.env.E2E_DATABASE_URL?.startsWith("postgres")) {
    // PostgreSQL (npm run test:pg): the server version and the durability settings in force.
    expect(body.database).toMatchObject({ provider: "postgresql", defaultTransactionIsolation: "read committed" });
    expect(body.database.serverVersion).toMatch(/^\d+/);
    return;
  }
  expect(body.database.journalMode).toBe("wal");
  expect(body.database.foreignKeys).toBe(1);
});
