// A school network serves the app over plain HTTP on a LAN name: the page is not a secure
// context (no crypto.randomUUID, no async clipboard). The whole student journey still works,
// and the server's same-origin checks accept that host.
import http from "node:http";
import { test, expect } from "@playwright/test";
import { answerMarkerQuiz, createMarkerQuiz, E2E_PORT, joinAndStart, readAttempt } from "./student-fixtures";
import { launchOptions } from "./browser-launch";

const LAN_HOST = "ecole.lan";
const LAN_ORIGIN = `http://${LAN_HOST}:${E2E_PORT}`;

test.use({
  baseURL: LAN_ORIGIN,
  launchOptions: launchOptions([`--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`]),
});

/** A raw request to the test server with chosen Host and Origin headers. */
function postWithHeaders(path: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: E2E_PORT, path, method: "POST", headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

test("[LAN] a student completes an attempt over plain HTTP on a school network name", async ({ page }) => {
  const quiz = await createMarkerQuiz({ attemptsAllowed: 1 });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));

  await page.goto("/");
  // The premise of this test: an insecure context, where secure-only APIs are missing.
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  expect(await page.evaluate(() => typeof crypto.randomUUID)).toBe("undefined");

  const attemptId = await joinAndStart(page, quiz.joinCode, "Lina");
  await answerMarkerQuiz(page);

  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(page).toHaveURL(new RegExp(`^${LAN_ORIGIN}/q/${quiz.joinCode}/results/${attemptId}$`));
  // Both multiple-choice items, the true/false item and the ordering are right; the two
  // typed answers are not the (marker) keys.
  await expect(page.getByTestId("score")).toContainText("4 / 6");
  expect(await readAttempt(attemptId)).toMatchObject({ attempt: { status: "submitted", score: 4 }, responses: 6 });
  expect(errors).toEqual([]);
});

test("[LAN] the same-origin checks accept the LAN host and still refuse another origin", async () => {
  const submitPath = "/api/attempts/no-such-attempt/submit";
  const body = JSON.stringify({ idempotencyKey: "6f1c1b5e-1d5e-4a8e-9a77-0d7d3f1f2a10", answers: [] });
  const json = { "content-type": "application/json", host: `${LAN_HOST}:${E2E_PORT}` };
  // Same origin: passes the origin check and reaches the attempt lookup (404, not 403).
  expect(await postWithHeaders(submitPath, { ...json, origin: LAN_ORIGIN }, body)).toBe(404);
  expect(await postWithHeaders(submitPath, { ...json, origin: "http://autre.lan:3000" }, body)).toBe(403);
  // A Server Action post (the language switch) from the LAN origin is not refused by proxy.ts.
  const form = "lang=en";
  const formHeaders = { "content-type": "application/x-www-form-urlencoded", host: `${LAN_HOST}:${E2E_PORT}` };
  expect(await postWithHeaders("/", { ...formHeaders, origin: LAN_ORIGIN }, form)).not.toBe(403);
  expect(await postWithHeaders("/", { ...formHeaders, origin: "http://autre.lan:3000" }, form)).toBe(403);
});
