// Classes and rosters: a teacher makes a class of 25 from a pasted list, assigns two quizzes
// (two articles), three students answer both with their personal codes on phones, and their
// attempts are theirs across quizzes. Then codes are revoked, a student removed and the class
// deleted, each taking the students' attempts with it.
import fs from "node:fs";
import { test, expect, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, signUp } from "./teacher-support";
import { e2eAll, e2eGet } from "./e2e-db";
import { seedQuiz, startAndAnswer, type SeededQuiz } from "./class-fixtures";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: "fr-FR" };

function studentRows(classId: string) {
  return e2eAll<{ name: string; code: string; quizId: string | null; score: number | null; status: string | null }>(
    `SELECT s.displayName AS name, s.code, p.quizId, a.score, a.status FROM Student s
       LEFT JOIN Participant p ON p.studentId = s.id LEFT JOIN Attempt a ON a.participantId = p.id
      WHERE s.classroomId = ? ORDER BY s.displayName, p.quizId`,
    classId,
  );
}

/** Figures straight from the stored answers: per student and quiz (points / questions), per skill. */
async function storedFigures(classId: string) {
  const rows = await e2eAll<{ name: string; quizId: string; points: number; correct: number; skill: string; questions: number }>(
    `SELECT s.displayName AS name, a.quizId, a.id AS attemptId, r.points, r.correct, q.skill,
              (SELECT COUNT(*) FROM Question x WHERE x.quizId = a.quizId) AS questions
       FROM Student s JOIN Participant p ON p.studentId = s.id JOIN Attempt a ON a.participantId = p.id
       JOIN Response r ON r.attemptId = a.id JOIN Question q ON q.id = r.questionId
      WHERE s.classroomId = ? AND a.status = 'submitted'`,
    classId,
  );
  const points = new Map<string, { points: number; questions: number }>();
  const skills = new Map<string, { right: number; total: number }>();
  for (const r of rows) {
    const key = `${r.name}|${r.quizId}`;
    const p = points.get(key) ?? { points: 0, questions: r.questions };
    p.points += r.points;
    points.set(key, p);
    const k = skills.get(r.skill) ?? { right: 0, total: 0 };
    k.total++;
    if (r.correct) k.right++;
    skills.set(r.skill, k);
  }
  const cells = new Map([...points].map(([k, p]) => [k, { percent: Math.round((100 * p.points) / p.questions), over20: Math.round((200 * p.points) / p.questions) / 10 }]));
  return { cells, skills };
}

async function countWhere(sql: string, ...args: unknown[]): Promise<number> {
  return (await e2eGet<{ n: number }>(sql, ...args))!.n;
}

/** Joins with the personal code on a phone and answers: question i right when `right[i]`. */
async function answerWithCode(page: Page, quiz: SeededQuiz, code: string, name: string, right: boolean[]) {
  await page.goto(`/q/${quiz.joinCode}`);
  await page.getByLabel("Code personnel").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Rejoindre avec mon code" }).tap();
  await expect(page.getByRole("heading", { name: `Bonjour ${name}` })).toBeVisible();
  await startAndAnswer(page, quiz, right);
}

async function phone(browser: Browser) {
  const context = await browser.newContext(PHONE);
  return { context, page: await context.newPage() };
}

test("[CLASS-1] a class of 25 from a pasted list answers two assigned quizzes with personal codes", async ({ page, browser }) => {
  // Six quiz runs on phones and three axe checks: at a load average of 40 on 2 cores it passes 8 minutes.
  test.setTimeout(900_000);
  const email = await signUp(page, "M. Roster");
  await page.goto("/teacher");
  await page.getByRole("link", { name: "Mes classes" }).click();
  await expect(page.getByRole("heading", { name: "Mes classes", level: 1 })).toBeVisible();

  // A class needs a name; the typed level stays.
  await page.getByLabel("Niveau").fill("4e");
  await page.getByRole("button", { name: "Créer la classe" }).click();
  await expect(page.getByText("Indiquez un nom de classe")).toBeVisible();
  await expect(page.getByLabel("Niveau")).toHaveValue("4e");
  await page.getByLabel("Nom de la classe").fill("4e B");
  await page.getByRole("button", { name: "Créer la classe" }).click();
  await expect(page.getByRole("heading", { name: "4e B", level: 1 })).toBeVisible();
  const classId = page.url().split("/").pop()!;

  // Empty and unreadable lists are refused with a message; the pasted text stays.
  const roster = page.getByLabel("Noms des élèves, un par ligne");
  await page.getByRole("button", { name: "Ajouter les élèves" }).click();
  await expect(page.getByText("La liste est vide")).toBeVisible();
  const names = Array.from({ length: 25 }, (_, i) => `Élève ${String(i + 1).padStart(2, "0")}`);
  const bad = `${names.slice(0, 3).join("\n")}\n${"x".repeat(41)}`;
  await roster.fill(bad);
  await page.getByRole("button", { name: "Ajouter les élèves" }).click();
  await expect(page.getByText("Ligne 4 :")).toBeVisible();
  await expect(roster).toHaveValue(bad);
  expect(await countWhere(`SELECT COUNT(*) AS n FROM Student WHERE classroomId = ?`, classId)).toBe(0);

  // The real list: blank lines, stray spaces and a duplicate.
  await roster.fill(`  ${names.join("\n\n")}\n  élève 01  \n`);
  await page.getByRole("button", { name: "Ajouter les élèves" }).click();
  await expect(page.getByText("25 élèves ajoutés ; 1 doublon ignoré.")).toBeVisible();
  await expect(page.getByTestId("roster").locator("tbody tr")).toHaveCount(25);
  await expectNoAxeViolations(page);

  const codes = new Map((await studentRows(classId)).map((r) => [r.name, r.code]));
  expect(codes.size).toBe(25);
  expect(new Set(codes.values()).size).toBe(25);
  for (const c of codes.values()) expect(c).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);

  // Printable list: one card per student with their code.
  await page.getByRole("link", { name: "Imprimer les codes" }).click();
  await expect(page.getByTestId("code-cards").locator("li")).toHaveCount(25);
  const first = codes.get("Élève 01")!;
  await expect(page.getByTestId("code-cards")).toContainText(`${first.slice(0, 4)}-${first.slice(4)}`);
  await expectNoAxeViolations(page);

  // Two quizzes from two articles, assigned from each quiz's page.
  const quizzes = [await seedQuiz(email, "Inondations"), await seedQuiz(email, "Élections")];
  for (const quiz of quizzes) {
    await page.goto(`/teacher/quizzes/${quiz.id}`);
    await page.getByRole("checkbox", { name: /4e B/ }).check();
    await page.getByRole("button", { name: "Enregistrer les classes" }).click();
    await expect(page.getByText("Classes enregistrées.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /4e B/ })).toBeChecked();
  }
  await page.goto(`/teacher/classes/${classId}`);
  await expect(page.getByTestId("class-quizzes").locator("li")).toHaveCount(2);

  // Three students answer both quizzes on phones.
  const plans: Record<string, boolean[][]> = {
    "Élève 01": [[true, true, true], [true, false, true]],
    "Élève 02": [[true, false, false], [false, false, true]],
    "Élève 03": [[false, false, false], [true, true, true]],
  };
  for (const [name, perQuiz] of Object.entries(plans)) {
    const { context, page: p } = await phone(browser);
    for (let k = 0; k < quizzes.length; k++) await answerWithCode(p, quizzes[k], codes.get(name)!, name, perQuiz[k]);
    await context.close();
  }
  // Each student's attempts are linked to them across both quizzes, with the graded scores.
  const rows = (await studentRows(classId)).filter((r) => r.quizId);
  for (const [name, perQuiz] of Object.entries(plans)) {
    for (let k = 0; k < quizzes.length; k++) {
      const row = rows.find((r) => r.name === name && r.quizId === quizzes[k].id);
      expect(row, `${name} ${k}`).toMatchObject({ status: "submitted", score: perQuiz[k].filter(Boolean).length });
    }
  }
  expect(rows).toHaveLength(6);

  // Gradebook, mastery and CSV: every figure recomputed here from the stored answers.
  const stored = await storedFigures(classId);
  await page.goto(`/teacher/classes/${classId}`);
  await page.getByRole("link", { name: "Carnet de notes" }).click();
  await expect(page.getByRole("heading", { name: "Carnet de notes — 4e B" })).toBeVisible();
  const book = page.getByTestId("gradebook");
  await expect(book.locator("tbody tr")).toHaveCount(25);
  for (const [name] of Object.entries(plans)) {
    const row = book.locator(`tr[data-student="${name}"]`);
    for (let k = 0; k < quizzes.length; k++) {
      const f = stored.cells.get(`${name}|${quizzes[k].id}`)!;
      await expect(row.locator("td").nth(k)).toHaveText(`${f.percent} % · ${f.over20.toLocaleString("fr-FR")}/20`);
    }
  }
  await expect(book.locator('tr[data-student="Élève 04"] td').first()).toHaveText("—");
  for (const quiz of quizzes) await expect(page.getByTestId("missing").locator(`li[data-quiz="${quiz.id}"]`)).toContainText("22 élèves");
  for (const [skill, f] of stored.skills) {
    await expect(page.getByTestId("class-skills").locator(`li[data-skill="${skill}"] [data-testid="skill-percent"]`)).toHaveText(`${Math.round((100 * f.right) / f.total)} %`);
  }
  await expect(page.getByTestId("student-skills").locator('tr[data-student="Élève 01"] td[data-skill="cause"]')).toHaveText("50 % (1/2)");
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter le carnet (CSV)" }).click();
  const csv = fs.readFileSync(await (await download).path(), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).split("\r\n");
  expect(lines[0]).toBe(`Élève;${quizzes.map((q) => `${q.title} (%);${q.title} (/20)`).join(";")};Moyenne (%)`);
  expect(lines).toHaveLength(27);
  for (const name of Object.keys(plans)) {
    const cells = quizzes.map((q) => stored.cells.get(`${name}|${q.id}`)!);
    const mean = Math.round(cells.reduce((n, c) => n + c.percent, 0) / cells.length);
    expect(lines).toContain(`${name};${cells.map((c) => `${c.percent};${String(c.over20).replace(".", ",")}`).join(";")};${mean}`);
  }
  expect(lines).toContain("Élève 04;;;;;");

  // A wrong code gets a clear message and creates nothing; the phone layout passes axe.
  const { context, page: p } = await phone(browser);
  await p.goto(`/q/${quizzes[0].joinCode}`);
  await expectNoAxeViolations(p);
  await p.getByLabel("Code personnel").fill("ZZZZ-ZZZZ");
  await p.getByRole("button", { name: "Rejoindre avec mon code" }).tap();
  await expect(p.getByText("Ce code ne correspond à aucun élève")).toBeVisible();
  await expect(p.getByLabel("Code personnel")).toHaveValue("ZZZZ-ZZZZ");
  // Coming back on another phone: the same student's attempt, no new one.
  await p.getByLabel("Code personnel").fill(codes.get("Élève 01")!);
  await p.getByRole("button", { name: "Rejoindre avec mon code" }).tap();
  await expect(p.getByRole("heading", { name: "Bonjour Élève 01" })).toBeVisible();
  await expect(p.getByText("Tentatives : 1 sur 1")).toBeVisible();
  await context.close();
  // Open join by quiz code still works for someone outside the class.
  const open = await phone(browser);
  await open.page.goto(`/q/${quizzes[0].joinCode}`);
  await open.page.getByLabel("Votre prénom ou pseudonyme").fill("Visiteur");
  await open.page.getByRole("button", { name: "Rejoindre", exact: true }).tap();
  await expect(open.page.getByRole("heading", { name: "Bonjour Visiteur" })).toBeVisible();
  await open.context.close();

  // A new code for Élève 01: the old one is refused.
  await page.goto(`/teacher/classes/${classId}`);
  await page.getByRole("button", { name: "Nouveau code pour Élève 01" }).click();
  await expect(page.getByText("Nouveau code pour Élève 01 : l’ancien ne fonctionne plus.")).toBeVisible();
  const renewed = (await studentRows(classId)).find((r) => r.name === "Élève 01")!.code;
  expect(renewed).not.toBe(codes.get("Élève 01"));
  const again = await phone(browser);
  await again.page.goto(`/q/${quizzes[1].joinCode}`);
  await again.page.getByLabel("Code personnel").fill(codes.get("Élève 01")!);
  await again.page.getByRole("button", { name: "Rejoindre avec mon code" }).tap();
  await expect(again.page.getByText("Ce code ne correspond à aucun élève")).toBeVisible();
  await again.context.close();

  // Removing Élève 02 says what goes, then deletes their two attempts.
  await page.getByRole("button", { name: "Retirer Élève 02" }).click();
  await expect(page.getByTestId("remove-impact")).toHaveText("Ses 2 tentatives seront supprimées avec ses réponses. C’est définitif.");
  await page.getByRole("button", { name: "Retirer définitivement" }).click();
  await expect(page.getByText("Élève retiré, avec ses tentatives.")).toBeVisible();
  await expect(page.getByTestId("roster").locator("tbody tr")).toHaveCount(24);
  expect(await countWhere(`SELECT COUNT(*) AS n FROM Student WHERE displayName = 'Élève 02' AND classroomId = ?`, classId)).toBe(0);
  const quizIds = quizzes.map((q) => q.id);
  const classAttempts = () => countWhere(`SELECT COUNT(*) AS n FROM Attempt a JOIN Participant p ON p.id = a.participantId WHERE p.studentId IS NOT NULL AND a.quizId IN (?, ?)`, ...quizIds);
  expect(await classAttempts()).toBe(4);

  // Deleting the class needs the attempts ticked; then students and attempts are gone, the quizzes and the visitor stay.
  await page.getByRole("button", { name: "Supprimer la classe" }).click();
  await expect(page.getByTestId("delete-impact")).toHaveText("24 élèves seront supprimés avec 4 tentatives. Les quiz restent. C’est définitif.");
  await page.getByRole("checkbox", { name: "Je supprime aussi 4 tentatives" }).check();
  await page.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page.getByText("Classe supprimée, avec ses élèves et leurs tentatives.")).toBeVisible();
  expect(await classAttempts()).toBe(0);
  expect(await countWhere(`SELECT COUNT(*) AS n FROM Student WHERE classroomId = ?`, classId)).toBe(0);
  expect(await countWhere(`SELECT COUNT(*) AS n FROM Quiz WHERE id IN (?, ?)`, ...quizIds)).toBe(2);
  expect(await countWhere(`SELECT COUNT(*) AS n FROM Participant WHERE quizId = ? AND displayName = 'Visiteur'`, quizIds[0])).toBe(1);
});
