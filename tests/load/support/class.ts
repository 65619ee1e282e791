// Seeds a published 20-question quiz and N students with an attempt in progress straight into
// the database, and builds each student's submission with its expected score.
import crypto from "node:crypto";
import { withTestDb } from "./test-db";
import { choiceId, scoreAttempt, type StoredQuestion } from "../../../lib/grading/score-attempt";
import type { QuestionGradingRow } from "../../../lib/quiz/question-row";
import { sqlDate } from "../../support/seed-class";
import { SUBMIT_TIMEOUT_MS } from "../../../lib/quiz/submit-timeout";

export interface Student {
  attemptId: string;
  cookie: string;
  body: { idempotencyKey: string; answers: Record<string, unknown>[] };
  expectedScore: number;
}

/** Copies the demo quiz's questions (cycled) into a new published quiz of `size` questions. */
export async function seedQuiz(dbFile: string, size = 20): Promise<{ quizId: string; joinCode: string; questions: StoredQuestion[] }> {
  return withTestDb(dbFile, async (db) => {
    const demo = (await db.prepare("SELECT id, teacherId, articleId FROM Quiz WHERE isDemo = TRUE").get()) as { id: string; teacherId: string; articleId: string };
    const source = (await db.prepare("SELECT * FROM Question WHERE quizId = ? ORDER BY position").all(demo.id)) as Record<string, unknown>[];
    const quizId = `lq${crypto.randomBytes(8).toString("hex")}`;
    const joinCode = `L${crypto.randomBytes(4).toString("hex").toUpperCase()}`;
    const now = sqlDate(new Date());
    const questions: StoredQuestion[] = [];
    await db.tx(async () => {
      await db.prepare(
        `INSERT INTO Quiz (id, teacherId, articleId, title, language, status, joinCode, shuffleQuestions, shuffleChoices, attemptsAllowed, showAnswers, isDemo, createdAt, updatedAt, publishedAt)
         VALUES (?, ?, ?, 'Load test', 'fr', 'published', ?, FALSE, TRUE, 1, 'after_submit', FALSE, ?, ?, ?)`,
      ).run(quizId, demo.teacherId, demo.articleId, joinCode, now, now, now);
      for (let i = 0; i < size; i++) {
        const s = source[i % source.length];
        const id = `lqq${crypto.randomBytes(8).toString("hex")}`;
        await db.prepare(
          `INSERT INTO Question (id, quizId, position, kind, category, source, prompt, choices, answer, accepted, evidenceText, evidenceStart, evidenceEnd, explanation, difficulty, reviewState, origin, createdAt, updatedAt)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'approved', 'manual', ?, ?)`,
        ).run(id, quizId, i, s.kind, s.category, s.source, `${String(s.prompt)} (${i + 1})`, s.choices, s.answer, s.accepted, s.evidenceText, s.evidenceStart, s.evidenceEnd, s.explanation, s.difficulty, now, now);
        const q = { ...(s as unknown as QuestionGradingRow), id };
        questions.push({
          id,
          kind: q.kind as StoredQuestion["kind"],
          choices: q.choices ? JSON.parse(q.choices) : null,
          answer: JSON.parse(q.answer),
          accepted: JSON.parse(q.accepted),
          language: "fr",
        });
      }
    });
    return { quizId, joinCode, questions };
  });
}

/** A deterministic mix of right and wrong answers for student `n`. */
function answerFor(q: StoredQuestion, n: number): { wire: Record<string, unknown>; value: string | string[] } {
  const right = (n + q.id.charCodeAt(q.id.length - 1)) % 3 !== 0;
  if (q.kind === "ordering") {
    const order = right ? [...(q.answer as string[])] : [...(q.answer as string[])].reverse();
    return { wire: { questionId: q.id, choiceIds: order.map((t) => choiceId(q.id, t)) }, value: order };
  }
  if (q.choices) {
    const pick = right ? (q.answer as string) : q.choices.find((c) => c !== q.answer)!;
    return { wire: { questionId: q.id, choiceId: choiceId(q.id, pick) }, value: pick };
  }
  const text = right ? (q.answer as string).toUpperCase() : "réponse fausse";
  return { wire: { questionId: q.id, text }, value: text };
}

export async function seedStudents(dbFile: string, quizId: string, questions: StoredQuestion[], count: number): Promise<Student[]> {
  const students: Student[] = [];
  return withTestDb(dbFile, async (db) => {
    const now = sqlDate(new Date());
    await db.tx(async () => {
      for (let n = 0; n < count; n++) {
        const token = crypto.randomBytes(32).toString("base64url");
        const participantId = `lp${crypto.randomBytes(8).toString("hex")}`;
        const attemptId = crypto.randomUUID();
        await db.prepare("INSERT INTO Participant (id, quizId, displayName, tokenHash, createdAt) VALUES (?, ?, ?, ?, ?)").run(
          participantId, quizId, `Élève ${n + 1}`, crypto.createHash("sha256").update(token).digest("hex"), now,
        );
        await db.prepare("INSERT INTO Attempt (id, quizId, participantId, number, status, shuffleSeed, startedAt, late) VALUES (?, ?, ?, 1, 'in_progress', ?, ?, FALSE)").run(
          attemptId, quizId, participantId, crypto.randomBytes(16).toString("hex"), now,
        );
        const picked = questions.map((q) => answerFor(q, n));
        const expected = scoreAttempt(questions, questions.map((q, i) => ({ questionId: q.id, value: picked[i].value })));
        students.push({
          attemptId,
          cookie: `aq_p_${quizId}=${token}`,
          body: { idempotencyKey: crypto.randomUUID(), answers: picked.map((p) => p.wire) },
          expectedScore: expected.score,
        });
      }
    });
    return students;
  });
}

export interface SubmitReply {
  status: number;
  body: { attemptId?: string; score?: number; error?: { code: string } } | null;
  ms: number;
}

export async function submit(url: string, s: Student, body: unknown = s.body): Promise<SubmitReply> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${url}/api/attempts/${s.attemptId}/submit`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url, cookie: s.cookie },
      body: JSON.stringify(body),
      // As the app's client does (components/student/use-submission.ts): a request left without
      // an answer is given up and retried with the same key, never waited on for minutes.
      signal: AbortSignal.timeout(SUBMIT_TIMEOUT_MS),
    });
    const text = await res.text();
    let parsed: SubmitReply["body"] = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* non-JSON error page */
    }
    return { status: res.status, body: parsed, ms: performance.now() - t0 };
  } catch {
    return { status: 0, body: null, ms: performance.now() - t0 };
  }
}
