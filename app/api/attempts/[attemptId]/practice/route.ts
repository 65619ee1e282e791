// POST /api/attempts/:attemptId/practice — one retry answer to a question missed in this
// device's submitted attempt; never changes the attempt (lib/server/learning/practice.ts).
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { hashParticipantToken, isWellFormedParticipantToken, participantCookieName } from "@/lib/server/participants/participant-token";
import { answerRetry } from "@/lib/server/learning/practice";
import { practiceReply, readPracticeRequest } from "@/lib/server/learning/practice-request";

export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ attemptId: string }> }): Promise<NextResponse> {
  const { attemptId } = await context.params;
  const read = await readPracticeRequest(request);
  if (!read.ok) return read.response;
  if (typeof attemptId !== "string" || attemptId.length > 64) {
    return practiceReply({ status: 404, body: { error: { code: "attempt_not_found", message: "No such attempt for this participant." } } });
  }
  const jar = await cookies();
  return practiceReply(
    await answerRetry({
      attemptId,
      body: read.body,
      tokenHashFor: (quizId) => {
        const token = jar.get(participantCookieName(quizId))?.value;
        return isWellFormedParticipantToken(token) ? hashParticipantToken(token) : null;
      },
    }),
  );
}
