// Reads a JSON request body with a byte cap enforced while streaming.
import "server-only";
import { readCappedBody } from "./read-capped-body";

export class BodyError extends Error {
  constructor(
    public readonly status: 400 | 413 | 415,
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new BodyError(415, "unsupported_media_type", "Send the body as application/json.");
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new BodyError(413, "body_too_large", `The body exceeds ${maxBytes} bytes.`);
  if (!req.body) throw new BodyError(400, "invalid_request", "The body is empty.");
  const bytes = await readCappedBody(req.body, maxBytes);
  if (!bytes) throw new BodyError(413, "body_too_large", `The body exceeds ${maxBytes} bytes.`);
  const text = bytes.toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, "invalid_request", "The body is not valid JSON.");
  }
}

export function errorResponse(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}
