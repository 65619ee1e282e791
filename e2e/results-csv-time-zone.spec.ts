// The attempts CSV gives times in the teacher's time zone: the results page passes the
// browser's zone with the download, and each time carries its offset (checked in Tokyo, +09:00,
// against the instants stored in the database). A forged zone falls back to UTC.
import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { insertSession, insertTeacher, seedClassOf30 } from "../tests/support/seed-class";
import { withE2eDb } from "./e2e-db";
import { waitForHydration } from "./teacher-support";

test.use({ timezoneId: "Asia/Tokyo" });

test("[RESULTS] the attempts CSV writes start and submission times in the browser's time zone", async ({ page, context }) => {
  test.setTimeout(180_000);
  const tag = crypto.randomBytes(4).toString("hex");
  const { quizId, stored, token } = await withE2eDb(async (db) => {
    const owner = await insertTeacher(db, { email: `tz-${tag}@example.test`, name: "Mme Fuseau" });
    const quizId = (await seedClassOf30(db, { teacherId: owner, title: `Fuseau ${tag}`, joinCode: null, idPrefix: `tz${tag}` })).quizId;
    const stored = (await db
      .prepare(`SELECT p.displayName, a.startedAt, a.submittedAt FROM Attempt a JOIN Participant p ON p.id = a.participantId WHERE a.quizId = ? AND a.status = 'submitted'`)
      .all(quizId)) as { displayName: string; startedAt: string; submittedAt: string }[];
    return { quizId, stored, token: await insertSession(db, owner) };
  });
  await context.addCookies([{ name: "aq_session", value: token, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  await page.goto(`/teacher/quizzes/${quizId}/results`);
  const link = page.getByRole("link", { name: "Toutes les tentatives" });
  await waitForHydration(page, "a[download]");
  await expect(link).toHaveAttribute("data-tz-ready", "true");
  await expect(link).toHaveAttribute("href", /[?&]tz=Asia%2FTokyo$/);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const lines = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  const header = lines[0].split(";");
  const [start, end] = [header.indexOf("Début"), header.indexOf("Remise")];
  const rows = lines.slice(1).map((l) => l.split(";"));
  expect(rows).toHaveLength(stored.length);
  const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000) * 1000;
  for (const s of stored) {
    const row = rows.find((r) => r[0] === s.displayName.replace(/^"|"$/g, "") || r[0] === `"${s.displayName}"`)!;
    expect(row, s.displayName).toBeDefined();
    expect(row[start]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);
    expect(Date.parse(row[start])).toBe(seconds(s.startedAt));
    expect(Date.parse(row[end])).toBe(seconds(s.submittedAt));
  }

  // A zone Intl does not know is not trusted: UTC, said as +00:00.
  const forged = await page.request.get(`/api/teacher/quizzes/${quizId}/results/export/attempts?tz=${encodeURIComponent("Mars/Olympus\r\nX: y")}`);
  expect(forged.status()).toBe(200);
  const first = (await forged.text()).replace(/^\uFEFF/, "").split("\r\n")[1].split(";");
  expect(first[start]).toMatch(/\+00:00$/);
});
