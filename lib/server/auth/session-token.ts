// Session tokens: 256 random bits in the cookie, only their SHA-256 in the database, so a
// leaked database does not hand out live sessions.
import { createHash, randomBytes } from "node:crypto";

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reading pages does not turn into writes. */
export const SESSION_TOUCH_MS = 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sessionIdFromToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Cookie name: the __Host- prefix (Secure, Path=/, no Domain) only works over https. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-aq_session" : "aq_session";
}

/** A token we issued is 43 base64url characters; anything else is not looked up. */
export function isWellFormedToken(token: string | undefined): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export type SessionState = "valid" | "expired" | "idle";

export function sessionState(s: { expiresAt: Date; lastSeenAt: Date }, now: Date): SessionState {
  if (s.expiresAt.getTime() <= now.getTime()) return "expired";
  if (now.getTime() - s.lastSeenAt.getTime() >= SESSION_IDLE_MS) return "idle";
  return "valid";
}

export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_MS;
}
