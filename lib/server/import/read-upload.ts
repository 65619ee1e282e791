// Reads a multipart import request with a byte cap enforced while streaming (route handlers
// have no body limit of their own, and Content-Length may be absent).
import "server-only";
import { ImportError } from "./import-error";

/** Multipart overhead allowance on top of the file cap (fields, boundaries). */
const FORM_OVERHEAD = 1024 * 1024;

export async function readCappedForm(req: Request, maxFileBytes: number): Promise<FormData> {
  const cap = maxFileBytes + FORM_OVERHEAD;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > cap) throw new ImportError("file_too_large");
  if (!req.body) throw new ImportError("empty");
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      throw new ImportError("file_too_large");
    }
    chunks.push(value);
  }
  const body = Buffer.concat(chunks);
  return new Response(body, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
}
