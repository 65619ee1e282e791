// POST /api/generate — the generator's HTTP contract (same JSON as the CLI; see README).
import { leadingCalendarDate } from "@/lib/quiz/calendar-date";
import { z } from "zod";
import { GenerateError, MAX_COUNT, MAX_TEXT_CHARS, QUESTION_KINDS, QUESTION_SKILLS } from "@/lib/generation/contract";
import { BodyError, errorResponse, readJsonBody } from "@/lib/server/http/read-json";
import { GenerationBusyError, runGeneration } from "@/lib/server/generation/run-generation";

export const dynamic = "force-dynamic";

// Characters can take up to 4 bytes in UTF-8, plus JSON escaping headroom.
const MAX_BODY_BYTES = MAX_TEXT_CHARS * 4 + 64_000;

const GenerateBody = z
  .object({
    text: z.string(),
    title: z.string().max(500).optional(),
    language: z.enum(["fr", "en"]).optional(),
    count: z.number().int().min(1).max(MAX_COUNT).optional(),
    // A real calendar day: the generator would roll 2024-02-30 over to 1 March.
    date: z.string().refine((d) => leadingCalendarDate(d) !== null, "`date` must start with a real day, YYYY-MM-DD.").optional(),
    kinds: z.array(z.enum(QUESTION_KINDS)).max(QUESTION_KINDS.length).optional(),
    categories: z.array(z.enum(["comprehension", "current_affairs"])).max(2).optional(),
    skills: z.array(z.enum(QUESTION_SKILLS)).min(1).max(QUESTION_SKILLS.length).optional(),
  })
  .strict();

const STATUS: Record<GenerateError["code"], number> = {
  empty_text: 422,
  text_too_short: 422,
  text_too_long: 413,
  binary_content: 422,
  unsupported_language: 422,
  invalid_request: 400,
  timeout: 422,
};

export async function POST(req: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await readJsonBody(req, MAX_BODY_BYTES);
  } catch (e) {
    if (e instanceof BodyError) return errorResponse(e.status, e.code, e.message);
    return errorResponse(400, "invalid_request", "The body could not be read.");
  }
  const parsed = GenerateBody.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return errorResponse(400, "invalid_request", `${first.path.join(".") || "body"}: ${first.message}`);
  }
  try {
    return Response.json(await runGeneration(parsed.data));
  } catch (e) {
    if (e instanceof GenerateError) return errorResponse(STATUS[e.code] ?? 422, e.code, e.message);
    if (e instanceof GenerationBusyError) {
      return errorResponse(503, "busy", "Too many generations in progress; retry in a few seconds.", { "Retry-After": "5" });
    }
    console.error("generate: unexpected failure", e instanceof Error ? e.message : e);
    return errorResponse(500, "internal", "Generation failed.");
  }
}
