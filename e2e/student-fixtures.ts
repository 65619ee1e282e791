// Test-only data for the student end-to-end specs: rows written straight into the e2e
// server's database, SQLite or PostgreSQL (e2e/e2e-db.ts), each quiz in one transaction, and a
// few helpers shared by the student specs.
import crypto from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import { E2E_PORT, withE2eDb } from "./e2e-db";
import { orderItems } from "./student-demo";

export { E2E_PORT } from "./e2e-db";
export const BASE_URL = `http://localhost:${E2E_PORT}`;

const iso = (d = new Date()) => d.toISOString().replace("Z", "+00:00");
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function randomCode(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return code;
}

export interface MarkerQuiz {
  quizId: string;
  joinCode: string;
  markers: string[];
  questions: { id: string; kind: string; prompt: string; choices: string[] | null }[];
}

/**
 * A published quiz whose answer-only fields carry unique markers that appear nowhere a
 * student may look before submitting (not in the article, prompts or choices).
 */
export async function createMarkerQuiz(options: { showAnswers?: string; timeLimitSec?: number | null; attemptsAllowed?: number } = {}): Promise<MarkerQuiz> {
  const tag = crypto.randomBytes(5).toString("hex").toUpperCase();
  const m = {
    explanation: `EXPLAINMARK${tag}`,
    accepted: `ACCEPTMARK${tag}`,
    fill: `FILLKEYMARK${tag}`,
    short: `SHORTKEYMARK${tag}`,
    evidence: `EVIDENCEMARK${tag}`,
    orderKey: `ORDERKEYMARK${tag}`,
  };
  const article =
    "Le 2 janvier, les premiers rassemblements ont eu lieu dans une ville pétrolière.\nLe 5 janvier, le gouvernement a démissionné.\nLe 13 janvier, les troupes ont commencé leur retrait.";
  const sentences = article.split("\n");
  return withE2eDb((db) => db.tx(async () => {
    const teacher = (await db.prepare(`SELECT id FROM Teacher ORDER BY createdAt LIMIT 1`).get()) as { id: string };
    const articleId = `e2e-art-${tag}`;
    const quizId = `e2e-quiz-${tag}`;
    const joinCode = randomCode();
    const now = iso();
    await db.prepare(
      `INSERT INTO Article (id, teacherId, title, text, language, importedVia, contentHash, createdAt) VALUES (?, ?, ?, ?, 'fr', 'paste', ?, ?)`,
    ).run(articleId, teacher.id, `Article ${tag}`, article, tag, now);
    await db.prepare(
      `INSERT INTO Quiz (id, teacherId, articleId, title, language, status, joinCode, shuffleQuestions, shuffleChoices, timeLimitSec, attemptsAllowed, showAnswers, isDemo, createdAt, updatedAt, publishedAt)
       VALUES (?, ?, ?, ?, 'fr', 'published', ?, TRUE, TRUE, ?, ?, ?, FALSE, ?, ?, ?)`,
    ).run(quizId, teacher.id, articleId, `Quiz témoin ${tag}`, joinCode, options.timeLimitSec ?? null, options.attemptsAllowed ?? 2, options.showAnswers ?? "after_submit", now, now, now);
    const questions = [
      { kind: "multiple_choice", prompt: "Combien de militaires ?", choices: ["2 030", "3 020", "250"], answer: "2 030", accepted: [m.accepted] },
      { kind: "true_false", prompt: "Vrai ou faux : il a plu.", choices: ["Vrai", "Faux"], answer: "Faux", accepted: [] },
      { kind: "fill_blank", prompt: "Complétez : le ____ a démissionné.", choices: null, answer: m.fill, accepted: [m.accepted] },
      { kind: "short_answer", prompt: "Quelle ville ?", choices: null, answer: m.short, accepted: [m.accepted] },
      // The ordering key holds the same items as the choices: mark it through the explanation.
      { kind: "ordering", prompt: "Remettez dans l’ordre.", choices: ["Retrait", "Rassemblements", "Démission"], answer: ["Rassemblements", "Démission", "Retrait"], accepted: [m.orderKey] },
      { kind: "multiple_choice", prompt: "Quelle capitale ?", choices: ["Noursoultan", "Almaty", "Bichkek"], answer: "Noursoultan", accepted: [m.accepted], knowledge: true },
    ];
    const insert = db.prepare(
      `INSERT INTO Question (id, quizId, position, kind, category, source, prompt, choices, answer, accepted, evidenceText, evidenceStart, evidenceEnd, explanation, difficulty, reviewState, origin, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, 'approved', 'manual', ?, ?)`,
    );
    const out: MarkerQuiz["questions"] = [];
    for (const [i, q] of questions.entries()) {
      const id = `e2e-q${i}-${tag}`;
      const knowledge = "knowledge" in q;
      const evidence = knowledge ? `${m.evidence} (base de connaissances)` : sentences[i % 3];
      const start = knowledge ? 0 : article.indexOf(evidence);
      await insert.run(
        id,
        quizId,
        i,
        q.kind,
        knowledge ? "current_affairs" : "comprehension",
        knowledge ? "knowledge" : "article",
        q.prompt,
        q.choices ? JSON.stringify(q.choices) : null,
        JSON.stringify(q.answer),
        JSON.stringify(q.accepted),
        evidence,
        start,
        start + evidence.length,
        `${m.explanation} ${i}`,
        now,
        now,
      );
      out.push({ id, kind: q.kind, prompt: q.prompt, choices: q.choices });
    }
    return { quizId, joinCode, markers: Object.values(m), questions: out };
  }));
}

/** A published quiz with one ordering question whose key is `key` (stored choices reversed). */
export async function createOrderingQuiz(key: string[]): Promise<{ quizId: string; joinCode: string }> {
  const tag = crypto.randomBytes(5).toString("hex").toUpperCase();
  const article = key.map((item, i) => `Le ${i + 2} janvier, ${item.toLowerCase()}.`).join("\n");
  return withE2eDb((db) => db.tx(async () => {
    const teacher = (await db.prepare(`SELECT id FROM Teacher ORDER BY createdAt LIMIT 1`).get()) as { id: string };
    const [articleId, quizId, joinCode, now] = [`e2e-art-${tag}`, `e2e-quiz-${tag}`, randomCode(), iso()];
    await db.prepare(
      `INSERT INTO Article (id, teacherId, title, text, language, importedVia, contentHash, createdAt) VALUES (?, ?, ?, ?, 'fr', 'paste', ?, ?)`,
    ).run(articleId, teacher.id, `Article ${tag}`, article, tag, now);
    await db.prepare(
      `INSERT INTO Quiz (id, teacherId, articleId, title, language, status, joinCode, shuffleQuestions, shuffleChoices, timeLimitSec, attemptsAllowed, showAnswers, isDemo, createdAt, updatedAt, publishedAt)
       VALUES (?, ?, ?, ?, 'fr', 'published', ?, FALSE, FALSE, NULL, 1, 'after_submit', FALSE, ?, ?, ?)`,
    ).run(quizId, teacher.id, articleId, `Ordre ${tag}`, joinCode, now, now, now);
    await db.prepare(
      `INSERT INTO Question (id, quizId, position, kind, category, source, prompt, choices, answer, accepted, evidenceText, evidenceStart, evidenceEnd, explanation, difficulty, reviewState, origin, createdAt, updatedAt)
       VALUES (?, ?, 0, 'ordering', 'comprehension', 'article', 'Remettez dans l’ordre.', ?, ?, '[]', ?, 0, ?, '', 2, 'approved', 'manual', ?, ?)`,
    ).run(`e2e-q0-${tag}`, quizId, JSON.stringify([...key].reverse()), JSON.stringify(key), article, article.length, now, now);
    return { quizId, joinCode };
  }));
}

/**
 * A published quiz of `count` multiple-choice questions (key: the first choice, stored first;
 * shuffling off), each proved by its own sentence of the article: a long quiz for phones.
 */
export async function createLongQuiz(count: number, options: { timeLimitSec?: number | null; showAnswers?: string } = {}): Promise<{ quizId: string; joinCode: string }> {
  const tag = crypto.randomBytes(5).toString("hex").toUpperCase();
  const sentences = Array.from({ length: count }, (_, i) => `Le ${i + 1} mars, la commune numéro ${i + 1} a voté un budget de ${(i + 1) * 100} euros.`);
  const article = sentences.join("\n");
  return withE2eDb((db) => db.tx(async () => {
    const teacher = (await db.prepare(`SELECT id FROM Teacher ORDER BY createdAt LIMIT 1`).get()) as { id: string };
    const [articleId, quizId, joinCode, now] = [`e2e-art-${tag}`, `e2e-quiz-${tag}`, randomCode(), iso()];
    await db.prepare(
      `INSERT INTO Article (id, teacherId, title, text, language, importedVia, contentHash, createdAt) VALUES (?, ?, ?, ?, 'fr', 'paste', ?, ?)`,
    ).run(articleId, teacher.id, `Budgets communaux ${tag}`, article, tag, now);
    await db.prepare(
      `INSERT INTO Quiz (id, teacherId, articleId, title, language, status, joinCode, shuffleQuestions, shuffleChoices, timeLimitSec, attemptsAllowed, showAnswers, isDemo, createdAt, updatedAt, publishedAt)
       VALUES (?, ?, ?, ?, 'fr', 'published', ?, FALSE, FALSE, ?, 3, ?, FALSE, ?, ?, ?)`,
    ).run(quizId, teacher.id, articleId, `Budgets ${tag}`, joinCode, options.timeLimitSec ?? null, options.showAnswers ?? "after_submit", now, now, now);
    const insert = db.prepare(
      `INSERT INTO Question (id, quizId, position, kind, category, source, prompt, choices, answer, accepted, evidenceText, evidenceStart, evidenceEnd, explanation, difficulty, reviewState, origin, createdAt, updatedAt)
       VALUES (?, ?, ?, 'multiple_choice', 'comprehension', 'article', ?, ?, ?, '[]', ?, ?, ?, ?, 2, 'approved', 'manual', ?, ?)`,
    );
    for (const [i, sentence] of sentences.entries()) {
      const right = `${(i + 1) * 100} euros`;
      const choices = [right, `${(i + 1) * 100 + 50} euros`, `${(i + 1) * 100 + 70} euros`];
      const start = article.indexOf(sentence);
      await insert.run(`e2e-q${i}-${tag}`, quizId, i, `Quel budget la commune numéro ${i + 1} a-t-elle voté ?`, JSON.stringify(choices), JSON.stringify(right), sentence, start, start + sentence.length, `Phrase ${i + 1}.`, now, now);
    }
    return { quizId, joinCode };
  }));
}

/** Joins `code` under `name` from the quiz's own page, and starts an attempt. */
export async function joinAndStart(page: Page, code: string, name: string): Promise<string> {
  await page.goto(`/q/${code}`);
  await page.getByLabel("Votre prénom ou pseudonyme").fill(name);
  await page.getByRole("button", { name: "Rejoindre", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Bonjour ${name}` })).toBeVisible();
  await page.getByRole("button", { name: "Commencer le quiz" }).click();
  await expect(page).toHaveURL(/\/attempt\/[^/]+$/);
  await expect(page.locator(".quiz-runner[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  return page.url().split("/").pop()!;
}

/** Answers the question shown in `card`, whatever its kind (first choice, a text, one move). */
export async function answerShown(card: Locator): Promise<void> {
  const radios = card.getByRole("radio");
  if ((await radios.count()) > 0) return radios.first().check();
  const box = card.getByLabel("Votre réponse");
  if ((await box.count()) > 0) return box.fill("réponse gardée");
  await card.getByRole("button", { name: /^Descendre/ }).first().click();
}

/**
 * Answers the six questions of a marker quiz (all shown on one page): both multiple-choice items,
 * the true/false item and the ordering right; the two typed answers are not the (marker) keys.
 */
export async function answerMarkerQuiz(page: Page): Promise<void> {
  await page.getByRole("radio", { name: "Toutes les questions" }).check();
  const card = (prompt: string) => page.locator("fieldset.question").filter({ hasText: prompt });
  await card("Combien de militaires ?").getByRole("radio", { name: "2 030", exact: true }).check();
  await card("Vrai ou faux").getByRole("radio", { name: "Faux", exact: true }).check();
  await card("Complétez").getByLabel("Votre réponse").fill("gouvernement");
  await card("Quelle ville ?").getByLabel("Votre réponse").fill("Aktaou");
  await orderItems(card("Remettez dans l’ordre."), ["Rassemblements", "Démission", "Retrait"]);
  await card("Quelle capitale ?").getByRole("radio", { name: "Noursoultan", exact: true }).check();
  await expect(page.getByText("6 sur 6 répondues")).toBeVisible();
}

export function readAttempt(attemptId: string) {
  return withE2eDb(async (db) => {
    const attempt = (await db.prepare(`SELECT status, score, maxScore, late, idempotencyKey FROM Attempt WHERE id = ?`).get(attemptId)) as
      | { status: string; score: number | null; maxScore: number | null; late: number; idempotencyKey: string | null }
      | undefined;
    const responses = ((await db.prepare(`SELECT COUNT(*) AS n FROM Response WHERE attemptId = ?`).get(attemptId)) as { n: number }).n;
    return { attempt, responses };
  });
}

export { choiceId } from "../lib/grading/choice-id";
