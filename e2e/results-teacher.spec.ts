// Teacher results journeys on the production build: a class of 30 attempts is written straight
// into the e2e database, the owner signs in through a session cookie inserted the same way.
import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext } from "@playwright/test";
import { CLASS_OF_30_QUESTIONS, CLASS_OF_30_STUDENTS } from "../lib/grading/fixtures/class-of-30";
import { insertAttempt, insertSession, insertTeacher, seedClassOf30 } from "../tests/support/seed-class";
import { withE2eDb } from "./e2e-db";

/** A teacher with a class of 30 on a fresh quiz; titles and codes are unique per test. */
function seedOwnerWithClass() {
  const tag = crypto.randomBytes(4).toString("hex");
  return withE2eDb(async (db) => {
    const owner = await insertTeacher(db, { email: `owner-${tag}@example.test`, name: "Mme Océane" });
    const title = `Kazakhstan : l'OTSC envoie des troupes ${tag}`;
    const joinCode = `K${tag.slice(0, 5).toUpperCase()}`;
    const quiz = await seedClassOf30(db, { teacherId: owner, title, joinCode, idPrefix: `e2e${tag}` });
    return { owner, quiz, title, joinCode, tag };
  });
}

async function signInAs(context: BrowserContext, teacherId: string) {
  const token = await withE2eDb((db) => insertSession(db, teacherId));
  await context.addCookies([{ name: "aq_session", value: token, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
}

const resultsUrl = (quizId: string) => `/teacher/quizzes/${quizId}/results`;
const apiUrl = (quizId: string, tail: string) => `/api/teacher/quizzes/${quizId}/results/${tail}`;

test("[RESULTS] the owner sees scores, both charts with their data tables, and the flagged key", async ({ page, context }) => {
  const { owner, quiz, title } = await seedOwnerWithClass();
  await signInAs(context, owner);
  await page.goto(resultsUrl(quiz.quizId));

  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByTestId("participants-count")).toHaveText("30 participants");
  await expect(page.getByTestId("mean-score")).toHaveText(/^2,6 \/ 5 \(51\s%\)$/);

  const histogram = page.getByRole("figure", { name: "Répartition des scores (en % de bonnes réponses)" });
  await expect(histogram.getByRole("img")).toHaveAttribute("aria-label", /80 – 90 % : 8, 90 – 100 % : 2\.$/);
  const histTable = histogram.locator("table");
  await expect(histTable.locator("tbody tr")).toHaveCount(10);
  await expect(histTable.locator("tbody tr").nth(0)).toHaveText(/0 – 10 %\s*3/);
  await expect(histTable.locator("tbody tr").nth(6)).toHaveText(/60 – 70 %\s*7/);

  const perQuestion = page.getByRole("figure", { name: "Taux de réussite par question" });
  await expect(perQuestion.getByRole("img")).toHaveAttribute("aria-label", /Question 3 : 40\s% \(question à vérifier\)/);
  const q3Row = perQuestion.locator("table tbody tr").nth(2);
  await expect(q3Row.locator("th")).toHaveText("Question 3");
  await expect(q3Row.locator("td").nth(0)).toHaveText(/^40\s%$/);
  await expect(q3Row.locator("td").nth(1)).toHaveText("oui");

  const q3 = page.getByTestId("item-q3");
  await expect(q3.getByTestId("key-flag")).toContainText(
    "Les meilleurs élèves ont souvent choisi « Noursoultan » (6 sur 8, contre 2 pour la réponse attendue) : vérifiez la réponse attendue.",
  );
  await expect(q3.locator("tr", { hasText: "Noursoultan" }).locator("td").first()).toHaveText("9");
  await expect(page.getByTestId("item-q1")).toContainText("« 250 »");
  await expect(page.getByTestId("item-q1").getByTestId("key-flag")).toHaveCount(0);
  await expect(page.getByTestId("item-q1")).toContainText("0,75"); // D of q1
});

test("[RESULTS] the participants table sorts, filters and opens a student's answers without JavaScript state", async ({ page, context }) => {
  const { owner, quiz } = await seedOwnerWithClass();
  await signInAs(context, owner);
  await page.goto(resultsUrl(quiz.quizId));
  const table = page.getByTestId("participants-table");
  await expect(table.locator("tbody tr")).toHaveCount(30);
  await expect(table.locator("tbody tr").first().locator("th")).toHaveText("Adam B.");

  await table.getByRole("link", { name: "Score" }).click();
  await expect(page).toHaveURL(/\?sort=score$/);
  await expect(table.locator("tbody tr").first().locator("th")).toHaveText("Gabriel H.");
  await expect(table.locator("th[aria-sort='descending']")).toContainText("Score");

  await page.getByLabel("Nom contient").fill("emilie");
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/q=emilie/);
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("shown-count")).toHaveText("1 sur 30 participants affichés");

  await page.goto(`${resultsUrl(quiz.quizId)}?min=100`);
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await page.goto(`${resultsUrl(quiz.quizId)}?sort=time&dir=desc&max=20`);
  await expect(table.locator("tbody tr th")).toHaveText(["Dorian E.", "Camille D.", "Bérénice C.", "Adam B.", "Zoé A.", "Yasmine Z.", "Xavier Y.", "Wassila X.", "Victor W."]);

  await page.goto(resultsUrl(quiz.quizId));
  await page.getByRole("link", { name: "Voir les réponses d’Amélie B." }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amélie B. — tentative 1");
  await expect(page.getByTestId("attempt-score")).toHaveText(/^4 \/ 5 \(80\s%\)$/);
  const q3 = page.getByTestId("answer-q3");
  await expect(q3).toContainText("✗ Faux");
  await expect(q3.getByTestId("given")).toHaveText("Noursoultan");
  await expect(q3.getByTestId("expected")).toHaveText("Astana");
  await expect(q3.locator("blockquote")).toContainText("Preuve de la question 3");
  await expect(page.getByTestId("answer-q4").getByTestId("expected")).toContainText("Aussi acceptées : Qazaqstan");
  await expect(page.getByTestId("answer-q1")).toContainText("✓ Juste");
});

test("[RESULTS] CSV exports download with a BOM, the header, accents and one row per attempt", async ({ page, context }) => {
  const { owner, quiz } = await seedOwnerWithClass();
  await signInAs(context, owner);
  await page.goto(resultsUrl(quiz.quizId));

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Toutes les tentatives" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^actuquiz-kazakhstan-l-otsc-envoie-des-troupes-[0-9a-f]{8}-tentatives\.csv$/);
  const bytes = await (await import("node:fs/promises")).readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  const lines = text.split("\r\n").filter(Boolean);
  // French interface: the format French spreadsheets open directly (";" and decimal commas).
  expect(lines[0]).toBe(
    "Participant;Tentative;Début;Remise;Durée (s);Score;Maximum;Pourcentage;Note /20;En retard;Q1;Q2;Q3;Q4;Q5;" +
      "Q1 réponse;Q2 réponse;Q3 réponse;Q4 réponse;Q5 réponse",
  );
  expect(lines).toHaveLength(31);
  expect(lines.find((l) => l.startsWith("Héloïse I.;1;"))).toMatch(/;5;5;100;20;non;1;1;1;1;1;2 030;Vrai;Astana;/);

  const res = await page.request.get(apiUrl(quiz.quizId, "export/questions"));
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename=".+-statistiques\.csv"$/);
  const body = await res.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const stats = body.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
  expect(stats).toHaveLength(6);
  expect(stats[3]).toContain(";QCM;30;12;40;0,25;0;0;oui;");
  expect(stats[3]).toContain("Noursoultan: 9");
});

test("[RESULTS] only the owner sees results: another teacher gets 404, a student is sent to sign-in or 401", async ({ browser }) => {
  const { quiz } = await seedOwnerWithClass();
  const intruder = await withE2eDb((db) => insertTeacher(db, { email: `intruder-${crypto.randomBytes(4).toString("hex")}@example.test`, name: "M. Curieux" }));
  const other = await browser.newContext();
  await signInAs(other, intruder);
  const page = await other.newPage();
  const res = await page.goto(resultsUrl(quiz.quizId));
  expect(res?.status()).toBe(404);
  await expect(page.getByText("30 participants")).toHaveCount(0);
  expect((await page.goto(`${resultsUrl(quiz.quizId)}/${quiz.attemptIds[0]}`))?.status()).toBe(404);
  for (const tail of ["export/attempts", "export/questions", "summary"]) {
    const r = await page.request.get(apiUrl(quiz.quizId, tail));
    expect(r.status(), tail).toBe(404);
    expect(await r.text()).not.toContain("Amélie");
  }
  await other.close();

  const student = await browser.newContext();
  const anon = await student.newPage();
  await anon.goto(resultsUrl(quiz.quizId));
  await expect(anon).toHaveURL(new RegExp(`/teacher/sign-in\\?next=${encodeURIComponent(resultsUrl(quiz.quizId)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  for (const tail of ["export/attempts", "export/questions", "summary"]) {
    const r = await anon.request.get(apiUrl(quiz.quizId, tail));
    expect(r.status(), tail).toBe(401);
  }
  await student.close();
});

test("[DASHBOARD] the dashboard lists the quiz with its attempt count and average", async ({ page, context }) => {
  const { owner, quiz, title, joinCode } = await seedOwnerWithClass();
  await signInAs(context, owner);
  await page.goto("/teacher");
  await expect(page.getByRole("heading", { level: 1, name: "Mes quiz" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nouvel article" })).toHaveAttribute("href", "/teacher/articles/new");
  const row = page.locator(`tr[data-quiz-id="${quiz.quizId}"]`);
  await expect(row.locator("th")).toHaveText(title);
  await expect(row).toContainText("Publié");
  await expect(row).toContainText(joinCode);
  await expect(row.getByTestId("submitted")).toHaveText("30");
  await expect(row.getByTestId("average")).toHaveText(/^51,3\s%$/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await row.getByRole("link", { name: `Résultats de « ${title} »` }).click();
  await expect(page).toHaveURL(new RegExp(`${resultsUrl(quiz.quizId)}$`));
});

test("[RESULTS] a new submission appears without a page reload and is announced", async ({ page, context }) => {
  test.setTimeout(60_000);
  const { owner, quiz } = await seedOwnerWithClass();
  await signInAs(context, owner);
  await page.goto(resultsUrl(quiz.quizId));
  await expect(page.getByTestId("participants-count")).toHaveText("30 participants");
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

  const best = CLASS_OF_30_STUDENTS[6]; // Gabriel H.: all correct
  await withE2eDb((db) =>
    db.tx(() =>
      insertAttempt(db, {
        quiz,
        questions: CLASS_OF_30_QUESTIONS,
        displayName: "Nouvelle Élève",
        key: "31",
        responses: best.responses,
        startedAt: new Date(Date.now() - 90_000),
        durationMs: 90_000,
      }),
    ),
  );

  await expect(page.getByTestId("live-status")).toHaveText("1 nouvelle réponse", { timeout: 15_000 });
  await expect(page.getByTestId("participants-count")).toHaveText("31 participants");
  await expect(page.getByTestId("participants-table").locator("tbody tr")).toHaveCount(31);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});

test("[RESULTS] item statistics are explained in plain words on the page, and the last score band reads 90–100", async ({ page, context }) => {
  const { owner, quiz } = await seedOwnerWithClass();
  await signInAs(context, owner);
  await page.goto(resultsUrl(quiz.quizId));
  // Explanations are text on the page, not hover-only titles.
  const glossary = page.getByRole("region", { name: "Comment lire ces chiffres" });
  await expect(glossary).toContainText("Discrimination D : la réussite des 27 % meilleurs élèves");
  await expect(glossary).toContainText("Corrélation r : les élèves qui réussissent cette question");
  await expect(page.locator("abbr[title]")).toHaveCount(0);
  await expect(page.getByTestId("item-q1").getByTestId("item-plain")).toHaveText(
    /^(Question facile|Difficulté moyenne|Question difficile) : \d+\s%\s?des élèves ont répondu juste\. Elle (sépare bien|sépare un peu|ne sépare presque pas)/,
  );
  // q1 has D = 0,75 (see the test above): it separates well.
  await expect(page.getByTestId("item-q1").getByTestId("item-plain")).toContainText("Elle sépare bien les élèves qui ont compris des autres.");
  await expect(page.getByText("Au-dessus de 0,7 : les questions mesurent bien la même compétence.")).toBeVisible();

  const histogram = page.getByRole("figure", { name: "Répartition des scores (en % de bonnes réponses)" });
  const labels = await histogram.locator("svg text").allTextContents();
  expect(labels).toContain("90–100");
  expect(labels).not.toContain("90");
  await expect(histogram.locator("table tbody tr").last()).toHaveText(/90 – 100 %\s*2/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
