// Joining a quiz: join-code lookups with a failed-lookup rate limit per client address, and
// the creation of an anonymous participant.
import "server-only";
import { headers } from "next/headers";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIp, UNKNOWN_IP } from "@/lib/server/auth/client-ip";
import { withSyncTransaction } from "@/lib/db";
import { nextSlot, reserve, takeSlot, type Window } from "@/lib/server/auth/rate-limit";
import { normaliseJoinCode } from "@/lib/quiz/join-code";
import { getStartedQuizByCode, type PublicQuizSummary } from "@/lib/server/quizzes/public-quiz";
import { newParticipantToken, hashParticipantToken } from "./participant-token";

/** Failed lookups allowed per address: schools share one NAT address, so this is generous. */
export const JOIN_FAILURE_WINDOW: Window = { max: 30, windowMs: 10 * 60 * 1000 };
/** Without a trusted proxy every client shares one bucket, so its ceiling is higher. */
export const JOIN_FAILURE_WINDOW_SHARED: Window = { max: 200, windowMs: 10 * 60 * 1000 };
export const JOIN_WINDOW_MINUTES = 10;

export type CodeLookup =
  | { ok: true; quiz: PublicQuizSummary }
  | { ok: false; reason: "unavailable" | "rate_limited" };

async function requestIp(): Promise<string> {
  return clientIp((await headers()).get("x-forwarded-for"), env().TRUST_PROXY);
}

function limiter(ip: string): { key: string; window: Window } {
  return ip === UNKNOWN_IP
    ? { key: "join:shared", window: JOIN_FAILURE_WINDOW_SHARED }
    : { key: `join:ip:${ip}`, window: JOIN_FAILURE_WINDOW };
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
  const { key, window } = limiter(await requestIp());
  // The limit check, the lookup and the failure count are one transaction under the database
  // lock, so concurrent guesses cannot all pass the check; valid codes are never counted (a
  // whole class joining at once must not fill the window).
  const found = await withSyncTransaction((db) => {
    const slot = nextSlot(db, key, window, new Date());
    if (!slot) return "limited" as const;
    const row = db.prepare(`SELECT id, status FROM Quiz WHERE joinCode = ?`).get(joinCode) as { id: string; status: string } | undefined;
    if (row && (row.status === "published" || row.status === "closed")) return row;
    takeSlot(db, key, slot);
    return null;
  });
  if (found === "limited") return { ok: false, reason: "rate_limited" };
  if (found && (found.status === "published" || (await allowClosed(found.id)))) {
    const quiz = await getStartedQuizByCode(joinCode);
    if (quiz) return { ok: true, quiz };
  }
  // A closed quiz for a device that never joined it counts as a failed guess too.
  if (found) await reserve(key, window);
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
