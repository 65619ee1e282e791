// Reads a JSON request body with a byte cap enforced while streaming (route handlers have no
// body limit of their own, and Content-Length may be absent or false).
import "server-only";

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
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BodyError(413, "body_too_large", `The body exceeds ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, "invalid_request", "The body is not valid JSON.");
  }
}

export function errorResponse(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}
