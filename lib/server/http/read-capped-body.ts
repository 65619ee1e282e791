// Reads a request body with a byte cap enforced while streaming: route handlers have no body
// limit of their own, and Content-Length may be absent or false.
import "server-only";

/** The body's bytes, or null as soon as they pass `maxBytes` (the stream is then cancelled). */
export async function readCappedBody(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
