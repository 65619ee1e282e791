// Participant tokens: 32 random bytes in a per-quiz cookie, only their SHA-256 in the
// database, so a copy of the database cannot be used to act as a student.
import { createHash, randomBytes } from "node:crypto";

export const PARTICIPANT_COOKIE_PREFIX = "aq_p_";
/** Long enough to come back to results after the quiz closes. */
export const PARTICIPANT_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;

export function newParticipantToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashParticipantToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens we issue are 43 base64url characters; anything else is never looked up. */
export function isWellFormedParticipantToken(token: string | undefined): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function participantCookieName(quizId: string): string {
  return `${PARTICIPANT_COOKIE_PREFIX}${quizId}`;
}

/** The browser's device id cookie (see device-cookie.ts); set by proxy.ts on student pages. */
export const DEVICE_COOKIE = "aq_device";
export const DEVICE_COOKIE_MAX_AGE_S = 400 * 24 * 60 * 60;
