import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { consumePasswordReset, createPasswordReset, hashResetCode, normaliseResetCode, RESET_TTL_MS } from "@/lib/server/auth/password-reset";
import { createQuiz } from "@/tests/support/quiz-fixtures";

async function teacherWithSessions() {
  const { teacherId } = await createQuiz();
  const teacher = await prisma.teacher.findUniqueOrThrow({ where: { id: teacherId } });
  const expiresAt = new Date(Date.now() + 3600_000);
  await prisma.session.createMany({ data: ["s1", "s2"].map((s) => ({ id: `${s}-${teacherId}`, teacherId, expiresAt })) });
  return teacher;
}

describe("password reset codes", () => {
  it("normalises typed codes and refuses malformed ones", () => {
    expect(normaliseResetCode(" abcd efgh-jkmn ")).toBe("ABCD-EFGH-JKMN");
    for (const bad of ["", "ABCD-EFGH", "ABCD-EFGH-JKM0", "<script>alert(1)</script>", "x".repeat(10_000)]) expect(normaliseResetCode(bad)).toBeNull();
  });

  it("works once, stores only a hash, and signs every session out", async () => {
    const teacher = await teacherWithSessions();
    const reset = await createPasswordReset(prisma, teacher.email.toUpperCase());
    expect(reset?.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const row = await prisma.passwordReset.findFirstOrThrow({ where: { teacherId: teacher.id } });
    expect(row.codeHash).toBe(hashResetCode(reset!.code));
    expect(JSON.stringify(row)).not.toContain(reset!.code);

    const [a, b] = await Promise.all([
      consumePasswordReset(prisma, reset!.code.toLowerCase(), "new-hash-a"),
      consumePasswordReset(prisma, reset!.code, "new-hash-b"),
    ]);
    expect([a, b].sort()).toEqual([false, true]);
    const after = await prisma.teacher.findUniqueOrThrow({ where: { id: teacher.id } });
    expect(["new-hash-a", "new-hash-b"]).toContain(after.passwordHash);
    expect(await prisma.session.count({ where: { teacherId: teacher.id } })).toBe(0);
    expect(await consumePasswordReset(prisma, reset!.code, "again")).toBe(false);
  });

  it("expires, and a newer code replaces an older one", async () => {
    const teacher = await teacherWithSessions();
    const now = new Date();
    const old = await createPasswordReset(prisma, teacher.email, now);
    const fresh = await createPasswordReset(prisma, teacher.email, now);
    expect(await consumePasswordReset(prisma, old!.code, "h1", now)).toBe(false);
    expect(await consumePasswordReset(prisma, fresh!.code, "h2", new Date(now.getTime() + RESET_TTL_MS + 1))).toBe(false);
    expect((await prisma.teacher.findUniqueOrThrow({ where: { id: teacher.id } })).passwordHash).toBe(teacher.passwordHash);
    expect(await createPasswordReset(prisma, "nobody@example.test")).toBeNull();
  });

  it("npm run reset-password prints a working code and link, and fails clearly for an unknown address", async () => {
    const teacher = await teacherWithSessions();
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL };
    const { stdout } = await run("npx", ["tsx", "scripts/reset-password.ts", teacher.email, "--base-url", "http://192.168.1.10:3000/"], { env });
    const code = stdout.match(/code for .*: ([A-Z2-9-]{14})/)?.[1];
    expect(code).toBeTruthy();
    expect(stdout).toContain(`http://192.168.1.10:3000/teacher/reset-password?code=${code}`);
    expect(stdout).toContain("30 minutes");
    expect(await consumePasswordReset(prisma, code!, "cli-hash")).toBe(true);
    await expect(run("npx", ["tsx", "scripts/reset-password.ts", "nobody@example.test"], { env })).rejects.toMatchObject({ code: 1 });
    await expect(run("npx", ["tsx", "scripts/reset-password.ts"], { env })).rejects.toMatchObject({ code: 2 });
  }, 120_000);
});
