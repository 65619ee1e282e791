// The submit route under forged and repeated requests: 4xx for every bad body, never a 5xx,
// nothing stored by a refused request, and one stored attempt under concurrent retries.
import { randomUUID } from "node:crypto";
import { test, expect } from "@playwright/test";
import { BASE_URL, choiceId, createMarkerQuiz, joinAndStart, readAttempt, type MarkerQuiz } from "./student-fixtures";

function rightAnswers(quiz: MarkerQuiz) {
  const [mc, tf, fill, short, order, kb] = quiz.questions;
  return [
    { questionId: mc.id, choiceId: choiceId(mc.id, "2 030") },
    { questionId: tf.id, choiceId: choiceId(tf.id, "Faux") },
    { questionId: fill.id, text: "vrai ou pas" },
    { questionId: short.id, text: "ville" },
    { questionId: order.id, choiceIds: ["Rassemblements", "Démission", "Retrait"].map((t) => choiceId(order.id, t)) },
    { questionId: kb.id, choiceId: choiceId(kb.id, "Noursoultan") },
  ];
}

const json = { Origin: BASE_URL, "Content-Type": "application/json" };

test("[SUBMIT] forged submissions get a 4xx, never a 5xx, and change nothing", async ({ page, playwright }) => {
  const quiz = await createMarkerQuiz();
  const other = await createMarkerQuiz();
  const attemptId = await joinAndStart(page, quiz.joinCode, "Faussaire");
  const url = `/api/attempts/${attemptId}/submit`;
  const answers = rightAnswers(quiz);
  const key = () => randomUUID();

  const forged: { name: string; data: unknown; headers?: Record<string, string>; status: number }[] = [
    { name: "score field", data: { idempotencyKey: key(), answers, score: 6 }, status: 422 },
    { name: "maxScore field", data: { idempotencyKey: key(), answers, maxScore: 1 }, status: 422 },
    { name: "correct flag in an answer", data: { idempotencyKey: key(), answers: [{ ...answers[0], correct: true }] }, status: 422 },
    { name: "another quiz's question", data: { idempotencyKey: key(), answers: [rightAnswers(other)[0]] }, status: 422 },
    { name: "unknown choice id", data: { idempotencyKey: key(), answers: [{ ...answers[0], choiceId: "0123456789ab" }] }, status: 422 },
    { name: "choice of another question", data: { idempotencyKey: key(), answers: [{ ...answers[0], choiceId: answers[5].choiceId }] }, status: 422 },
    { name: "duplicate question", data: { idempotencyKey: key(), answers: [answers[0], answers[0]] }, status: 422 },
    { name: "text for a choice question", data: { idempotencyKey: key(), answers: [{ questionId: answers[0].questionId, text: "2 030" }] }, status: 422 },
    { name: "overlong text", data: { idempotencyKey: key(), answers: [{ ...answers[2], text: "x".repeat(5000) }] }, status: 422 },
    { name: "not a uuid", data: { idempotencyKey: "1", answers }, status: 422 },
    { name: "answers not a list", data: { idempotencyKey: key(), answers: "all" }, status: 422 },
    { name: "array body", data: [], status: 422 },
    { name: "invalid JSON", data: "{not json", status: 400 },
    { name: "no Origin", data: { idempotencyKey: key(), answers }, headers: { "Content-Type": "application/json" }, status: 403 },
    { name: "foreign Origin", data: { idempotencyKey: key(), answers }, headers: { ...json, Origin: "http://evil.test" }, status: 403 },
    { name: "form body", data: "a=1", headers: { Origin: BASE_URL, "Content-Type": "application/x-www-form-urlencoded" }, status: 415 },
  ];
  for (const f of forged) {
    const res = await page.request.post(url, {
      headers: f.headers ?? json,
      // A Buffer is sent byte for byte (Playwright would JSON-encode an unparsable string).
      data: Buffer.from(typeof f.data === "string" ? f.data : JSON.stringify(f.data)),
    });
    expect(res.status(), f.name).toBe(f.status);
    const body = await res.json();
    expect(typeof body.error?.code, f.name).toBe("string");
  }
  expect(await readAttempt(attemptId)).toMatchObject({ attempt: { status: "in_progress", score: null }, responses: 0 });

  // No participant cookie (another device): the attempt does not exist for it.
  const stranger = await playwright.request.newContext({ baseURL: BASE_URL });
  const anon = await stranger.post(url, { headers: json, data: JSON.stringify({ idempotencyKey: key(), answers }) });
  expect(anon.status()).toBe(404);
  await stranger.dispose();

  // The real submission is graded by the server: 4 of 6 (the typed answers are wrong).
  const real = await page.request.post(url, { headers: json, data: JSON.stringify({ idempotencyKey: key(), answers }) });
  expect(real.status()).toBe(200);
  expect(await real.json()).toMatchObject({ score: 4, maxScore: 6, status: "submitted" });

  // Later forgeries cannot change it.
  const again = await page.request.post(url, { headers: json, data: JSON.stringify({ idempotencyKey: key(), answers, score: 6 }) });
  expect(again.status()).toBe(422);
  const other409 = await page.request.post(url, { headers: json, data: JSON.stringify({ idempotencyKey: key(), answers }) });
  expect(other409.status()).toBe(409);
  expect(await readAttempt(attemptId)).toMatchObject({ attempt: { status: "submitted", score: 4, maxScore: 6 }, responses: 6 });
});

test("[SUBMIT] 5 concurrent retries of one submission store exactly one attempt", async ({ page }) => {
  const quiz = await createMarkerQuiz();
  const attemptId = await joinAndStart(page, quiz.joinCode, "Pressé");
  const data = JSON.stringify({ idempotencyKey: randomUUID(), answers: rightAnswers(quiz) });
  const url = `/api/attempts/${attemptId}/submit`;
  const replies = await Promise.all(Array.from({ length: 5 }, () => page.request.post(url, { headers: json, data })));
  expect(replies.map((r) => r.status())).toEqual([200, 200, 200, 200, 200]);
  const bodies = await Promise.all(replies.map((r) => r.json()));
  expect(bodies.filter((b) => b.replayed === false)).toHaveLength(1);
  expect(new Set(bodies.map((b) => `${b.score}/${b.maxScore}`))).toEqual(new Set(["4/6"]));
  expect(await readAttempt(attemptId)).toMatchObject({ attempt: { status: "submitted", score: 4 }, responses: 6 });

  // Same key, other answers: refused.
  const changed = JSON.stringify({ ...JSON.parse(data), answers: rightAnswers(quiz).slice(1) });
  expect((await page.request.post(url, { headers: json, data: changed })).status()).toBe(409);
});
