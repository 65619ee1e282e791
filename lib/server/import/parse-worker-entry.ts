// Worker-thread entry: turns one .docx or .pdf into raw text off the request thread. Bundled
// by scripts/build-worker.mjs into generated/import-worker.cjs, like the generator's worker.
// Nothing here may import "server-only": esbuild bundles this file for a plain Node worker.
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { textFromDocx } from "./from-docx";
import { textFromPdf } from "./from-pdf";
import { ImportError } from "./import-error";
import { MAX_TEXT_CHARS } from "./limits";

export interface ParseRequest {
  format: "docx" | "pdf";
  bytes: Uint8Array;
}

export type ParseReply = { ok: true; text: string } | { ok: false; code: ImportError["code"] };

// Linux keeps a nice value per thread: a slightly lower priority for this worker lets the
// server's request thread win the CPU while a file is parsed on a single busy core. Only
// slightly: at the lowest priority, a loaded machine starves the parse past its time budget.
const NICE = 5;
try {
  os.setPriority(NICE);
} catch {
  // Not permitted or not supported: the worker still runs at normal priority.
}

parentPort?.once("message", async (req: ParseRequest) => {
  let reply: ParseReply;
  try {
    const text = req.format === "docx" ? await textFromDocx(req.bytes) : await textFromPdf(req.bytes);
    // Far past the cap even before normalising: do not copy it back to the server thread.
    reply = text.length > MAX_TEXT_CHARS * 4 ? { ok: false, code: "text_too_long" } : { ok: true, text };
  } catch (e) {
    reply = { ok: false, code: e instanceof ImportError ? e.code : "corrupt_file" };
  }
  parentPort?.postMessage(reply);
});
