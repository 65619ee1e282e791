// SEC-8: hostile article and quiz content (script tags, event handlers, javascript: URLs,
// SVG/MathML tricks, DOM clobbering names) is shown as text on every teacher and student page:
// no dialog, no sentinel, no injected element or handler.
import crypto from "node:crypto";
import { test, expect, type Page } from "@playwright/test";
import { randomCode } from "./student-fixtures";
import { withE2eDb } from "./e2e-db";
import { insertSession, insertTeacher, sqlDate } from "../tests/support/seed-class";

const VECTORS = [
  `<script>window.__xss=1;alert(1)</script>`,
  `<img src=x onerror="window.__xss=1;alert(1)">`,
  `<svg onload=window.__xss=1><circle r=1></svg>`,
  `"><iframe src="javascript:window.__xss=1"></iframe>`,
  `<a href="javascript:window.__xss=1">lien</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>`,
  `<form id="__proto__" name="cookie"><input name="attributes"></form>`,
  `{{constructor.constructor('window.__xss=1')()}}`,
  `<body onload=window.__xss=1>`,
  `javascript:/*--></title></style></textarea></script><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
];

function seedHostileQuiz() {
  const tag = crypto.randomBytes(4).toString("hex");
  const now = sqlDate(new Date());
  return withE2eDb((db) => db.tx(async () => {
    const teacherId = await insertTeacher(db, { email: `xss-${tag}@example.test`, name: `Prof ${VECTORS[1]}` });
    const token = await insertSession(db, teacherId);
    const text = VECTORS.map((v, i) => `Paragraphe ${i + 1} : le ministre a déclaré ${v} devant 2 030 personnes.`).join("\n");
    const articleId = `xss-art-${tag}`;
    const quizId = `xss-quiz-${tag}`;
    const code = randomCode();
    await db.prepare(
      "INSERT INTO Article (id, teacherId, title, text, language, source, sourceUrl, importedVia, contentHash, createdAt) VALUES (?, ?, ?, ?, 'fr', ?, ?, 'paste', ?, ?)",
    ).run(articleId, teacherId, `Titre ${VECTORS[0]}`, text, `Source ${VECTORS[4]}`, "javascript:window.__xss=1", tag, now);
    await db.prepare(
      `INSERT INTO Quiz (id, teacherId, articleId, title, language, status, joinCode, shuffleChoices, attemptsAllowed, showAnswers, createdAt, updatedAt, publishedAt)
       VALUES (?, ?, ?, ?, 'fr', 'published', ?, TRUE, 3, 'after_submit', ?, ?, ?)`,
    ).run(quizId, teacherId, articleId, `Quiz ${VECTORS[2]}`, code, now, now, now);
    const ins = db.prepare(
      `INSERT INTO Question (id, quizId, position, kind, category, source, prompt, choices, answer, accepted, evidenceText, evidenceStart, evidenceEnd, explanation, difficulty, reviewState, origin, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, 'comprehension', 'article', ?, ?, ?, '[]', ?, ?, ?, ?, 1, 'approved', 'manual', ?, ?)`,
    );
    const lines = text.split("\n");
    let offset = 0;
    for (const [i, line] of lines.entries()) {
      const start = offset;
      offset += line.length + 1;
      const kind = i % 2 === 0 ? "multiple_choice" : "short_answer";
      const choices = kind === "multiple_choice" ? JSON.stringify([VECTORS[i], "2 030", "Autre", "Encore"]) : null;
      await ins.run(`xss-q${i}-${tag}`, quizId, i, kind, `Question ${VECTORS[(i + 3) % VECTORS.length]} ?`, choices, JSON.stringify("2 030"), line, start, start + line.length, `Explication ${VECTORS[(i + 5) % VECTORS.length]}`, now, now);
    }
    return { token, quizId, articleId, code };
  }));
}

function watch(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

async function expectInert(page: Page, dialogs: string[], where: string) {
  await page.waitForLoadState("networkidle");
  expect(dialogs, where).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), where).toBeUndefined();
  const injected = await page.evaluate(() => {
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        // React renders its own inert `javascript:throw …` action on server-action forms.
        const reactForm = attr.value.startsWith("javascript:throw new Error('A React form");
        if (/^on/i.test(attr.name) || (/^\s*javascript:/i.test(attr.value) && !reactForm)) bad.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
      }
      if (["IFRAME", "OBJECT", "EMBED"].includes(el.tagName)) bad.push(el.tagName);
      // Next's own inline scripts carry page data as escaped JSON strings (self.__next_f);
      // any other script holding the payload would be an injection.
      const code = el.tagName === "SCRIPT" ? (el.textContent ?? "") : "";
      if (code.includes("__xss=1") && !/^\s*\(?self\.__next_f/.test(code)) bad.push("SCRIPT with payload");
    }
    return bad;
  });
  expect(injected, where).toEqual([]);
}

test("[SEC-8] hostile content stays text on teacher and student pages", async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const { token, quizId, articleId, code } = await seedHostileQuiz();
  const dialogs = watch(page);

  // Student side first (no teacher cookie).
  await page.goto(`/q/${code}`);
  await expectInert(page, dialogs, "join page");
  await page.getByLabel("Votre prénom ou pseudonyme").fill(`<img src=x onerror=alert(1)>`);
  await page.getByRole("button", { name: "Rejoindre", exact: true }).click();
  await page.getByRole("button", { name: "Commencer le quiz" }).click();
  await expect(page).toHaveURL(/\/attempt\/[^/]+$/);
  await expectInert(page, dialogs, "attempt page");
  const attemptId = page.url().split("/").pop()!;
  const res = await page.request.post(`/api/attempts/${attemptId}/submit`, {
    headers: { origin: baseURL!, "content-type": "application/json" },
    data: { idempotencyKey: crypto.randomUUID(), answers: [] },
  });
  expect(res.status()).toBe(200);
  await page.goto((await res.json()).resultsUrl);
  await expectInert(page, dialogs, "student results");
  await expect(page.locator("body")).toContainText("<script>window.__xss=1;alert(1)</script>");

  // Teacher side: every page that shows the article, the questions or the student's name.
  await context.addCookies([{ name: "aq_session", value: token, url: baseURL! }]);
  for (const path of [
    "/teacher",
    `/teacher/articles/${articleId}`,
    `/teacher/quizzes/${quizId}`,
    `/teacher/quizzes/${quizId}/print`,
    `/teacher/quizzes/${quizId}/results`,
  ]) {
    const r = await page.goto(path);
    expect(r?.status(), path).toBe(200);
    await expectInert(page, dialogs, path);
  }
  await expect(page.locator("body")).toContainText("<img src=x onerror=alert(1)>");
});
