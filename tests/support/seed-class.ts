// Test-only seeding with raw inserts into the migration's tables, in SQLite's dialect through the
// app's SqlTx handle so that it runs on either provider: used by the results Vitest tests, the
// Playwright specs (on the e2e database the server has open, e2e/e2e-db.ts) and the results
// benchmark. Dates are written the way Prisma's SQLite adapter writes them.
import crypto from "node:crypto";
import type { SqlTx } from "../../lib/db/sql-tx";
import type { SqlDb } from "./sql-db";
import { CLASS_OF_30_QUESTIONS, CLASS_OF_30_QUIZ, CLASS_OF_30_STUDENTS, type FixtureQuestion } from "../../lib/grading/fixtures/class-of-30";
import { scoreAttempt, type AttemptResponse } from "../../lib/grading/score-attempt";

/** Prisma's adapter stores DateTime as ISO text with an explicit +00:00 offset. */
export function sqlDate(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

function randomId(prefix: string): string {
  return `${prefix}${crypto.randomBytes(9).toString("hex")}`;
}

export async function insertTeacher(db: SqlTx, opts: { email: string; name: string; id?: string }): Promise<string> {
  const id = opts.id ?? randomId("t");
  await db.prepare("INSERT INTO Teacher (id, email, name, passwordHash, locale, createdAt) VALUES (?, ?, ?, ?, 'fr', ?)").run(
    id,
    opts.email,
    opts.name,
    "not-a-password-hash",
    sqlDate(new Date()),
  );
  return id;
}

/** Creates a session row and returns the cookie value (the row id is its SHA-256). */
export async function insertSession(db: SqlTx, teacherId: string): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  const id = crypto.createHash("sha256").update(token).digest("hex");
  const now = new Date();
  await db.prepare("INSERT INTO Session (id, teacherId, createdAt, lastSeenAt, expiresAt) VALUES (?, ?, ?, ?, ?)").run(
    id,
    teacherId,
    sqlDate(now),
    sqlDate(now),
    sqlDate(new Date(now.getTime() + 24 * 3600_000)),
  );
  return token;
}

export interface SeedQuizOptions {
  teacherId: string;
  title: string;
  joinCode?: string | null;
  status?: "draft" | "published" | "closed";
  questions: readonly FixtureQuestion[];
  /** Prefix of every generated id; ids sort in insertion order within one quiz. */
  idPrefix?: string;
  createdAt?: Date;
}

export interface SeededQuiz {
  quizId: string;
  /** Fixture question id → database question id. */
  questionIds: Map<string, string>;
  idPrefix: string;
}

export async function insertQuiz(db: SqlTx, opts: SeedQuizOptions): Promise<SeededQuiz> {
  const prefix = opts.idPrefix ?? randomId("z");
  const now = sqlDate(opts.createdAt ?? new Date());
  const articleId = `${prefix}-article`;
  const quizId = `${prefix}-quiz`;
  await db.prepare(
    "INSERT INTO Article (id, teacherId, title, text, language, importedVia, contentHash, createdAt) VALUES (?, ?, ?, ?, 'fr', 'paste', ?, ?)",
  ).run(articleId, opts.teacherId, opts.title, "Texte de l'article.", crypto.randomBytes(8).toString("hex"), now);
  await db.prepare(
    `INSERT INTO Quiz (id, teacherId, articleId, title, language, status, joinCode, createdAt, updatedAt, publishedAt)
     VALUES (?, ?, ?, ?, 'fr', ?, ?, ?, ?, ?)`,
  ).run(quizId, opts.teacherId, articleId, opts.title, opts.status ?? "published", opts.joinCode ?? null, now, now, now);
  const insertQuestion = db.prepare(
    `INSERT INTO Question (id, quizId, position, kind, category, source, prompt, choices, answer, accepted,
       evidenceText, evidenceStart, evidenceEnd, explanation, difficulty, reviewState, origin, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 'approved', 'manual', ?, ?)`,
  );
  const questionIds = new Map<string, string>();
  for (const [i, q] of opts.questions.entries()) {
    const id = `${prefix}-${q.id}`;
    const evidence = `Preuve de la question ${i + 1} : « ${q.prompt} »`;
    await insertQuestion.run(
      id,
      quizId,
      i,
      q.kind,
      q.category,
      q.source,
      q.prompt,
      q.choices ? JSON.stringify(q.choices) : null,
      JSON.stringify(q.answer),
      JSON.stringify(q.accepted),
      evidence,
      evidence.length,
      `Explication ${i + 1}.`,
      q.difficulty,
      now,
      now,
    );
    questionIds.set(q.id, id);
  }
  return { quizId, questionIds, idPrefix: prefix };
}

export interface SeedAttemptOptions {
  quiz: SeededQuiz;
  questions: readonly FixtureQuestion[];
  /** Reuse a participant for a second attempt; otherwise a new one is created. */
  participantId?: string;
  displayName: string;
  /** Ids sort by this key within the quiz (item analysis breaks score ties by attempt id). */
  key: string;
  number?: number;
  responses: readonly AttemptResponse[];
  startedAt: Date;
  durationMs: number;
  status?: "submitted" | "in_progress";
  late?: boolean;
}

/** Grades the responses with the real scorer and inserts participant, attempt and responses. */
export async function insertAttempt(db: SqlTx, opts: SeedAttemptOptions): Promise<{ attemptId: string; participantId: string; score: number }> {
  const { quiz } = opts;
  const participantId = opts.participantId ?? `${quiz.idPrefix}-p${opts.key}`;
  const attemptId = `${quiz.idPrefix}-a${opts.key}`;
  if (!opts.participantId) {
    await db.prepare("INSERT INTO Participant (id, quizId, displayName, tokenHash, createdAt) VALUES (?, ?, ?, ?, ?)").run(
      participantId,
      quiz.quizId,
      opts.displayName,
      crypto.randomBytes(16).toString("hex"),
      sqlDate(opts.startedAt),
    );
  }
  const submitted = (opts.status ?? "submitted") === "submitted";
  const scored = scoreAttempt(opts.questions, opts.responses);
  const submittedAt = new Date(opts.startedAt.getTime() + opts.durationMs);
  await db.prepare(
    `INSERT INTO Attempt (id, quizId, participantId, number, status, shuffleSeed, startedAt, submittedAt, durationMs, late, score, maxScore)
     VALUES (?, ?, ?, ?, ?, 'seed', ?, ?, ?, ?, ?, ?)`,
  ).run(
    attemptId,
    quiz.quizId,
    participantId,
    opts.number ?? 1,
    submitted ? "submitted" : "in_progress",
    sqlDate(opts.startedAt),
    submitted ? sqlDate(submittedAt) : null,
    submitted ? opts.durationMs : null,
    opts.late ? 1 : 0,
    submitted ? scored.score : null,
    submitted ? scored.maxScore : null,
  );
  if (submitted) {
    const insertResponse = db.prepare(
      "INSERT INTO Response (id, attemptId, questionId, given, correct, points) VALUES (?, ?, ?, ?, ?, ?)",
    );
    for (const q of scored.questions) {
      await insertResponse.run(
        `${attemptId}-${q.questionId}`,
        attemptId,
        quiz.questionIds.get(q.questionId),
        JSON.stringify(q.given),
        q.correct ? 1 : 0,
        q.points,
      );
    }
  }
  return { attemptId, participantId, score: scored.score };
}

export const CLASS_START = new Date("2026-03-02T08:00:00Z");

/** Student i (1-based) of the class of 30: started one minute apart, 2 min + 13 s × i long. */
export function classTiming(i: number): { startedAt: Date; durationMs: number } {
  return { startedAt: new Date(CLASS_START.getTime() + i * 60_000), durationMs: 120_000 + i * 13_000 };
}

/** Seeds the hand-computed class of 30 (lib/grading/fixtures/class-of-30.ts) as one quiz, in one transaction. */
export async function seedClassOf30(
  db: SqlDb,
  opts: { teacherId: string; title?: string; joinCode?: string | null; idPrefix?: string },
): Promise<SeededQuiz & { attemptIds: string[] }> {
  return db.tx(async () => {
    const quiz = await insertQuiz(db, {
      teacherId: opts.teacherId,
      title: opts.title ?? CLASS_OF_30_QUIZ.title,
      joinCode: opts.joinCode === undefined ? CLASS_OF_30_QUIZ.joinCode : opts.joinCode,
      questions: CLASS_OF_30_QUESTIONS,
      idPrefix: opts.idPrefix,
    });
    const attemptIds: string[] = [];
    for (const [i, s] of CLASS_OF_30_STUDENTS.entries()) {
      const key = s.attemptId.slice(1); // "01".."30": keeps the fixture's tie-break order
      const { attemptId } = await insertAttempt(db, {
        quiz,
        questions: CLASS_OF_30_QUESTIONS,
        displayName: s.displayName,
        key,
        responses: s.responses,
        ...classTiming(i + 1),
      });
      attemptIds.push(attemptId);
    }
    return { ...quiz, attemptIds };
  });
}
