// Changing a signed-in teacher's password, and setting one from a reset code. Both end every
// other session of the account; the browser that made the change gets a fresh session.
import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from "@/lib/server/password";
import { clientIp } from "./client-ip";
import { consumePasswordReset } from "./password-reset";
import { clearFailures, reserve } from "./rate-limit";
import { startSession } from "./sessions";

export type PasswordField = "current" | "password" | "confirm" | "code";
export type PasswordError = "invalid_input" | "wrong_current" | "rate_limited" | "invalid_code";
export type PasswordResult = { ok: true } | { ok: false; error: PasswordError; fields: PasswordField[] };

const newPassword = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

function checkNew(password: unknown, confirm: unknown): PasswordField[] {
  if (!newPassword.safeParse(password).success) return ["password"];
  if (password !== confirm) return ["confirm"];
  return [];
}

function guessWindow() {
  return { max: env().SIGNIN_MAX_FAILURES, windowMs: env().RATE_WINDOW_MINUTES * 60_000 };
}

/** Needs the current password (guesses are rate-limited like sign-in, before hashing). */
export async function changePassword(teacherId: string, input: { current: unknown; password: unknown; confirm: unknown }): Promise<PasswordResult> {
  if (typeof input.current !== "string" || !input.current || input.current.length > PASSWORD_MAX_LENGTH) {
    return { ok: false, error: "invalid_input", fields: ["current"] };
  }
  const fields = checkNew(input.password, input.confirm);
  if (fields.length) return { ok: false, error: "invalid_input", fields };
  const key = `password:account:${teacherId}`;
  if (!(await reserve(key, guessWindow()))) return { ok: false, error: "rate_limited", fields: [] };
  const teacher = await prisma.teacher.findUnique({ where: { id: teacherId }, select: { passwordHash: true } });
  if (!teacher || !(await verifyPassword(teacher.passwordHash, input.current))) return { ok: false, error: "wrong_current", fields: ["current"] };
  await clearFailures(key);
  const passwordHash = await hashPassword(input.password as string);
  await prisma.$transaction([
    prisma.teacher.update({ where: { id: teacherId }, data: { passwordHash, passwordChangedAt: new Date() } }),
    prisma.session.deleteMany({ where: { teacherId } }),
  ]);
  await startSession(teacherId);
  return { ok: true };
}

/** Sets a new password from a one-time code printed by `npm run reset-password`. */
export async function resetPassword(input: { code: unknown; password: unknown; confirm: unknown }): Promise<PasswordResult> {
  if (typeof input.code !== "string" || !input.code.trim() || input.code.length > 64) return { ok: false, error: "invalid_input", fields: ["code"] };
  const fields = checkNew(input.password, input.confirm);
  if (fields.length) return { ok: false, error: "invalid_input", fields };
  // Codes are long, but guessing is still capped per address before any hash is computed.
  const ip = clientIp((await headers()).get("x-forwarded-for"), env().TRUST_PROXY);
  if (!(await reserve(`reset:ip:${ip}`, { ...guessWindow(), max: guessWindow().max * 4 }))) return { ok: false, error: "rate_limited", fields: [] };
  const passwordHash = await hashPassword(input.password as string);
  if (!(await consumePasswordReset(prisma, input.code, passwordHash))) return { ok: false, error: "invalid_code", fields: ["code"] };
  return { ok: true };
}
