// Reads and writes the participant cookie of one quiz, and resolves it to a Participant.
import "server-only";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import {
  hashParticipantToken,
  isWellFormedParticipantToken,
  participantCookieName,
  PARTICIPANT_COOKIE_MAX_AGE_S,
} from "./participant-token";

export interface CurrentParticipant {
  id: string;
  quizId: string;
  displayName: string;
  /** Attempts the teacher granted beyond the quiz's limit. */
  extraAttempts: number;
}

/** The token hash from this request's cookie for `quizId`, or null. */
export async function participantTokenHash(quizId: string): Promise<string | null> {
  const token = (await cookies()).get(participantCookieName(quizId))?.value;
  return isWellFormedParticipantToken(token) ? hashParticipantToken(token) : null;
}

/** The participant this device joined `quizId` as, or null. */
export async function currentParticipant(quizId: string): Promise<CurrentParticipant | null> {
  const tokenHash = await participantTokenHash(quizId);
  if (!tokenHash) return null;
  return prisma.participant.findFirst({
    where: { tokenHash, quizId },
    select: { id: true, quizId: true, displayName: true, extraAttempts: true },
  });
}

/** Only from a Server Action or a route handler (cookies are read-only while rendering). */
export async function setParticipantCookie(quizId: string, token: string): Promise<void> {
  (await cookies()).set(participantCookieName(quizId), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().COOKIE_SECURE,
    path: "/",
    maxAge: PARTICIPANT_COOKIE_MAX_AGE_S,
  });
}

export async function clearParticipantCookie(quizId: string): Promise<void> {
  (await cookies()).delete({ name: participantCookieName(quizId), path: "/" });
}
