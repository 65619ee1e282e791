import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { startAttempt } from "@/lib/server/attempts/start-attempt";
import { submitAttempt } from "@/lib/server/attempts/submit-attempt";
import { createParticipant, createQuiz } from "@/tests/support/quiz-fixtures";
import { loadGradeChanges } from "@/lib/server/results/load-grade-changes";
import { AccommodationError, grantExtraAttempt, MAX_EXTRA_ATTEMPTS, setExtraTime } from "./accommodations";

async function submitEmpty(participant: Awaited<ReturnType<typeof createParticipant>>) {
  const started = await startAttempt(participant.participant.id);
  if (!started.ok) throw new Error(started.reason);
  const out = await submitAttempt({ attemptId: started.attemptId, tokenHashFor: () => participant.tokenHash, body: { idempotencyKey: randomUUID(), answers: [] } });
  expect(out.status).toBe(200);
}

const isCode = (code: string) => (e: unknown) => e instanceof AccommodationError && e.code === code;

describe("accommodations for one participant", () => {
  it("one more attempt is enforced by the server, granted once however often the request comes", async () => {
    const quiz = await createQuiz({ attemptsAllowed: 1 });
    const p = await createParticipant(quiz.id, "Ana", "device-ana");
    await submitEmpty(p);
    expect(await startAttempt(p.participant.id)).toEqual({ ok: false, reason: "no_attempts_left" });

    const [a, b] = await Promise.all([
      grantExtraAttempt(quiz.teacherId, quiz.id, p.participant.id, 0),
      grantExtraAttempt(quiz.teacherId, quiz.id, p.participant.id, 0),
    ]);
    expect([a.changed, b.changed].sort()).toEqual([false, true]);
    expect((await prisma.participant.findUniqueOrThrow({ where: { id: p.participant.id } })).extraAttempts).toBe(1);

    await submitEmpty(p);
    expect(await startAttempt(p.participant.id)).toEqual({ ok: false, reason: "no_attempts_left" });
    // Joining again under another name on the same phone does not inherit the grant.
    const alias = await createParticipant(quiz.id, "Ana bis", "device-ana");
    expect(await startAttempt(alias.participant.id)).toEqual({ ok: false, reason: "no_attempts_left" });
  });

  it("extra minutes move the deadline of the attempt in progress and of the next ones", async () => {
    const quiz = await createQuiz({ timeLimitSec: 600, attemptsAllowed: 2 });
    const p = await createParticipant(quiz.id);
    const started = await startAttempt(p.participant.id);
    if (!started.ok) throw new Error(started.reason);
    const before = (await prisma.attempt.findUniqueOrThrow({ where: { id: started.attemptId } })).deadlineAt!;

    expect(await setExtraTime(quiz.teacherId, quiz.id, p.participant.id, 15)).toMatchObject({ changed: true, extraTimeSec: 900 });
    expect(await setExtraTime(quiz.teacherId, quiz.id, p.participant.id, 15)).toMatchObject({ changed: false });
    const moved = (await prisma.attempt.findUniqueOrThrow({ where: { id: started.attemptId } })).deadlineAt!;
    expect(moved.getTime() - before.getTime()).toBe(15 * 60_000);

    // Submitting 20 minutes in is on time with the extra 15.
    const out = await submitAttempt({
      attemptId: started.attemptId,
      tokenHashFor: () => p.tokenHash,
      body: { idempotencyKey: randomUUID(), answers: [] },
      now: new Date(before.getTime() + 10 * 60_000),
    });
    expect(out.body).toMatchObject({ late: false });

    const now = new Date();
    const next = await startAttempt(p.participant.id, now);
    if (!next.ok) throw new Error(next.reason);
    const deadline = (await prisma.attempt.findUniqueOrThrow({ where: { id: next.attemptId } })).deadlineAt!;
    expect(deadline.getTime() - now.getTime()).toBe((600 + 900) * 1000);
  });

  it("refuses another teacher, a quiz without a time limit, bad minutes and too many attempts", async () => {
    const quiz = await createQuiz({ timeLimitSec: null });
    const other = await createQuiz();
    const p = await createParticipant(quiz.id);
    await expect(grantExtraAttempt(other.teacherId, quiz.id, p.participant.id, 0)).rejects.toSatisfy(isCode("not_found"));
    await expect(setExtraTime(other.teacherId, quiz.id, p.participant.id, 5)).rejects.toSatisfy(isCode("not_found"));
    await expect(setExtraTime(quiz.teacherId, quiz.id, p.participant.id, 5)).rejects.toSatisfy(isCode("no_time_limit"));
    for (const bad of [-1, 1.5, 241, Number.NaN]) {
      await expect(setExtraTime(quiz.teacherId, quiz.id, p.participant.id, bad)).rejects.toSatisfy(isCode("invalid_minutes"));
    }
    await prisma.participant.update({ where: { id: p.participant.id }, data: { extraAttempts: MAX_EXTRA_ATTEMPTS } });
    await expect(grantExtraAttempt(quiz.teacherId, quiz.id, p.participant.id, MAX_EXTRA_ATTEMPTS)).rejects.toSatisfy(isCode("too_many_extra"));
    expect((await prisma.participant.findUniqueOrThrow({ where: { id: p.participant.id } })).extraTimeSec).toBe(0);
  });

  it("writes one audit line per grant (who, for whom, what), none for a repeat, even for a student who never started", async () => {
    const quiz = await createQuiz({ timeLimitSec: 600, attemptsAllowed: 1 });
    await prisma.teacher.update({ where: { id: quiz.teacherId }, data: { name: "M. Martin" } });
    const p = await createParticipant(quiz.id, "Dina");
    expect(await prisma.attempt.count({ where: { participantId: p.participant.id } })).toBe(0);
    await grantExtraAttempt(quiz.teacherId, quiz.id, p.participant.id, 0);
    await grantExtraAttempt(quiz.teacherId, quiz.id, p.participant.id, 0);
    await setExtraTime(quiz.teacherId, quiz.id, p.participant.id, 10);
    await setExtraTime(quiz.teacherId, quiz.id, p.participant.id, 10);
    await expect(setExtraTime(quiz.teacherId, quiz.id, p.participant.id, 999)).rejects.toSatisfy(isCode("invalid_minutes"));

    const lines = await loadGradeChanges(prisma, quiz.teacherId, quiz.id, { participantId: p.participant.id });
    expect(lines.map((l) => [l.action, l.displayName, l.teacherName, l.detail.from, l.detail.to]).sort()).toEqual([
      ["extra_attempt", "Dina", "M. Martin", "0", "1"],
      ["extra_time", "Dina", "M. Martin", "0", "10"],
    ]);
    // The not-started student can now start, with the extra minutes on the deadline.
    const now = new Date();
    const started = await startAttempt(p.participant.id, now);
    if (!started.ok) throw new Error(started.reason);
    const deadline = (await prisma.attempt.findUniqueOrThrow({ where: { id: started.attemptId } })).deadlineAt!;
    expect(deadline.getTime() - now.getTime()).toBe((600 + 600) * 1000);
    // Another teacher sees none of these lines.
    const other = await createQuiz();
    expect(await loadGradeChanges(prisma, other.teacherId, quiz.id)).toEqual([]);
  });
});
