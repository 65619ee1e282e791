// The checks shared by the practice routes before any cookie is looked at: same origin, JSON,
// a small body read with a cap while it streams.
import "server-only";
import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { isSameOrigin } from "@/lib/server/http/same-origin";
import { readCappedBody } from "@/lib/server/http/read-capped-body";
import type { PracticeOutcome } from "./practice";

/** One answer: a 500-character text or 50 ordering ids fit well below it. */
export const MAX_PRACTICE_BYTES = 16 * 1024;

export function practiceReply(outcome: { status: number; body: unknown }): NextResponse {
  return NextResponse.json(outcome.body, { status: outcome.status, headers: { "Cache-Control": "no-store" } });
}

function refuse(status: number, code: string, message: string): { ok: false; response: NextResponse } {
  return { ok: false, response: practiceReply({ status, body: { error: { code, message } } }) };
}

export async function readPracticeRequest(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: NextResponse }> {
  if (!isSameOrigin(request.headers.get("origin"), request.headers.get("host"), env().APP_URL)) {
    return refuse(403, "forbidden_origin", "Cross-origin requests are refused.");
  }
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    return refuse(415, "unsupported_media_type", "Send the answer as application/json.");
  }
  if (Number(request.headers.get("content-length") ?? "0") > MAX_PRACTICE_BYTES) return refuse(413, "payload_too_large", "The answer is too large.");
  const bytes = request.body ? await readCappedBody(request.body, MAX_PRACTICE_BYTES) : Buffer.alloc(0);
  if (!bytes) return refuse(413, "payload_too_large", "The answer is too large.");
  try {
    return { ok: true, body: JSON.parse(bytes.toString("utf8")) };
  } catch {
    return refuse(400, "invalid_json", "The body is not valid JSON.");
  }
}

export type { PracticeOutcome };
