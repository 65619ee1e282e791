// Regrading on the production build: the owner of the class of 30 (q3 keyed "Astana" by mistake,
// "Kazakh" given for "Kazakhstan") fixes the key and accepts a near-miss for everyone; scores,
// item statistics and the CSV follow, the audit lines say what changed, and a repeat counts once.
import crypto from "node:crypto";
import { expect, test, type BrowserContext } from "@playwright/test";
import { insertSession, insertTeacher, seedClassOf30 } from "../tests/support/seed-class";
import { e2eGet, withE2eDb } from "./e2e-db";
import { expectNoAxeViolations, waitForHydration } from "./teacher-support";

function seedOwnerWithClass() {
  const tag = crypto.randomBytes(4).toString("hex");
  return withE2eDb(async (db) => {
    const owner = await insertTeacher(db, { email: `regrade-${tag}@example.test`, name: "Mme Correction" });
    const quiz = await seedClassOf30(db, { teacherId: owner, title: `Recorriger ${tag}`, joinCode: null, idPrefix: `rg${tag}` });
    return { owner, quiz };
  });
}

async function signInAs(context: BrowserContext, teacherId: string) {
  const token = await withE2eDb((db) => insertSession(db, teacherId));
  await context.addCookies([{ name: "aq_session", value: token, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
}

function cellsOf(line: string): string[] {
  return line.split(";").map((c) => c.replace(/^"|"$/g, ""));
}

const scoreOf = async (attemptId: string) => (await e2eGet<{ score: number }>("SELECT score FROM Attempt WHERE id = ?", attemptId))!.score;

test("[REGRADE] the teacher fixes a wrong key and accepts a near-miss for everyone; everything follows, once", async ({ page, context }) => {
  test.setTimeout(300_000);
  const { owner, quiz } = await seedOwnerWithClass();
  const [amelie, , , , , , gabriel] = quiz.attemptIds;
  const xavier = quiz.attemptIds[23];
  await signInAs(context, owner);
  await page.goto(`/teacher/quizzes/${quiz.quizId}/results`);
  const q3 = page.getByTestId("item-q3");
  await expect(q3).toContainText("40 %".replace(" ", "\u202f"));
  await expect(page.getByTestId("grade-changes")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Fix the key: "Noursoultan" was the capital in January 2022.
  await waitForHydration(page, 'input[name="choice"]');
  await q3.locator("tr", { hasText: "Noursoultan" }).getByRole("button", { name: /En faire la bonne réponse/ }).dblclick();
  await expect(page.getByTestId("review-status")).toContainText("Bonne réponse changée : 21 copies ont changé de note.");
  const audit = page.getByTestId("grade-changes");
  await expect(audit.getByRole("listitem")).toHaveCount(1);
  await expect(audit).toContainText("Question 3 : bonne réponse « Astana » remplacée par « Noursoultan » — 21 copies ont changé de note");
  await expect(q3.locator("tr.is-key")).toContainText("Noursoultan");
  await expect(q3).toContainText("30 %".replace(" ", "\u202f"));
  expect([await scoreOf(amelie), await scoreOf(gabriel)]).toEqual([5, 4]);

  // Accept "Kazakh" for everyone on q4 (short answer), from the free field.
  const q4 = page.getByTestId("item-q4");
  await q4.getByLabel("Réponse à accepter").fill("  Kazakh ");
  await q4.getByRole("button", { name: /Accepter pour tous/ }).last().click();
  await expect(page.getByTestId("review-status")).toContainText("Réponse acceptée pour tous : 1 copie a changé de note.");
  await expect(audit.getByRole("listitem")).toHaveCount(2);
  await expect(audit.getByRole("listitem").first()).toContainText("Question 4 : « Kazakh » accepté pour tous — 1 copie a changé de note");
  expect(await scoreOf(xavier)).toBe(3);

  // The same request again (a retried form) changes nothing and adds no audit line.
  await q4.getByLabel("Réponse à accepter").fill("kazakh");
  await q4.getByRole("button", { name: /Accepter pour tous/ }).last().click();
  await expect(page.getByTestId("review-status")).toContainText("Rien à changer : c’était déjà fait.");
  await expect(audit.getByRole("listitem")).toHaveCount(2);
  expect(await scoreOf(xavier)).toBe(3);

  // An empty answer is refused with a message; nothing changes.
  await q4.getByLabel("Réponse à accepter").fill("   ");
  await q4.getByRole("button", { name: /Accepter pour tous/ }).last().click();
  await expect(page.locator("#review-error")).toContainText("Saisissez la réponse à accepter.");
  await expect(audit.getByRole("listitem")).toHaveCount(2);

  // A frequent wrong answer has its own button.
  await q4.getByText("Réponses fausses les plus fréquentes").click();
  await q4.getByRole("button", { name: "Accepter pour tous : Kirghizstan" }).click();
  await expect(page.getByTestId("review-status")).toContainText("Réponse acceptée pour tous : 3 copies ont changé de note.");
  await expect(audit.getByRole("listitem")).toHaveCount(3);
  await expectNoAxeViolations(page);

  // The CSV follows the new grades.
  const res = await page.request.get(`/api/teacher/quizzes/${quiz.quizId}/results/export/attempts`);
  expect(res.status()).toBe(200);
  const [header, ...rows] = (await res.text()).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean).map(cellsOf);
  const score = header.indexOf("Score");
  expect(rows.find((r) => r[0] === "Xavier Y.")?.[score]).toBe("3");
  expect(rows.find((r) => r[0] === "Amélie B.")?.[score]).toBe("5");
  expect(rows.find((r) => r[0] === "Gabriel H.")?.[score]).toBe("4");
});
