// Test-only rows for the class specs, written straight into the e2e server's database (SQLite or
// PostgreSQL, e2e/e2e-db.ts): quizzes of three multiple-choice questions (skills detail, cause,
// inference) and a seeded roster.
import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { withE2eDb } from "./e2e-db";
import { randomCode } from "./student-fixtures";

const iso = (d = new Date()) => d.toISOString().replace("Z", "+00:00");
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export interface SeededQuiz {
  id: string;
  joinCode: string;
  title: string;
  questions: { prompt: string; choices: string[]; answer: string }[];
}

/** A published quiz of three multiple-choice questions on its own article, owned by `email`. */
export async function seedQuiz(email: string, topic: string): Promise<SeededQuiz> {
  const tag = crypto.randomBytes(4).toString("hex");
  return withE2eDb((db) => db.tx(async () => {
    const teacher = (await db.prepare(`SELECT id FROM Teacher WHERE email = ?`).get(email)) as { id: string };
    const text = `${topic} : la première phrase.\n${topic} : la deuxième phrase.\n${topic} : la troisième phrase.`;
    const [articleId, quizId, joinCode, now] = [`cls-art-${tag}`, `cls-quiz-${tag}`, randomCode(), iso()];
    const title = `Quiz ${topic} ${tag}`;
    await db.prepare(`INSERT INTO Article (id, teacherId, title, text, language, importedVia, contentHash, createdAt) VALUES (?, ?, ?, ?, 'fr', 'paste', ?, ?)`).run(articleId, teacher.id, `Article ${topic}`, text, tag, now);
    await db.prepare(
      `INSERT INTO Quiz (id, teacherId, articleId, title, language, status, joinCode, shuffleQuestions, shuffleChoices, attemptsAllowed, showAnswers, isDemo, createdAt, updatedAt, publishedAt)
       VALUES (?, ?, ?, ?, 'fr', 'published', ?, FALSE, TRUE, 1, 'after_submit', FALSE, ?, ?, ?)`,
    ).run(quizId, teacher.id, articleId, title, joinCode, now, now, now);
    const skills = ["detail", "cause", "inference"];
    const questions = [0, 1, 2].map((i) => ({ prompt: `${topic} : question ${i + 1} ?`, choices: [`Vrai ${topic} ${i}`, `Faux ${topic} ${i}`, `Autre ${topic} ${i}`], answer: `Vrai ${topic} ${i}` }));
    const lines = text.split("\n");
    for (const [i, q] of questions.entries()) {
      const start = text.indexOf(lines[i]);
      await db.prepare(
        `INSERT INTO Question (id, quizId, position, kind, category, source, prompt, choices, answer, accepted, evidenceText, evidenceStart, evidenceEnd, explanation, difficulty, skill, reviewState, origin, createdAt, updatedAt)
         VALUES (?, ?, ?, 'multiple_choice', 'comprehension', 'article', ?, ?, ?, '[]', ?, ?, ?, '', 2, ?, 'approved', 'manual', ?, ?)`,
      ).run(`cls-q${i}-${tag}`, quizId, i, q.prompt, JSON.stringify(q.choices), JSON.stringify(q.answer), lines[i], start, start + lines[i].length, skills[i], now, now);
    }
    return { id: quizId, joinCode, title, questions };
  }));
}

/** A class of `names` for the teacher `email`, assigned `quizIds`; returns its id and each student's code. */
export async function seedClass(email: string, names: string[], quizIds: string[]): Promise<{ classId: string; codes: Map<string, string> }> {
  const tag = crypto.randomBytes(4).toString("hex");
  return withE2eDb((db) => db.tx(async () => {
    const teacher = (await db.prepare(`SELECT id FROM Teacher WHERE email = ?`).get(email)) as { id: string };
    const classId = `cls-c-${tag}`;
    const now = iso();
    await db.prepare(`INSERT INTO Classroom (id, teacherId, name, level, createdAt) VALUES (?, ?, ?, '4e', ?)`).run(classId, teacher.id, `Classe ${tag}`, now);
    const codes = new Map<string, string>();
    for (const [i, name] of names.entries()) {
      let code = "";
      for (let k = 0; k < 8; k++) code += ALPHABET[crypto.randomInt(ALPHABET.length)];
      await db.prepare(`INSERT INTO Student (id, classroomId, displayName, code, createdAt) VALUES (?, ?, ?, ?, ?)`).run(`cls-s${i}-${tag}`, classId, name, code, now);
      codes.set(name, code);
    }
    for (const quizId of quizIds) await db.prepare(`INSERT INTO QuizAssignment (quizId, classroomId, createdAt) VALUES (?, ?, ?)`).run(quizId, classId, now);
    return { classId, codes };
  }));
}

/** From a quiz page where the student has joined: starts, answers (question i right when `right[i]`) one at a time on a phone, submits. */
export async function startAndAnswer(page: Page, quiz: SeededQuiz, right: boolean[]) {
  await page.getByRole("button", { name: "Commencer le quiz" }).tap();
  await expect(page.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  for (let step = 0; step < quiz.questions.length; step++) {
    const card = page.locator("fieldset.question");
    await expect(card).toHaveCount(1);
    const prompt = await card.locator(".question-prompt").innerText();
    const i = quiz.questions.findIndex((q) => q.prompt === prompt);
    expect(i).toBeGreaterThanOrEqual(0);
    const q = quiz.questions[i];
    await card.getByRole("radio", { name: right[i] ? q.answer : q.choices[1] }).check();
    if (step < quiz.questions.length - 1) await page.getByRole("button", { name: "Question suivante" }).tap();
  }
  await page.getByRole("button", { name: "Envoyer mes réponses" }).tap();
  await expect(page).toHaveURL(/\/results\//);
  await expect(page.getByTestId("score")).toContainText(`${right.filter(Boolean).length} / ${quiz.questions.length}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}
