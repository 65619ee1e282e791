// POST /api/attempts/:attemptId/submit — grades and stores a student's answers.
// Protocol and rules: lib/server/attempts/submit-attempt.ts (README "Student workflow").
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { hashParticipantToken, isWellFormedParticipantToken, participantCookieName } from "@/lib/server/participants/participant-token";
import { isSameOrigin } from "@/lib/server/http/same-origin";
import { readCappedBody } from "@/lib/server/http/read-capped-body";
import { MAX_SUBMIT_BYTES } from "@/lib/server/attempts/submit-schema";
import { submitAttempt, submitError, type SubmitOutcome } from "@/lib/server/attempts/submit-attempt";

export const dynamic = "force-dynamic";

function reply(outcome: SubmitOutcome): NextResponse {
  return NextResponse.json(outcome.body, { status: outcome.status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request, context: { params: Promise<{ attemptId: string }> }): Promise<NextResponse> {
  const { attemptId } = await context.params;
  if (!isSameOrigin(request.headers.get("origin"), request.headers.get("host"), env().APP_URL)) {
    return reply(submitError(403, "forbidden_origin", "Cross-origin submissions are refused."));
  }
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) {
    return reply(submitError(415, "unsupported_media_type", "Send the answers as application/json."));
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_SUBMIT_BYTES) return reply(submitError(413, "payload_too_large", "The submission is too large."));
  // Capped while streaming: a chunked body has no Content-Length, and this runs before the
  // participant cookie is checked, so nothing past the cap is ever buffered.
  const bytes = request.body ? await readCappedBody(request.body, MAX_SUBMIT_BYTES) : Buffer.alloc(0);
  if (!bytes) return reply(submitError(413, "payload_too_large", "The submission is too large."));
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString("utf8"));
  } catch {
    return reply(submitError(400, "invalid_json", "The body is not valid JSON."));
  }
  if (typeof attemptId !== "string" || attemptId.length > 64) {
    return reply(submitError(404, "attempt_not_found", "No such attempt for this participant."));
  }
  const jar = await cookies();
  const outcome = await submitAttempt({
    attemptId,
    body,
    tokenHashFor: (quizId) => {
      const token = jar.get(participantCookieName(quizId))?.value;
      return isWellFormedParticipantToken(token) ? hashParticipantToken(token) : null;
    },
  });
  return reply(outcome);
}
