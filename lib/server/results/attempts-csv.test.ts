// The attempts CSV on a real migrated database: the "/20" mark and the per-question answer
// columns are recomputed here from the stored Response rows, not from the export's own data.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { databaseFile } from "@/lib/database-url";
import { CLASS_OF_30_QUESTIONS } from "@/lib/grading/fixtures/class-of-30";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { classTiming, insertAttempt, insertQuiz, insertTeacher, seedClassOf30 } from "@/tests/support/seed-class";
import { sqliteDb } from "@/tests/support/sql-db";
import { attemptsCsv, spreadsheetFormat } from "./csv-export";
import { loadAttemptsExport } from "./load-export";

/** RFC 4180 reader for the test: quoted cells, doubled quotes, CRLF rows, optional BOM. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) row.push(cell), (cell = "");
    else if (ch === "\r" && s[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += ch;
  }
  expect(cell).toBe("");
  expect(row).toEqual([]);
  return rows;
}

const [Q1, , , Q4, Q5] = CLASS_OF_30_QUESTIONS;
const EVENTS = Q5.answer as string[];
const HYPERLINK = '=HYPERLINK("http://evil.test";"clic")';

let raw: Database.Database;
let owner: string;
let classQuizId: string;
let smallQuizId: string;

beforeAll(async () => {
  raw = new Database(databaseFile(process.env.DATABASE_URL));
  raw.pragma("busy_timeout = 5000");
  const db = sqliteDb(raw);
  owner = await insertTeacher(db, { email: "csv-owner@example.test", name: "Mme Notes" });
  classQuizId = (await seedClassOf30(db, { teacherId: owner, idPrefix: "c30" })).quizId;
  // Three questions, so marks out of 20 need a decimal (2/3 → 13.3, 1/3 → 6.7).
  const questions = [Q1, Q4, Q5];
  const quiz = await insertQuiz(db, { teacherId: owner, title: "Trois questions", questions, idPrefix: "s3" });
  smallQuizId = quiz.quizId;
  const seed = (key: string, displayName: string, values: [unknown, unknown, unknown], i: number) =>
    insertAttempt(db, {
      quiz,
      questions,
      displayName,
      key,
      responses: questions.map((q, n) => ({ questionId: q.id, value: values[n] as string | string[] | null })),
      ...classTiming(i),
    });
  await seed("1", "Hugo", ["2 030", HYPERLINK, EVENTS], 1);
  await seed("2", "Inès", ["2 030", "-3;\"Kazakh\"\nsuite", [...EVENTS].reverse()], 2);
  await seed("3", "Jade", [null, null, null], 3);
});

afterAll(() => raw.close());

/** What the database says each attempt should show: score from the stored points, answers as given. */
function stored(quizId: string) {
  const questions = raw.prepare("SELECT id FROM Question WHERE quizId = ? ORDER BY position").all(quizId) as { id: string }[];
  const attempts = raw
    .prepare(
      `SELECT a.id, a.maxScore, p.displayName FROM Attempt a JOIN Participant p ON p.id = a.participantId
       WHERE a.quizId = ? AND a.status = 'submitted'`,
    )
    .all(quizId) as { id: string; maxScore: number; displayName: string }[];
  const responses = raw.prepare("SELECT questionId, given, points FROM Response WHERE attemptId = ?");
  return attempts.map((a) => {
    const rows = new Map(
      (responses.all(a.id) as { questionId: string; given: string; points: number }[]).map((r) => [r.questionId, r]),
    );
    const points = [...rows.values()].reduce((sum, r) => sum + r.points, 0);
    return {
      displayName: a.displayName,
      mark: Math.round((200 * points) / a.maxScore) / 10,
      answers: questions.map((q) => JSON.parse(rows.get(q.id)!.given) as string | string[] | null),
    };
  });
}

const defused = (text: string) => (/^\s*[=+\-@]|^[\t\r\n]/.test(text) ? `'${text}` : text);
const asCell = (given: string | string[] | null) => (given == null ? "" : defused(Array.isArray(given) ? given.join(" → ") : given));

describe("attemptsCsv marks and answers", () => {
  it("gives every attempt of the class of 30 its mark /20 and its answers, French format", async () => {
    const exp = (await loadAttemptsExport(prisma, owner, classQuizId))!;
    const rows = parseCsv(attemptsCsv(exp, resultsMessages.fr, spreadsheetFormat("fr")), ";");
    const [header, ...body] = rows;
    expect(header).toEqual([
      "Participant", "Tentative", "Début", "Remise", "Durée (s)", "Score", "Maximum", "Pourcentage", "Note /20", "En retard",
      "Q1", "Q2", "Q3", "Q4", "Q5", "Q1 réponse", "Q2 réponse", "Q3 réponse", "Q4 réponse", "Q5 réponse",
    ]);
    const expected = stored(classQuizId);
    expect(body).toHaveLength(30);
    expect(expected).toHaveLength(30);
    const mark = header.indexOf("Note /20");
    const firstAnswer = header.indexOf("Q1 réponse");
    for (const e of expected) {
      const row = body.find((r) => r[0] === e.displayName)!;
      expect(row, e.displayName).toBeDefined();
      expect(row[mark], e.displayName).toBe(String(e.mark).replace(".", ","));
      expect(row.slice(firstAnswer), e.displayName).toEqual(e.answers.map(asCell));
    }
    const amelie = body.find((r) => r[0] === "Amélie B.")!;
    expect(amelie[mark]).toBe("16");
    expect(amelie.slice(firstAnswer)).toEqual([
      "2 030", "Vrai", "Noursoultan", "Kazakhstan",
      "Hausse du prix du carburant → Manifestations à Almaty → Limogeage du gouvernement → Arrivée des troupes de l'OTSC",
    ]);
  });

  it("writes start and submission times in the teacher's time zone with the offset, UTC by default", async () => {
    const exp = (await loadAttemptsExport(prisma, owner, classQuizId))!;
    const first = exp.attempts[0];
    const [header, ...paris] = parseCsv(attemptsCsv(exp, resultsMessages.fr, spreadsheetFormat("fr"), "Europe/Paris"), ";");
    const [, ...tokyo] = parseCsv(attemptsCsv(exp, resultsMessages.fr, spreadsheetFormat("fr"), "Asia/Tokyo"), ";");
    const [, ...utc] = parseCsv(attemptsCsv(exp, resultsMessages.fr, spreadsheetFormat("fr")), ";");
    const [start, end] = [header.indexOf("Début"), header.indexOf("Remise")];
    const localTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;
    for (const rows of [paris, tokyo, utc]) {
      expect(rows[0][start]).toMatch(localTime);
      // Each text names the stored instant, to the second, whatever the zone.
      expect(new Date(rows[0][start]).getTime()).toBe(Math.floor(first.startedAt.getTime() / 1000) * 1000);
      expect(new Date(rows[0][end]).getTime()).toBe(Math.floor(first.submittedAt!.getTime() / 1000) * 1000);
    }
    expect(tokyo[0][start]).toMatch(/\+09:00$/);
    expect(utc[0][start]).toMatch(/\+00:00$/);
    expect(paris[0][start]).toMatch(/\+0[12]:00$/);
  });

  it("rounds marks to one decimal with a comma and defuses hostile answers", async () => {
    const exp = (await loadAttemptsExport(prisma, owner, smallQuizId))!;
    const text = attemptsCsv(exp, resultsMessages.fr, spreadsheetFormat("fr"));
    const [header, ...body] = parseCsv(text, ";");
    const mark = header.indexOf("Note /20");
    const firstAnswer = header.indexOf("Q1 réponse");
    expect(body.map((r) => [r[0], r[mark]])).toEqual([["Hugo", "13,3"], ["Inès", "6,7"], ["Jade", "0"]]);
    expect(body[0].slice(firstAnswer)).toEqual(["2 030", `'${HYPERLINK}`, EVENTS.join(" → ")]);
    expect(body[1].slice(firstAnswer)).toEqual(["2 030", "'-3;\"Kazakh\"\nsuite", [...EVENTS].reverse().join(" → ")]);
    expect(body[2].slice(firstAnswer)).toEqual(["", "", ""]);
    for (const e of stored(smallQuizId)) {
      const row = body.find((r) => r[0] === e.displayName)!;
      expect(row[mark]).toBe(String(e.mark).replace(".", ","));
      expect(row.slice(firstAnswer)).toEqual(e.answers.map(asCell));
    }
    // No raw cell of the file starts a formula, whatever the student typed.
    for (const row of body) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(text).toContain(`"'${HYPERLINK.replace(/"/g, '""')}"`);
  });

  it("writes the English format with a decimal point and English headers", async () => {
    const exp = (await loadAttemptsExport(prisma, owner, smallQuizId))!;
    const [header, ...body] = parseCsv(attemptsCsv(exp, resultsMessages.en, spreadsheetFormat("en")), ",");
    expect(header.slice(8, 10)).toEqual(["Mark /20", "Late"]);
    expect(header.slice(-3)).toEqual(["Q1 answer", "Q2 answer", "Q3 answer"]);
    expect(body.map((r) => r[8])).toEqual(["13.3", "6.7", "0"]);
  });
});
