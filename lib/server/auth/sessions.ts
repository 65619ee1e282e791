// Database sessions behind an HttpOnly cookie. The cookie holds the token; the Session row id
// is its SHA-256. Rows are checked for idle (12 h) and absolute (7 days) expiry on each read.
import "server-only";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import {
  isWellFormedToken,
  needsTouch,
  newSessionToken,
  SESSION_ABSOLUTE_MS,
  sessionCookieName,
  sessionIdFromToken,
  sessionState,
} from "./session-token";

export interface SessionTeacher {
  id: string;
  email: string;
  name: string;
  locale: string;
}

function cookieName(): string {
  return sessionCookieName(env().COOKIE_SECURE);
}

/** Creates a session for `teacherId` and sets the cookie, dropping any session the browser had. */
export async function startSession(teacherId: string): Promise<void> {
  const store = await cookies();
  const previous = store.get(cookieName())?.value;
  if (isWellFormedToken(previous)) await prisma.session.deleteMany({ where: { id: sessionIdFromToken(previous) } });
  const token = newSessionToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await prisma.session.create({ data: { id: sessionIdFromToken(token), teacherId, createdAt: now, lastSeenAt: now, expiresAt } });
  store.set(cookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env().COOKIE_SECURE,
    expires: expiresAt,
  });
}

/** Deletes the browser's session row and its cookie. */
export async function endSession(): Promise<void> {
  const store = await cookies();
  const token = store.get(cookieName())?.value;
  if (isWellFormedToken(token)) await prisma.session.deleteMany({ where: { id: sessionIdFromToken(token) } });
  store.delete({ name: cookieName(), path: "/", secure: env().COOKIE_SECURE, httpOnly: true, sameSite: "lax" });
}

/** The signed-in teacher for this request's cookie, or null (missing, unknown or expired session). */
export async function readSession(now = new Date()): Promise<SessionTeacher | null> {
  const store = await cookies();
  const token = store.get(cookieName())?.value;
  if (!isWellFormedToken(token)) return null;
  const id = sessionIdFromToken(token);
  const session = await prisma.session.findUnique({
    where: { id },
    select: { lastSeenAt: true, expiresAt: true, teacher: { select: { id: true, email: true, name: true, locale: true } } },
  });
  if (!session) return null;
  if (sessionState(session, now) !== "valid") {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  if (needsTouch(session.lastSeenAt, now)) {
    await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return session.teacher;
}
