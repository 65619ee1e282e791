// Getting back into a teacher account without e-mail: someone with access to the server runs
// `npm run reset-password -- <email>`, which prints a one-time code (and a link holding it),
// valid RESET_TTL_MS. Only the code's SHA-256 is stored; using it sets a new password, signs
// out every session of the account, and burns the code. Takes the Prisma client as a
// parameter (no "server-only"), so the CLI and the app share it.
import { createHash, randomInt } from "node:crypto";
import type { PrismaClient } from "../../../generated/prisma/client";

export const RESET_TTL_MS = 30 * 60_000;
// No look-alikes (0/O, 1/I/L): the code is read off a terminal and typed.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_GROUPS = 3;
const GROUP_LENGTH = 4;

/** "ABCD-EFGH-JKMN": 12 characters of a 31-letter alphabet, about 59 bits. */
export function newResetCode(): string {
  const groups = Array.from({ length: CODE_GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

/** Case, spaces and dashes do not matter when the code is typed back. */
export function normaliseResetCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  if (compact.length !== CODE_GROUPS * GROUP_LENGTH || ![...compact].every((c) => ALPHABET.includes(c))) return null;
  return compact.match(new RegExp(`.{${GROUP_LENGTH}}`, "g"))!.join("-");
}

export function hashResetCode(code: string): string {
  return createHash("sha256").update(`actuquiz-reset:${code}`).digest("hex");
}

/** A fresh code for the account at `email` (earlier unused codes stop working), or null. */
export async function createPasswordReset(db: PrismaClient, email: string, now = new Date()): Promise<{ code: string; expiresAt: Date } | null> {
  const teacher = await db.teacher.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!teacher) return null;
  const code = newResetCode();
  const expiresAt = new Date(now.getTime() + RESET_TTL_MS);
  await db.$transaction([
    db.passwordReset.deleteMany({ where: { teacherId: teacher.id, usedAt: null } }),
    db.passwordReset.create({ data: { teacherId: teacher.id, codeHash: hashResetCode(code), expiresAt, createdAt: now } }),
  ]);
  return { code, expiresAt };
}

/**
 * Uses `code` once: sets `passwordHash` and ends every session of the account. False for an
 * unknown, expired or already used code (the same answer for all three).
 */
export async function consumePasswordReset(db: PrismaClient, rawCode: string, passwordHash: string, now = new Date()): Promise<boolean> {
  const code = normaliseResetCode(rawCode);
  if (!code) return false;
  return db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUnique({ where: { codeHash: hashResetCode(code) }, select: { id: true, teacherId: true, usedAt: true, expiresAt: true } });
    if (!reset || reset.usedAt || reset.expiresAt.getTime() <= now.getTime()) return false;
    // Conditional on usedAt still being null: two concurrent uses cannot both pass.
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return false;
    await tx.teacher.update({ where: { id: reset.teacherId }, data: { passwordHash, passwordChangedAt: now } });
    await tx.session.deleteMany({ where: { teacherId: reset.teacherId } });
    return true;
  });
}
