// One random id per browser, in a long-lived HttpOnly cookie; the database keeps only its
// SHA-256 on each participant. The attempt limit of a quiz counts every participant of one
// device, so joining again under another name ("Not you?") grants no new attempts. A student
// who clears the browser's cookies gets a new device: without accounts nothing can tell.
import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import {
  DEVICE_COOKIE,
  DEVICE_COOKIE_MAX_AGE_S,
  hashParticipantToken,
  isWellFormedParticipantToken,
  newParticipantToken,
} from "./participant-token";

/** The hash of this request's device id, or null when the browser has none yet. */
export async function deviceHash(): Promise<string | null> {
  const token = (await cookies()).get(DEVICE_COOKIE)?.value;
  return isWellFormedParticipantToken(token) ? hashParticipantToken(token) : null;
}

/** The device id's hash, setting the cookie first when missing (Server Actions and route handlers only). */
export async function ensureDeviceHash(): Promise<string> {
  const existing = await deviceHash();
  if (existing) return existing;
  const token = newParticipantToken();
  (await cookies()).set(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().COOKIE_SECURE,
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE_S,
  });
  return hashParticipantToken(token);
}
