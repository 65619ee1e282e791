// Sign-in, sign-up and sign-out. Sign-in is rate-limited per account and per client address
// BEFORE any hash is computed, so a password-guessing burst costs no CPU once limited. The
// slot is reserved atomically before the hash, so concurrent guesses cannot all pass the check.
import "server-only";
import { randomBytes } from "node:crypto";
import { headers } from "next/headers";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword, verifyPassword } from "@/lib/server/password";
import { clientIp, UNKNOWN_IP } from "./client-ip";
import { signInSchema, signUpSchema, type SignUpField } from "./credentials";
import { clearFailures, release, reserve, reserveAll, type Window } from "./rate-limit";
import { endSession, startSession, type SessionTeacher } from "./sessions";

export type SignInResult =
  | { ok: true; teacher: SessionTeacher }
  | { ok: false; error: "invalid_input" | "invalid_credentials" | "rate_limited"; retryAfterSec?: number };

/**
 * `ok` means "if this address had no account, it has one now": an address that already has an
 * account gets the very same answer (and costs the same hash), so sign-up does not tell who
 * has an account. Nobody is signed in by sign-up; the teacher signs in next.
 */
export type SignUpResult =
  | { ok: true }
  | { ok: false; error: "invalid_input"; fields: SignUpField[] }
  | { ok: false; error: "rate_limited"; fields: SignUpField[] };

/**
 * Several teachers may share one address (a school NAT), so the per-address ceiling is higher.
 * It applies only to an address a trusted proxy vouches for: without one, every client looks
 * the same and a shared bucket would let anyone lock every teacher out (README, "Security").
 */
const IP_FACTOR = 4;

function windows(): { account: Window; ip: Window } {
  const { SIGNIN_MAX_FAILURES, RATE_WINDOW_MINUTES } = env();
  const windowMs = RATE_WINDOW_MINUTES * 60_000;
  return { account: { max: SIGNIN_MAX_FAILURES, windowMs }, ip: { max: SIGNIN_MAX_FAILURES * IP_FACTOR, windowMs } };
}

async function requestIp(): Promise<string> {
  const h = await headers();
  return clientIp(h.get("x-forwarded-for"), env().TRUST_PROXY);
}

// Unknown e-mails are verified against this hash too, so response time does not reveal
// which addresses have an account.
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(24).toString("base64url"));
  return decoyHash;
}

export async function signIn(input: { email: unknown; password: unknown }): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid_input" };
  const { email, password } = parsed.data;
  const w = windows();
  const accountKey = `signin:account:${email}`;
  const ip = await requestIp();
  const buckets = [{ key: accountKey, window: w.account }];
  if (ip !== UNKNOWN_IP) buckets.push({ key: `signin:ip:${ip}`, window: w.ip });
  // Each check holds a slot until its outcome is known: a failure keeps it, a success gives it back.
  const slots = await reserveAll(buckets);
  if (!slots) {
    console.warn("auth: sign-in refused by rate limit");
    return { ok: false, error: "rate_limited", retryAfterSec: env().RATE_WINDOW_MINUTES * 60 };
  }
  const teacher = await prisma.teacher.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, locale: true, passwordHash: true },
  });
  const good = teacher ? await verifyPassword(teacher.passwordHash, password) : (await verifyPassword(await decoy(), password), false);
  if (!teacher || !good) {
    console.warn("auth: sign-in failed");
    return { ok: false, error: "invalid_credentials" };
  }
  await clearFailures(accountKey);
  await release(slots.filter((s) => s.key !== accountKey));
  await startSession(teacher.id);
  return { ok: true, teacher: { id: teacher.id, email: teacher.email, name: teacher.name, locale: teacher.locale } };
}

export async function signUp(input: { name: unknown; email: unknown; password: unknown; locale?: string }): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0]) as SignUpField))];
    return { ok: false, error: "invalid_input", fields };
  }
  const { name, email, password } = parsed.data;
  // Every well-formed sign-up costs a password hash: cap them per address before hashing.
  const signUpKey = `signup:ip:${await requestIp()}`;
  const signUpWindow = { max: env().SIGNUP_MAX_PER_HOUR, windowMs: 60 * 60_000 };
  // The slot is kept whatever the outcome: the ceiling counts creation attempts.
  if (!(await reserve(signUpKey, signUpWindow))) {
    console.warn("auth: sign-up refused by rate limit");
    return { ok: false, error: "rate_limited", fields: [] };
  }
  // Hash first in every case, so a taken address costs the same time as a new one.
  const passwordHash = await hashPassword(password);
  try {
    await prisma.teacher.create({ data: { name, email, passwordHash, locale: input.locale === "en" ? "en" : "fr" } });
  } catch (e) {
    // The address has an account (or another sign-up just took it): the same answer, nothing changes.
    if ((e as { code?: string }).code !== "P2002") throw e;
  }
  return { ok: true };
}

export async function signOut(): Promise<void> {
  await endSession();
}
