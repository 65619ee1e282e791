import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createParticipant, createQuiz } from "@/tests/support/quiz-fixtures";
import { startAttempt } from "./start-attempt";

describe("starting an attempt", () => {
  it("numbers attempts, resumes the one in progress and stops at attemptsAllowed", async () => {
    const quiz = await createQuiz({ attemptsAllowed: 2 });
    const { participant } = await createParticipant(quiz.id);
    const first = await startAttempt(participant.id);
    expect(first).toMatchObject({ ok: true, resumed: false });
    expect(await startAttempt(participant.id)).toEqual({ ...first, resumed: true });
    if (!first.ok) return;
    await prisma.attempt.update({ where: { id: first.attemptId }, data: { status: "submitted" } });
    const second = await startAttempt(participant.id);
    expect(second).toMatchObject({ ok: true, resumed: false });
    if (!second.ok) return;
    await prisma.attempt.update({ where: { id: second.attemptId }, data: { status: "submitted" } });
    expect(await startAttempt(participant.id)).toEqual({ ok: false, reason: "no_attempts_left" });
    const rows = await prisma.attempt.findMany({ where: { participantId: participant.id }, orderBy: { number: "asc" } });
    expect(rows.map((r) => r.number)).toEqual([1, 2]);
    expect(rows[0].shuffleSeed).not.toBe(rows[1].shuffleSeed);
  });

  it("refuses closed and draft quizzes and unknown participants", async () => {
    for (const status of ["closed", "draft"]) {
      const quiz = await createQuiz({ status });
      const { participant } = await createParticipant(quiz.id);
      expect(await startAttempt(participant.id)).toEqual({ ok: false, reason: "closed" });
    }
    expect(await startAttempt("nobody")).toEqual({ ok: false, reason: "not_found" });
  });

  it("sets the deadline on the server from timeLimitSec", async () => {
    const quiz = await createQuiz({ timeLimitSec: 600 });
    const { participant } = await createParticipant(quiz.id);
    const now = new Date("2026-01-10T10:00:00Z");
    const started = await startAttempt(participant.id, now);
    if (!started.ok) throw new Error(started.reason);
    const a = await prisma.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(a.startedAt.toISOString()).toBe("2026-01-10T10:00:00.000Z");
    expect(a.deadlineAt?.toISOString()).toBe("2026-01-10T10:10:00.000Z");
    expect(a.status).toBe("in_progress");
    expect(a.late).toBe(false);
  });

  it("creates a single attempt when 5 starts race", async () => {
    const quiz = await createQuiz({ attemptsAllowed: 3 });
    const { participant } = await createParticipant(quiz.id);
    const outs = await Promise.all(Array.from({ length: 5 }, () => startAttempt(participant.id)));
    const ids = new Set(outs.map((o) => (o.ok ? o.attemptId : "")));
    expect(ids.size).toBe(1);
    expect(await prisma.attempt.count({ where: { participantId: participant.id } })).toBe(1);
  });

  it("counts every participant of one device: joining again under another name grants no new attempt", async () => {
    const quiz = await createQuiz({ attemptsAllowed: 2 });
    const device = "d".repeat(64);
    for (const name of ["Alice", "Bob"]) {
      const { participant } = await createParticipant(quiz.id, name, device);
      const started = await startAttempt(participant.id);
      if (!started.ok) throw new Error(started.reason);
      await prisma.attempt.update({ where: { id: started.attemptId }, data: { status: "submitted" } });
    }
    for (const name of ["Chloé", "Alice"]) {
      const { participant } = await createParticipant(quiz.id, name, device);
      expect(await startAttempt(participant.id)).toEqual({ ok: false, reason: "no_attempts_left" });
    }
    // Another device still has its own attempts.
    const { participant } = await createParticipant(quiz.id, "Alice", "e".repeat(64));
    expect(await startAttempt(participant.id)).toMatchObject({ ok: true, resumed: false });
  });
});
