// Reads a multipart import request with a byte cap enforced while streaming.
import "server-only";
import { readCappedBody } from "../http/read-capped-body";
import { ImportError } from "./import-error";

/** Multipart overhead allowance on top of the file cap (fields, boundaries). */
const FORM_OVERHEAD = 1024 * 1024;

export async function readCappedForm(req: Request, maxFileBytes: number): Promise<FormData> {
  const cap = maxFileBytes + FORM_OVERHEAD;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > cap) throw new ImportError("file_too_large");
  if (!req.body) throw new ImportError("empty");
  const body = await readCappedBody(req.body, cap);
  if (!body) throw new ImportError("file_too_large");
  try {
    return await new Response(body, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    // A missing boundary, a truncated part, or a body that is not the form it says it is.
    throw new ImportError("invalid_form");
  }
}
