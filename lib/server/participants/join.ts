// Joining a quiz: join-code lookups with a failed-lookup rate limit per client (browser and,
// behind a trusted proxy, address), and the creation of an anonymous participant.
import "server-only";
import { headers } from "next/headers";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIp, UNKNOWN_IP } from "@/lib/server/auth/client-ip";
import { withDbTransaction } from "@/lib/db";
import { nextSlots, reserveAll, takeSlots, type Window } from "@/lib/server/auth/rate-limit";
import { normaliseJoinCode } from "@/lib/quiz/join-code";
import { getStartedQuizByCode, type PublicQuizSummary } from "@/lib/server/quizzes/public-quiz";
import { deviceHash } from "./device-cookie";
import { newParticipantToken, hashParticipantToken } from "./participant-token";

/**
 * Failed lookups allowed per client in a window. A client is a browser (its device cookie) and,
 * behind a trusted proxy, an address too; a school shares one NAT address, so this is generous.
 */
export const JOIN_FAILURE_WINDOW: Window = { max: 30, windowMs: 10 * 60 * 1000 };
export const JOIN_WINDOW_MINUTES = 10;
/** Wrong personal codes from all clients without a device cookie, together. */
export const STUDENT_CODE_COOKIELESS_WINDOW: Window = { max: 100, windowMs: 10 * 60 * 1000 };

export type CodeLookup =
  | { ok: true; quiz: PublicQuizSummary }
  | { ok: false; reason: "unavailable" | "rate_limited" };

/**
 * The buckets this request's failures count in. There is deliberately no shared bucket for
 * clients we cannot tell apart: one scripted client would fill it and lock out every student
 * (README, "Security"). Without a device cookie and a trusted address, nothing is counted.
 */
export async function limits(prefix: "join" | "student-code" = "join"): Promise<{ key: string; window: Window }[]> {
  const out: { key: string; window: Window }[] = [];
  const device = await deviceHash();
  if (device) out.push({ key: `${prefix}:device:${device}`, window: JOIN_FAILURE_WINDOW });
  const ip = clientIp((await headers()).get("x-forwarded-for"), env().TRUST_PROXY);
  if (ip !== UNKNOWN_IP) out.push({ key: `${prefix}:ip:${ip}`, window: JOIN_FAILURE_WINDOW });
  // Personal codes guard a student's work for months: a client that sends no device cookie (a
  // browser on a student page always has one, set by proxy.ts) shares one bucket, so dropping
  // cookies does not buy unlimited guesses. Only such cookieless clients can be locked out.
  if (prefix === "student-code" && !out.length) out.push({ key: "student-code:cookieless", window: STUDENT_CODE_COOKIELESS_WINDOW });
  return out;
}

/**
 * Looks a join code up for a student. Unknown, draft and closed codes give the same answer;
 * `allowClosed` lets a device that already joined a closed quiz find it (to read results).
 * Malformed codes cannot guess anything and are not counted.
 */
export async function lookUpJoinCode(
  code: string,
  allowClosed: (quizId: string) => Promise<boolean> = async () => false,
): Promise<CodeLookup> {
  const joinCode = normaliseJoinCode(code);
  if (!joinCode) return { ok: false, reason: "unavailable" };
  const buckets = await limits();
  // The limit check, the lookup and the failure count are one transaction under the database
  // lock, so concurrent guesses cannot all pass the check; valid codes are never counted (a
  // whole class joining at once must not fill the window).
  const found = await withDbTransaction(async (db) => {
    const now = new Date();
    const slots = await nextSlots(db, buckets, now);
    if (slots.some((s) => !s.slot)) return "limited" as const;
    const row = (await db.prepare(`SELECT id, status FROM Quiz WHERE joinCode = ?`).get(joinCode)) as { id: string; status: string } | undefined;
    if (row && (row.status === "published" || row.status === "closed")) return row;
    await takeSlots(db, slots);
    return null;
  });
  if (found === "limited") return { ok: false, reason: "rate_limited" };
  if (found && (found.status === "published" || (await allowClosed(found.id)))) {
    const quiz = await getStartedQuizByCode(joinCode);
    if (quiz) return { ok: true, quiz };
  }
  // A closed quiz for a device that never joined it counts as a failed guess too.
  if (found && buckets.length) await reserveAll(buckets);
  return { ok: false, reason: "unavailable" };
}

/**
 * Creates the participant and returns the cookie token (only its hash is stored). `deviceHash`
 * ties it to the browser, whose attempts on the quiz all count against one limit.
 */
export async function createParticipant(quizId: string, displayName: string, deviceHash: string | null): Promise<{ id: string; token: string }> {
  const token = newParticipantToken();
  const p = await prisma.participant.create({
    data: { quizId, displayName, tokenHash: hashParticipantToken(token), deviceHash },
    select: { id: true },
  });
  return { id: p.id, token };
}
