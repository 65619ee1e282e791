// POST /api/attempts/:attemptId/progress — `{ "answered": n }` from the student's browser while
// answering (teacher's live list). Same-origin, this device's attempt only, tiny JSON body.
import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/lib/env";
import { recordProgress } from "@/lib/server/attempts/record-progress";
import { errorResponse } from "@/lib/server/http/read-json";
import { isSameOrigin } from "@/lib/server/http/same-origin";
import { readCappedBody } from "@/lib/server/http/read-capped-body";
import { hashParticipantToken, isWellFormedParticipantToken, participantCookieName } from "@/lib/server/participants/participant-token";

export const dynamic = "force-dynamic";

const Body = z.strictObject({ answered: z.number().int().min(0).max(1000) });
const NO_STORE = { "Cache-Control": "no-store" };

export async function POST(request: Request, context: { params: Promise<{ attemptId: string }> }): Promise<Response> {
  const { attemptId } = await context.params;
  if (!isSameOrigin(request.headers.get("origin"), request.headers.get("host"), env().APP_URL)) {
    return errorResponse(403, "forbidden_origin", "Cross-origin requests are refused.", NO_STORE);
  }
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    return errorResponse(415, "unsupported_media_type", "Send application/json.", NO_STORE);
  }
  // Capped while streaming, before any cookie is checked: nothing past 1 KiB is ever buffered.
  const bytes = request.body ? await readCappedBody(request.body, 1024) : Buffer.alloc(0);
  if (!bytes || bytes.length > 200) return errorResponse(413, "payload_too_large", "The body is too large.", NO_STORE);
  const raw = bytes.toString("utf8");
  let parsed;
  try {
    parsed = Body.safeParse(JSON.parse(raw));
  } catch {
    return errorResponse(400, "invalid_json", "The body is not valid JSON.", NO_STORE);
  }
  if (!parsed.success) return errorResponse(422, "invalid_body", "Send { \"answered\": <whole number> }.", NO_STORE);
  if (attemptId.length > 64) return errorResponse(404, "attempt_not_found", "No such attempt for this participant.", NO_STORE);
  const jar = await cookies();
  const outcome = await recordProgress(attemptId, parsed.data.answered, (quizId) => {
    const token = jar.get(participantCookieName(quizId))?.value;
    return isWellFormedParticipantToken(token) ? hashParticipantToken(token) : null;
  });
  if (outcome === "not_found") return errorResponse(404, "attempt_not_found", "No such attempt for this participant.", NO_STORE);
  if (outcome === "not_in_progress") return errorResponse(409, "already_submitted", "This attempt is no longer in progress.", NO_STORE);
  return new Response(null, { status: 204, headers: NO_STORE });
}
