// The results loaders on a real migrated database, checked against values computed by hand
// from the response-pattern table of lib/grading/fixtures/class-of-30.ts:
//   scores 5×2, 4×8, 3×7, 2×4, 1×6, 0×3 → Σ = 77, Σx² = 263, n = 30
//   mean 77/30, median 3, population variance 263/30 − (77/30)² = 1961/900
//   p = 20/30, 20/30, 12/30, 14/30, 11/30 → Σpq = 1049/900, KR-20 = 5/4 (1 − 1049/1961) = 1140/1961
//   upper 27 % (8) = a07 a08 a01–a06, lower 8 = a23–a30 → D = 6/8, 5/8, 2/8, 8/8, 8/8
//   corrected r_pb, e.g. q1: cov(item, rest) = 46/30 − (2/3)(57/30) = 0.2667,
//   var(rest) = 151/30 − 1.9² = 1.4233 → r = 0.2667 / √(2/9 · 1.4233) = 0.47416; q3: cov = 0 → r = 0.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { databaseFile } from "@/lib/database-url";
import { CLASS_OF_30_QUESTIONS } from "@/lib/grading/fixtures/class-of-30";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { insertAttempt, insertQuiz, insertTeacher, seedClassOf30, type SeededQuiz } from "@/tests/support/seed-class";
import { sqliteDb, type SqlDb } from "@/tests/support/sql-db";
import { attemptsCsv, questionsCsv } from "./csv-export";
import { itemVerdict } from "./item-notes";
import { loadAttemptDetail } from "./load-attempt";
import { loadDashboard } from "./load-dashboard";
import { loadAttemptsExport } from "./load-export";
import { loadQuizResults } from "./load-results";
import { loadResultsSummary } from "./load-summary";

let raw: Database.Database;
let db: SqlDb;
let owner: string;
let other: string;
let klass: SeededQuiz & { attemptIds: string[] };

beforeAll(async () => {
  raw = new Database(databaseFile(process.env.DATABASE_URL));
  raw.pragma("busy_timeout = 5000");
  db = sqliteDb(raw);
  owner = await insertTeacher(db, { email: "owner@example.test", name: "Mme Propriétaire" });
  other = await insertTeacher(db, { email: "other@example.test", name: "M. Autre" });
  klass = await seedClassOf30(db, { teacherId: owner, idPrefix: "k30" });
});

afterAll(() => raw.close());

describe("loadQuizResults on the class of 30", () => {
  it("summarises the class as computed by hand", async () => {
    const r = await loadQuizResults(prisma, owner, klass.quizId);
    expect(r).not.toBeNull();
    const s = r!.analysis.summary;
    expect(s.n).toBe(30);
    expect(s.mean).toBeCloseTo(77 / 30, 10);
    expect(s.median).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(1961 / 900), 10);
    expect(s.sd).toBeCloseTo(1.47611, 5);
    expect(s.min).toBe(0);
    expect(s.max).toBe(5);
    expect(s.meanPercent).toBeCloseTo(51.3333, 4);
    expect(s.kr20).toBeCloseTo(1140 / 1961, 10);
    expect(s.kr20).toBeCloseTo(0.58134, 5);
    // Percent bins: 0 % ×3, 20 % ×6, 40 % ×4, 60 % ×7, 80 % ×8, 100 % ×2 (last bin).
    expect(s.histogram.map((b) => b.count)).toEqual([3, 0, 6, 0, 4, 0, 7, 0, 8, 2]);
    expect(r!.analysis.groupSize).toBe(8);
    expect(r!.submittedCount).toBe(30);
    expect(r!.inProgressCount).toBe(0);
    expect(r!.lastSubmittedAt?.toISOString()).toBe("2026-03-02T08:38:30.000Z"); // a30: 30 min + 2 min + 390 s
  });

  it("computes p, D, corrected r_pb and omissions per question", async () => {
    const { analysis, questions } = (await loadQuizResults(prisma, owner, klass.quizId))!;
    expect(questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
    expect(analysis.items.map((i) => i.questionId)).toEqual(questions.map((q) => q.id));
    expect(analysis.items.map((i) => i.n)).toEqual([30, 30, 30, 30, 30]);
    expect(analysis.items.map((i) => i.correctCount)).toEqual([20, 20, 12, 14, 11]);
    const p = analysis.items.map((i) => i.p!);
    [20 / 30, 20 / 30, 12 / 30, 14 / 30, 11 / 30].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 12));
    const d = analysis.items.map((i) => i.discrimination!);
    [0.75, 0.625, 0.25, 1, 1].forEach((v, i) => expect(d[i]).toBeCloseTo(v, 12));
    const r = analysis.items.map((i) => i.pointBiserial!);
    [0.474156, 0.217571, 0, 0.640338, 0.451711].forEach((v, i) => expect(r[i]).toBeCloseTo(v, 5));
    expect(analysis.items.map((i) => i.omitted)).toEqual([1, 0, 0, 2, 1]);
  });

  it("counts each choice overall and in the upper and lower groups", async () => {
    const { analysis } = (await loadQuizResults(prisma, owner, klass.quizId))!;
    const [q1, q2, q3, q4, q5] = analysis.items;
    const pick = (item: typeof q1) =>
      item.choices!.map((c) => [c.choice, c.isKey, c.count, c.upper, c.lower]);
    expect(pick(q1)).toEqual([
      ["2 030", true, 20, 8, 2],
      ["1 600", false, 3, 0, 3],
      ["250", false, 1, 0, 1],
      ["2 000", false, 5, 0, 1],
    ]);
    expect(q1.choices!.map((c) => c.share)).toEqual([20 / 30, 3 / 30, 1 / 30, 5 / 30]);
    expect(pick(q2)).toEqual([
      ["Vrai", true, 20, 8, 3],
      ["Faux", false, 10, 0, 5],
    ]);
    expect(pick(q3)).toEqual([
      ["Astana", true, 12, 2, 0],
      ["Noursoultan", false, 9, 6, 2],
      ["Almaty", false, 7, 0, 4],
      ["Bichkek", false, 2, 0, 2],
    ]);
    expect(q4.choices).toBeNull();
    expect(q5.choices).toBeNull();
    expect(analysis.items.map((i) => i.invalid)).toEqual([0, 0, 0, 0, 0]);
    // Only the mis-keyed q3 is flagged; "250" (1 of 30 < 5 %) is q1's only dead distractor.
    expect(analysis.items.map((i) => i.keyFlag)).toEqual([false, false, true, false, false]);
    expect(analysis.items.map((i) => i.nonFunctioningDistractors)).toEqual([["250"], [], [], [], []]);
    expect(q4.wrongAnswers).toEqual([
      { answer: "Russie", count: 4 },
      { answer: "Kirghizstan", count: 2 },
      { answer: "Almaty", count: 1 },
      { answer: "Kazakh", count: 1 },
      { answer: "Kazatan", count: 1 },
      { answer: "Kirghizistan", count: 1 },
      { answer: "Moscou", count: 1 },
      { answer: "Ouzbékistan", count: 1 },
      { answer: "Tadjikistan", count: 1 },
      { answer: "je ne sais pas", count: 1 },
    ]);
  });

  it("words the teacher's notes: q3's key is suspect, q1 has a dead distractor", async () => {
    const { analysis } = (await loadQuizResults(prisma, owner, klass.quizId))!;
    const verdicts = analysis.items.map((i) => itemVerdict(i, analysis.groupSize));
    expect(verdicts.map((v) => v.keySuspect)).toEqual([false, false, true, false, false]);
    expect(verdicts[2].notes[0]).toEqual({ code: "key_suspect", choice: "Noursoultan", upper: 6, keyUpper: 2, groupSize: 8 });
    expect(verdicts[0].notes).toContainEqual({ code: "non_functioning", choices: ["250"] });
    expect(verdicts[3].notes).toContainEqual({ code: "frequent_wrong", answer: "Russie", count: 4 });
    expect(verdicts[4].notes).toEqual([{ code: "good" }]);
    const fr = resultsMessages.fr.notes.key_suspect("Noursoultan", 6, 2, 8);
    expect(fr).toContain("Les meilleurs élèves ont souvent choisi « Noursoultan »");
  });

  it("lists every participant with score, percent, time and attempt count", async () => {
    const { participants } = (await loadQuizResults(prisma, owner, klass.quizId))!;
    expect(participants).toHaveLength(30);
    const amelie = participants.find((p) => p.displayName === "Amélie B.")!;
    expect(amelie.attemptCount).toBe(1);
    expect(amelie.attempt.score).toBe(4);
    expect(amelie.attempt.maxScore).toBe(5);
    expect(amelie.attempt.percent).toBe(80);
    expect(amelie.attempt.durationMs).toBe(133_000);
    expect(amelie.attempt.id).toBe(klass.attemptIds[0]);
    const total = participants.reduce((sum, p) => sum + p.attempt.score, 0);
    expect(total).toBe(77);
  });
});

describe("best and latest attempts", () => {
  let quiz: SeededQuiz;
  beforeAll(async () => {
    quiz = await insertQuiz(db, { teacherId: owner, title: "Deux tentatives", questions: CLASS_OF_30_QUESTIONS, idPrefix: "two" });
    const t = (min: number) => new Date(Date.UTC(2026, 2, 3, 9, min));
    const right = { questions: CLASS_OF_30_QUESTIONS, quiz };
    const allRight = CLASS_OF_30_QUESTIONS.map((q) => ({ questionId: q.id, value: q.answer }));
    const allWrong = CLASS_OF_30_QUESTIONS.map((q) => ({ questionId: q.id, value: null }));
    const first = await insertAttempt(db, { ...right, displayName: "Léon", key: "01", responses: allRight, startedAt: t(0), durationMs: 60_000 });
    await insertAttempt(db, {
      ...right,
      participantId: first.participantId,
      displayName: "Léon",
      key: "02",
      number: 2,
      responses: allWrong,
      startedAt: t(10),
      durationMs: 30_000,
    });
    await insertAttempt(db, { ...right, displayName: "Maëlle", key: "03", responses: allWrong, startedAt: t(1), durationMs: 90_000 });
    await insertAttempt(db, { ...right, displayName: "Noé", key: "04", responses: allRight, startedAt: t(2), status: "in_progress", durationMs: 0 });
  });

  it("keeps one attempt per participant: the best or the latest", async () => {
    const best = (await loadQuizResults(prisma, owner, quiz.quizId, "best"))!;
    const latest = (await loadQuizResults(prisma, owner, quiz.quizId, "latest"))!;
    const leon = (r: typeof best) => r.participants.find((p) => p.displayName === "Léon")!;
    expect(best.participants).toHaveLength(2);
    expect(leon(best).attemptCount).toBe(2);
    expect([leon(best).attempt.number, leon(best).attempt.percent]).toEqual([1, 100]);
    expect([leon(latest).attempt.number, leon(latest).attempt.percent]).toEqual([2, 0]);
    expect(best.analysis.summary.n).toBe(2);
    expect(best.analysis.summary.mean).toBe(2.5);
    expect(latest.analysis.summary.mean).toBe(0);
    expect(best.submittedCount).toBe(3);
    expect(best.inProgressCount).toBe(1);
  });

  it("withholds discrimination judgements below five attempts", async () => {
    const best = (await loadQuizResults(prisma, owner, quiz.quizId, "best"))!;
    const v = itemVerdict(best.analysis.items[0], best.analysis.groupSize);
    expect(v).toEqual({ reliable: false, keySuspect: false, notes: [{ code: "too_few", n: 2 }] });
  });
});

describe("owner scoping", () => {
  it("gives another teacher nothing", async () => {
    expect(await loadQuizResults(prisma, other, klass.quizId)).toBeNull();
    expect(await loadResultsSummary(prisma, other, klass.quizId)).toBeNull();
    expect(await loadAttemptsExport(prisma, other, klass.quizId)).toBeNull();
    expect(await loadAttemptDetail(prisma, other, klass.quizId, klass.attemptIds[0])).toBeNull();
    expect(await loadDashboard(prisma, other)).toEqual([]);
  });

  it("does not show an attempt through another quiz's URL", async () => {
    const mine = await insertQuiz(db, { teacherId: owner, title: "Autre quiz", questions: CLASS_OF_30_QUESTIONS, idPrefix: "mine" });
    expect(await loadAttemptDetail(prisma, owner, mine.quizId, klass.attemptIds[0])).toBeNull();
    expect(await loadAttemptDetail(prisma, owner, klass.quizId, "missing")).toBeNull();
  });
});

describe("dashboard, live summary, attempt detail and CSV", () => {
  it("aggregates each quiz in one row", async () => {
    const draft = await insertQuiz(db, { teacherId: owner, title: "Brouillon vide", status: "draft", questions: [], idPrefix: "draft" });
    const rows = await loadDashboard(prisma, owner);
    const k = rows.find((r) => r.id === klass.quizId)!;
    expect(k).toMatchObject({ title: "Kazakhstan : l'OTSC envoie des troupes", status: "published", joinCode: "KZ2022", questionCount: 5, submittedCount: 30 });
    expect(k.averagePercent).toBeCloseTo(51.3333, 4);
    expect(k.createdAt).toBeInstanceOf(Date);
    const d = rows.find((r) => r.id === draft.quizId)!;
    expect(d).toMatchObject({ status: "draft", questionCount: 0, submittedCount: 0, averagePercent: null });
  });

  it("changes the live version when an attempt starts or is submitted", async () => {
    const before = (await loadResultsSummary(prisma, owner, klass.quizId))!;
    expect(before).toMatchObject({ submittedCount: 30, inProgressCount: 0 });
    const base = { quiz: klass, questions: CLASS_OF_30_QUESTIONS, responses: [] };
    await insertAttempt(db, { ...base, displayName: "Retardataire", key: "90", startedAt: new Date(), durationMs: 0, status: "in_progress" });
    const started = (await loadResultsSummary(prisma, owner, klass.quizId))!;
    expect(started.inProgressCount).toBe(1);
    expect(started.version).not.toBe(before.version);
    raw.prepare("DELETE FROM Participant WHERE id = ?").run(`${klass.idPrefix}-p90`);
    expect((await loadResultsSummary(prisma, owner, klass.quizId))!.version).toBe(before.version);
  });

  it("shows one student's answers with the key and the evidence", async () => {
    const d = (await loadAttemptDetail(prisma, owner, klass.quizId, klass.attemptIds[0]))!;
    expect(d.participant.displayName).toBe("Amélie B.");
    expect(d.attempt).toMatchObject({ score: 4, maxScore: 5, number: 1 });
    expect(d.answers.map((a) => a.correct)).toEqual([true, true, false, true, true]);
    expect(d.answers[2]).toMatchObject({ given: "Noursoultan", points: 0 });
    expect(d.answers[2].question.answer).toBe("Astana");
    expect(d.answers[2].question.evidenceText).toContain("Preuve de la question 3");
    expect(d.answers[4].given).toEqual(["Hausse du prix du carburant", "Manifestations à Almaty", "Limogeage du gouvernement", "Arrivée des troupes de l'OTSC"]);
    expect(d.otherAttempts).toEqual([{ id: klass.attemptIds[0], number: 1, status: "submitted", percent: 80 }]);
  });

  it("exports attempts and statistics as CSV with a BOM, accents and one row per attempt", async () => {
    const exp = (await loadAttemptsExport(prisma, owner, klass.quizId))!;
    const csv = attemptsCsv(exp, resultsMessages.fr);
    expect(csv.startsWith("\uFEFFParticipant,Tentative,Début,Remise,Durée (s),Score,Maximum,Pourcentage,Note /20,En retard,Q1,Q2,Q3,Q4,Q5,Q1 réponse,Q2 réponse,Q3 réponse,Q4 réponse,Q5 réponse\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(31);
    const amelie = lines.find((l) => l.startsWith("Amélie B.,"))!;
    expect(amelie).toMatch(/^Amélie B\.,1,2026-03-02T\d\d:01:00\+00:00,2026-03-02T\d\d:03:13\+00:00,133,4,5,80,16,non,1,1,0,1,1,2 030,Vrai,Noursoultan,Kazakhstan,Hausse du prix du carburant → Manifestations à Almaty → Limogeage du gouvernement → Arrivée des troupes de l'OTSC$/);
    expect(lines.find((l) => l.startsWith("Dorian E.,"))).toMatch(/,0,5,0,0,non,0,0,0,0,0,/);

    const stats = questionsCsv((await loadQuizResults(prisma, owner, klass.quizId))!, resultsMessages.fr);
    const statLines = stats.slice(1).split("\r\n").filter(Boolean);
    expect(statLines).toHaveLength(6);
    expect(statLines[3]).toBe(
      "3,\"En janvier 2022, quelle ville était la capitale du Kazakhstan ?\",QCM,30,12,40,0.25,0,0,oui,,Astana (✓): 12 | Noursoultan: 9 | Almaty: 7 | Bichkek: 2,",
    );
  });
});
