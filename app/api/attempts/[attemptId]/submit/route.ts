// POST /api/attempts/:attemptId/submit — grades and stores a student's answers.
// Protocol and rules: lib/server/attempts/submit-attempt.ts (README "Student workflow").
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { hashParticipantToken, isWellFormedParticipantToken, participantCookieName } from "@/lib/server/participants/participant-token";
import { isSameOrigin } from "@/lib/server/http/same-origin";
import { readCappedBody } from "@/lib/server/http/read-capped-body";
import { MAX_SUBMIT_BYTES } from "@/lib/server/attempts/submit-schema";
import { submitAttempt, submitError, type SubmitOutcome } from "@/lib/server/attempts/submit-attempt";

export const dynamic = "force-dynamic";

/**
 * The JSON reply with its length: a reply of known length under 1 KiB is sent as it is, where
 * Next would otherwise gzip a few hundred bytes through a fresh zlib stream for every
 * submission (a measurable share of its CPU); no-transform says the same to any proxy.
 */
function reply(outcome: SubmitOutcome): Response {
  const json = JSON.stringify(outcome.body);
  return new Response(json, {
    status: outcome.status,
    headers: {
      "Content-Type": "application/json",
      "Content-Length": String(Buffer.byteLength(json)),
      "Cache-Control": "no-store, no-transform",
    },
  });
}

export async function POST(request: Request, context: { params: Promise<{ attemptId: string }> }): Promise<Response> {
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
