// SEC-3 and SEC-4: every protected page and route × every identity (anonymous, another
// teacher, the owner, student A and student B), with middleware-bypass headers and RSC
// variants. The app has no middleware at all: each page and route checks ownership itself.
import crypto from "node:crypto";
import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import { randomCode } from "./student-fixtures";
import { e2eAll, e2eRow, withE2eDb } from "./e2e-db";
import { insertSession, insertTeacher, seedClassOf30, sqlDate } from "../tests/support/seed-class";
import { waitForHydration } from "./teacher-support";

const BYPASS_HEADERS: Record<string, string>[] = [
  {},
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { RSC: "1" },
  { RSC: "1", "Next-Router-Prefetch": "1" },
  { "Next-Router-Segment-Prefetch": "/_tree" },
  { "x-forwarded-host": "evil.test" },
];

function seed() {
  const tag = crypto.randomBytes(4).toString("hex");
  const marker = `SECRETMARK${tag}`;
  const now = sqlDate(new Date());
  return withE2eDb((db) => db.tx(async () => {
    const owner = await insertTeacher(db, { email: `owner-${tag}@example.test`, name: "Owner" });
    const other = await insertTeacher(db, { email: `other-${tag}@example.test`, name: "Other" });
    const ownerToken = await insertSession(db, owner);
    const otherToken = await insertSession(db, other);
    const articleId = `acl-art-${tag}`;
    const quizId = `acl-quiz-${tag}`;
    const code = randomCode();
    const text = `Le 2 janvier, ${marker} a réuni 2 030 personnes à Almaty.`;
    await db.prepare("INSERT INTO Article (id, teacherId, title, text, language, importedVia, contentHash, createdAt) VALUES (?, ?, ?, ?, 'fr', 'paste', ?, ?)").run(articleId, owner, `Article ${marker}`, text, tag, now);
    await db.prepare(
      `INSERT INTO Quiz (id, teacherId, articleId, title, language, status, joinCode, attemptsAllowed, showAnswers, createdAt, updatedAt, publishedAt)
       VALUES (?, ?, ?, ?, 'fr', 'published', ?, 1, 'after_submit', ?, ?, ?)`,
    ).run(quizId, owner, articleId, `Quiz ${marker}`, code, now, now, now);
    await db.prepare(
      `INSERT INTO Question (id, quizId, position, kind, category, source, prompt, choices, answer, accepted, evidenceText, evidenceStart, evidenceEnd, explanation, difficulty, reviewState, origin, createdAt, updatedAt)
       VALUES (?, ?, 0, 'short_answer', 'comprehension', 'article', 'Combien de personnes ?', NULL, ?, '[]', ?, 0, ?, ?, 1, 'approved', 'manual', ?, ?)`,
    ).run(`acl-q-${tag}`, quizId, JSON.stringify("2 030"), text, text.length, `Explication ${marker}`, now, now);
    // A class of the owner's, with a roster student whose name and code carry the marker.
    const classId = `acl-class-${tag}`;
    const studentCode = `Q${tag.toUpperCase()}ZZZ`.replace(/[01ILO]/g, "Z").slice(0, 8);
    await db.prepare("INSERT INTO Classroom (id, teacherId, name, level, createdAt) VALUES (?, ?, ?, '4e', ?)").run(classId, owner, `Classe ${marker}`, now);
    await db.prepare("INSERT INTO Student (id, classroomId, displayName, code, createdAt) VALUES (?, ?, ?, ?, ?)").run(`acl-s-${tag}`, classId, `Élève ${marker}`, studentCode, now);
    await db.prepare("INSERT INTO QuizAssignment (quizId, classroomId, createdAt) VALUES (?, ?, ?)").run(quizId, classId, now);
    const spaceToken = crypto.randomBytes(32).toString("base64url");
    await db.prepare("INSERT INTO StudentSession (id, studentId, createdAt, expiresAt) VALUES (?, ?, ?, ?)").run(crypto.createHash("sha256").update(spaceToken).digest("hex"), `acl-s-${tag}`, now, sqlDate(new Date(Date.now() + 3600_000)));
    const students: { cookie: string; attemptId: string; participantId: string }[] = [];
    for (const who of ["A", "B"]) {
      const token = crypto.randomBytes(32).toString("base64url");
      const participantId = `acl-p${who}-${tag}`;
      const attemptId = crypto.randomUUID();
      // Student A joined with the roster code (linked to the student), B by the quiz code alone.
      await db.prepare("INSERT INTO Participant (id, quizId, displayName, tokenHash, studentId, createdAt) VALUES (?, ?, ?, ?, ?, ?)").run(participantId, quizId, `Élève ${who} ${marker}`, crypto.createHash("sha256").update(token).digest("hex"), who === "A" ? `acl-s-${tag}` : null, now);
      await db.prepare(
        "INSERT INTO Attempt (id, quizId, participantId, number, status, shuffleSeed, startedAt, submittedAt, durationMs, score, maxScore, idempotencyKey, payloadHash, late) VALUES (?, ?, ?, 1, 'submitted', 's', ?, ?, 1000, 1, 1, ?, 'h', FALSE)",
      ).run(attemptId, quizId, participantId, now, now, crypto.randomUUID());
      await db.prepare("INSERT INTO Response (id, attemptId, questionId, given, correct, points) VALUES (?, ?, ?, ?, TRUE, 1)").run(crypto.randomUUID(), attemptId, `acl-q-${tag}`, JSON.stringify("2030"));
      students.push({ cookie: `aq_p_${quizId}=${token}`, attemptId, participantId });
    }
    return { marker, articleId, quizId, code, owner, other, ownerToken, otherToken, students, classId, studentCode, spaceToken, questionId: `acl-q-${tag}`, studentId: `acl-s-${tag}` };
  }));
}

async function get(request: APIRequestContext, path: string, cookie: string | null, headers: Record<string, string> = {}) {
  const res = await request.get(path, { headers: { ...headers, ...(cookie ? { cookie } : {}) }, maxRedirects: 0 });
  return { status: res.status(), body: await res.text() };
}

test("[SEC-3/4] only the owner reads a quiz's teacher pages, exports and results", async ({ request }) => {
  test.setTimeout(180_000);
  const s = await seed();
  const teacherPaths = [
    `/teacher/articles/${s.articleId}`,
    `/teacher/quizzes/${s.quizId}`,
    `/teacher/quizzes/${s.quizId}/print`,
    `/teacher/quizzes/${s.quizId}/results`,
    `/teacher/quizzes/${s.quizId}/results/${s.students[0].attemptId}`,
    `/teacher/quizzes/${s.quizId}/results/participants/${s.students[0].participantId}`,
    `/api/teacher/quizzes/${s.quizId}/export/gift`,
    `/api/teacher/quizzes/${s.quizId}/export/moodle-xml`,
    `/api/teacher/quizzes/${s.quizId}/results/summary`,
    `/api/teacher/quizzes/${s.quizId}/results/export/attempts`,
    `/api/teacher/quizzes/${s.quizId}/results/export/questions`,
    `/teacher/classes/${s.classId}`,
    `/teacher/classes/${s.classId}/print`,
    `/teacher/classes/${s.classId}?remove=acl-s-${s.marker.slice(10)}`,
    `/teacher/classes/${s.classId}?delete=confirm`,
    `/teacher/classes/${s.classId}/gradebook`,
    `/api/teacher/classes/${s.classId}/gradebook/csv`,
    `/teacher/classes/${s.classId}/students/${s.studentId}`,
  ];
  const identities: { name: string; cookie: string | null; allowed: boolean }[] = [
    { name: "anonymous", cookie: null, allowed: false },
    { name: "other teacher", cookie: `aq_session=${s.otherToken}`, allowed: false },
    { name: "student A", cookie: s.students[0].cookie, allowed: false },
    { name: "student B", cookie: s.students[1].cookie, allowed: false },
    { name: "owner", cookie: `aq_session=${s.ownerToken}`, allowed: true },
  ];
  for (const who of identities) {
    for (const path of teacherPaths) {
      for (const headers of who.allowed ? [{}] : BYPASS_HEADERS) {
        for (const variant of who.allowed ? [path] : [path, `${path}?_rsc=1`]) {
          const r = await get(request, variant, who.cookie, headers);
          const label = `${who.name} ${variant} ${JSON.stringify(headers)}`;
          if (who.allowed) {
            expect(r.status, label).toBe(200);
          } else {
            expect([302, 303, 307, 308, 401, 403, 404], label).toContain(r.status);
            expect(r.body, label).not.toContain(s.marker);
          }
        }
      }
    }
  }
});

test("[SEC-3] the class list shows a teacher only their own classes; codes never reach students", async ({ request }) => {
  const s = await seed();
  const owner = await get(request, "/teacher/classes", `aq_session=${s.ownerToken}`);
  expect(owner.status).toBe(200);
  expect(owner.body).toContain(`Classe ${s.marker}`);
  for (const cookie of [`aq_session=${s.otherToken}`, s.students[0].cookie, s.students[1].cookie, null]) {
    const r = await get(request, "/teacher/classes", cookie);
    expect(r.body, String(cookie)).not.toContain(s.marker);
  }
  // The quiz page offers the personal-code form but shows no roster, names or codes.
  for (const cookie of [null, s.students[0].cookie, s.students[1].cookie]) {
    const r = await get(request, `/q/${s.code}`, cookie);
    expect(r.status).toBe(200);
    expect(r.body).not.toContain(s.studentCode);
    expect(r.body).not.toContain(`Classe ${s.marker}`);
  }
});

test("[SEC-3] the student space shows a student's own work only to their session", async ({ request }) => {
  const s = await seed();
  const own = await get(request, "/student", `aq_student=${s.spaceToken}`);
  expect(own.status).toBe(200);
  expect(own.body).toContain(`Élève ${s.marker}`);
  expect(own.body).toContain(`Quiz ${s.marker}`);
  // Its attempt-free history never shows another student's attempt (B answered anonymously).
  expect(own.body).not.toContain(`Élève B ${s.marker}`);
  for (const cookie of [null, `aq_session=${s.ownerToken}`, s.students[0].cookie, s.students[1].cookie, `aq_student=${"x".repeat(43)}`]) {
    for (const headers of BYPASS_HEADERS) {
      const r = await get(request, "/student", cookie, headers);
      expect([200, 307], `${cookie} ${JSON.stringify(headers)}`).toContain(r.status);
      expect(r.body, String(cookie)).not.toContain(s.marker);
    }
  }
});

test("[SEC-3] a student reads only their own attempt", async ({ request, baseURL }) => {
  const s = await seed();
  const [a, b] = s.students;
  const own = await get(request, `/q/${s.code}/results/${a.attemptId}`, a.cookie);
  expect(own.status).toBe(200);
  for (const [cookie, attemptId] of [
    [b.cookie, a.attemptId],
    [null, a.attemptId],
    [`aq_session=${s.otherToken}`, a.attemptId],
  ] as const) {
    const r = await get(request, `/q/${s.code}/results/${attemptId}`, cookie);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain(`Élève A ${s.marker}`);
  }
  // Submitting someone else's attempt is refused like a missing one.
  const forged = await request.post(`/api/attempts/${a.attemptId}/submit`, {
    headers: { cookie: b.cookie, origin: new URL(baseURL!).origin, "content-type": "application/json" },
    data: { idempotencyKey: crypto.randomUUID(), answers: [] },
  });
  expect([403, 404]).toContain(forged.status());
});

test("[SEC-3] practice: only the attempt's device retries it, only the student's own session reviews their cards", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const s = await seed();
  const [a, b] = s.students;
  const origin = new URL(baseURL!).origin;
  // A's answer was wrong, so the question is in A's retry and (due now) in the student's reviews.
  // Another roster student (C), signed in to their own space, has no card.
  const otherSpace = crypto.randomBytes(32).toString("base64url");
  await withE2eDb(async (db) => {
    await db.prepare("UPDATE Response SET correct = FALSE, points = 0 WHERE attemptId = ?").run(a.attemptId);
    await db.prepare("INSERT INTO ReviewCard (id, studentId, questionId, box, dueAt, rightReviews, createdAt) VALUES (?, ?, ?, 1, ?, 0, ?)").run(crypto.randomUUID(), s.studentId, s.questionId, sqlDate(new Date(Date.now() - 60_000)), sqlDate(new Date()));
    await db.prepare("INSERT INTO Student (id, classroomId, displayName, code, createdAt) VALUES (?, ?, 'Élève C', ?, ?)").run(`${s.studentId}-c`, s.classId, Array.from({ length: 8 }, () => "ABCDEFGHJKMNPQRSTUVWXYZ23456789"[crypto.randomInt(31)]).join(""), sqlDate(new Date()));
    await db.prepare("INSERT INTO StudentSession (id, studentId, createdAt, expiresAt) VALUES (?, ?, ?, ?)").run(crypto.createHash("sha256").update(otherSpace).digest("hex"), `${s.studentId}-c`, sqlDate(new Date()), sqlDate(new Date(Date.now() + 3600_000)));
  });
  const practicePage = `/q/${s.code}/results/${a.attemptId}/practice`;
  const own = await get(request, practicePage, a.cookie);
  expect(own.status).toBe(200);
  expect(own.body).toContain("Combien de personnes ?");
  // Before an answer, neither the evidence sentence nor the explanation is sent.
  expect(own.body).not.toContain("a réuni 2 030 personnes");
  expect(own.body).not.toContain(`Explication ${s.marker}`);
  for (const cookie of [b.cookie, null, `aq_session=${s.ownerToken}`, `aq_student=${s.spaceToken}`]) {
    for (const headers of BYPASS_HEADERS) {
      const r = await get(request, practicePage, cookie, headers);
      expect([307, 404], `${cookie} ${JSON.stringify(headers)}`).toContain(r.status);
      expect(r.body).not.toContain("Combien de personnes ?");
      expect(r.body).not.toContain(s.marker);
    }
  }
  const answer = (key = crypto.randomUUID()) => ({ idempotencyKey: key, answer: { questionId: s.questionId, text: "2030" } });
  const post = (path: string, cookie: string | null, data: unknown, from = origin) =>
    request.post(path, { headers: { ...(cookie ? { cookie } : {}), origin: from, "content-type": "application/json" }, data, maxRedirects: 0 });
  const retryApi = `/api/attempts/${a.attemptId}/practice`;
  for (const cookie of [b.cookie, null, `aq_session=${s.ownerToken}`, `aq_student=${s.spaceToken}`]) {
    const r = await post(retryApi, cookie, answer());
    expect(r.status(), String(cookie)).toBe(404);
    expect(await r.text()).not.toContain(s.marker);
  }
  expect((await post(retryApi, a.cookie, answer(), "http://evil.test")).status()).toBe(403);
  const retried = await post(retryApi, a.cookie, answer());
  expect(retried.status()).toBe(200);
  expect(await retried.json()).toMatchObject({ correct: true, replayed: false, card: null });

  // Reviews: the page and the answer route answer only the student's own session.
  const reviewsPage = await get(request, "/student/revisions", `aq_student=${s.spaceToken}`);
  expect(reviewsPage.status).toBe(200);
  expect(reviewsPage.body).toContain("Combien de personnes ?");
  for (const cookie of [null, a.cookie, `aq_session=${s.ownerToken}`, `aq_student=${"x".repeat(43)}`]) {
    for (const headers of BYPASS_HEADERS) {
      const r = await get(request, "/student/revisions", cookie, headers);
      expect([303, 307], `${cookie} ${JSON.stringify(headers)}`).toContain(r.status);
      expect(r.body).not.toContain("Combien de personnes ?");
    }
  }
  const other = await get(request, "/student/revisions", `aq_student=${otherSpace}`);
  expect(other.status).toBe(200);
  expect(other.body).not.toContain("Combien de personnes ?");
  for (const cookie of [null, a.cookie, `aq_session=${s.ownerToken}`]) {
    const r = await post("/api/student/review", cookie, answer());
    expect(r.status(), String(cookie)).toBe(401);
  }
  const stranger = await post("/api/student/review", `aq_student=${otherSpace}`, answer());
  expect(stranger.status()).toBe(404);
  expect(await stranger.text()).not.toContain(s.marker);
  expect((await post("/api/student/review", `aq_student=${s.spaceToken}`, answer(), "http://evil.test")).status()).toBe(403);
  // The student's own review: graded, the card moves once even when the request is retried.
  const key = crypto.randomUUID();
  const first = await post("/api/student/review", `aq_student=${s.spaceToken}`, answer(key));
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ correct: true, replayed: false, card: { box: 2, moved: true } });
  const again = await post("/api/student/review", `aq_student=${s.spaceToken}`, answer(key));
  expect(await again.json()).toMatchObject({ replayed: true, card: { box: 2, moved: false } });
});

/** Puts the owner's ids into the other teacher's own forms once React owns the inputs. */
async function forge(page: Page, ids: Record<string, string>) {
  await waitForHydration(page, 'input[name="quizId"]');
  await page.evaluate((ids) => {
    for (const [name, value] of Object.entries(ids)) {
      for (const input of document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) input.value = value;
    }
  }, ids);
}

test("[SEC-3] another teacher's forged regrade, override and accommodation actions change nothing", async ({ page, context }) => {
  test.setTimeout(180_000);
  const s = await seed();
  // The other teacher's own quiz, with a time limit, gives them every form to forge.
  const own = await withE2eDb(async (db) => {
    const own = await seedClassOf30(db, { teacherId: s.other, title: "Quiz de l'autre", joinCode: null, idPrefix: `acl-own-${s.code}` });
    await db.prepare("UPDATE Quiz SET timeLimitSec = 600 WHERE id = ?").run(own.quizId);
    return own;
  });
  await context.addCookies([{ name: "aq_session", value: s.otherToken, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
  const [a] = s.students;
  const target = { quizId: s.quizId, questionId: s.questionId, attemptId: a.attemptId, participantId: a.participantId };
  const notFound = page.getByRole("heading", { name: "Page introuvable" });

  const results = `/teacher/quizzes/${own.quizId}/results`;
  await page.goto(results);
  await forge(page, target);
  await page.getByTestId("item-q4").getByLabel("Réponse à accepter").fill("2030 mille");
  await page.getByTestId("item-q4").getByRole("button", { name: /Accepter pour tous/ }).last().click();
  await expect(notFound).toBeVisible();

  await page.goto(results);
  await forge(page, target);
  await page.getByTestId("item-q1").getByRole("button", { name: /En faire la bonne réponse/ }).first().click();
  await expect(notFound).toBeVisible();

  const attempt = `${results}/${own.attemptIds[0]}`;
  for (const button of ["Compter faux", "Accorder une tentative de plus", "Enregistrer le temps en plus"]) {
    await page.goto(attempt);
    await forge(page, target);
    await page.getByRole("button", { name: button }).first().click();
    await expect(notFound, button).toBeVisible();
  }

  const q = await e2eRow<{ answer: string; accepted: string }>("SELECT answer, accepted FROM Question WHERE id = ?", s.questionId);
  expect([q.answer, q.accepted]).toEqual([JSON.stringify("2 030"), "[]"]);
  expect(await e2eAll("SELECT correct, override FROM Response WHERE attemptId = ?", a.attemptId)).toEqual([{ correct: 1, override: null }]);
  expect(await e2eRow("SELECT extraAttempts, extraTimeSec FROM Participant WHERE id = ?", a.participantId)).toEqual({ extraAttempts: 0, extraTimeSec: 0 });
  expect((await e2eRow<{ n: number }>("SELECT COUNT(*) AS n FROM GradeChange WHERE quizId = ?", s.quizId)).n).toBe(0);
});

test("[SEC-3] the password page needs a teacher session; the reset page changes nothing without a valid code", async ({ request }) => {
  const s = await seed();
  for (const cookie of [null, s.students[0].cookie]) {
    const r = await get(request, "/teacher/account", cookie);
    expect([302, 303, 307, 308]).toContain(r.status);
  }
  expect((await get(request, "/teacher/account", `aq_session=${s.ownerToken}`)).status).toBe(200);
  // The reset page is public (a signed-out teacher uses it) and shows no account data.
  const reset = await get(request, "/teacher/reset-password?code=AAAA-BBBB-CCCC", null);
  expect(reset.status).toBe(200);
  expect(reset.body).not.toContain(s.marker);
});
