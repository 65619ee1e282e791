// The attempts CSV carries each student's answers as given and a mark out of 20: downloaded from
// the results page of the production build, in French (";" and "13,3") and in English.
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { CLASS_OF_30_QUESTIONS } from "../lib/grading/fixtures/class-of-30";
import { classTiming, insertAttempt, insertQuiz, insertSession, insertTeacher } from "../tests/support/seed-class";
import { withE2eDb } from "./e2e-db";
import { expectNoAxeViolations } from "./teacher-support";

const [Q1, , , Q4, Q5] = CLASS_OF_30_QUESTIONS;
const QUESTIONS = [Q1, Q4, Q5];
const EVENTS = Q5.answer as string[];
const HOSTILE = '=HYPERLINK("http://evil.test";"clic")';

/** Three questions, so marks need a decimal: 2/3 → 13,3 and 1/3 → 6,7. */
function seedSmallClass() {
  const tag = crypto.randomBytes(4).toString("hex");
  return withE2eDb((db) => db.tx(async () => {
    const owner = await insertTeacher(db, { email: `csv-${tag}@example.test`, name: "Mme Notes" });
    const quiz = await insertQuiz(db, { teacherId: owner, title: `Trois questions ${tag}`, questions: QUESTIONS, idPrefix: `csv${tag}` });
    const answers: [string, (string | string[] | null)[]][] = [
      ["Hugo", ["2 030", HOSTILE, EVENTS]],
      ["Inès", ["2 030", "-3;\"Kazakh\"", [...EVENTS].reverse()]],
    ];
    for (const [i, [displayName, values]] of answers.entries()) {
      await insertAttempt(db, {
        quiz,
        questions: QUESTIONS,
        displayName,
        key: String(i + 1),
        responses: QUESTIONS.map((q, n) => ({ questionId: q.id, value: values[n] })),
        ...classTiming(i + 1),
      });
    }
    const token = await insertSession(db, owner);
    return { owner, quizId: quiz.quizId, token };
  }));
}

function cellsOf(line: string, separator: string): string[] {
  const cells: string[] = [];
  const re = new RegExp(`(?:"((?:[^"]|"")*)"|([^"${separator}]*))(?:${separator}|$)`, "y");
  while (re.lastIndex < line.length) {
    const m = re.exec(line)!;
    cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
  }
  return cells;
}

test("[RESULTS] the attempts CSV gives each answer as typed, defused, and a mark out of 20", async ({ page, context }) => {
  const { quizId, token } = await seedSmallClass();
  await context.addCookies([{ name: "aq_session", value: token, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  await page.goto(`/teacher/quizzes/${quizId}/results`);
  await expect(page.getByTestId("participants-count")).toHaveText("2 participants");
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Toutes les tentatives" }).click()]);
  const bytes = await (await import("node:fs/promises")).readFile((await download.path())!);
  const [header, ...rows] = bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean).map((l) => cellsOf(l, ";"));
  const mark = header.indexOf("Note /20");
  expect(mark).toBeGreaterThan(0);
  expect(header.slice(-3)).toEqual(["Q1 réponse", "Q2 réponse", "Q3 réponse"]);
  expect(rows.map((r) => [r[0], r[mark]])).toEqual([["Hugo", "13,3"], ["Inès", "6,7"]]);
  expect(rows[0].slice(-3)).toEqual(["2 030", `'${HOSTILE}`, EVENTS.join(" → ")]);
  expect(rows[1].slice(-3)).toEqual(["2 030", "'-3;\"Kazakh\"", [...EVENTS].reverse().join(" → ")]);
  expect(rows[0].slice(-6, -3)).toEqual(["1", "0", "1"]);

  // With the English interface: "," between fields and a decimal point.
  await context.addCookies([{ name: "lang", value: "en", domain: "localhost", path: "/" }]);
  const res = await page.request.get(`/api/teacher/quizzes/${quizId}/results/export/attempts`);
  expect(res.status()).toBe(200);
  const [enHeader, ...enRows] = (await res.text()).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean).map((l) => cellsOf(l, ","));
  const enMark = enHeader.indexOf("Mark /20");
  expect(enRows.map((r) => r[enMark])).toEqual(["13.3", "6.7"]);
  expect(enHeader.slice(-3)).toEqual(["Q1 answer", "Q2 answer", "Q3 answer"]);
  expect(enRows[0].slice(-2)[0]).toBe(`'${HOSTILE}`);
});
