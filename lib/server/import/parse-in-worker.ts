// Runs the .docx and .pdf parsers in a worker thread, so a hostile file cannot stall every
// other request: a time budget (IMPORT_PARSE_TIMEOUT_MS) and a memory budget (heap limit of
// the worker, growth of the server's resident memory) terminate the worker, and at most
// MAX_CONCURRENT_PARSES run at once. The worker is the bundle scripts/build-worker.mjs makes
// (generated/import-worker.cjs), run the same way as the generator's (lib/server/bundled-worker.ts).
import "server-only";
import { env } from "@/lib/env";
import { bundledWorkerFile, runInWorker } from "@/lib/server/bundled-worker";
import { BoundedSemaphore } from "@/lib/server/semaphore";
import { ImportError } from "./import-error";
import { MAX_CONCURRENT_PARSES, MAX_PARSE_RSS_GROWTH_BYTES, MAX_QUEUED_PARSES, PARSE_HEAP_MB } from "./limits";
import type { ParseReply, ParseRequest } from "./parse-worker-entry";

const slots = new BoundedSemaphore(MAX_CONCURRENT_PARSES, MAX_CONCURRENT_PARSES + MAX_QUEUED_PARSES, () => new ImportError("import_busy"));
const MEMORY_CHECK_MS = 50;

async function parseOnce(req: ParseRequest, timeoutMs: number): Promise<string> {
  const reply = await runInWorker<ParseReply>(
    {
      file: bundledWorkerFile("import-worker.cjs", "import worker"),
      what: "import worker",
      heapMb: PARSE_HEAP_MB,
      timeoutMs,
      onTimeout: () => new ImportError("file_timeout"),
      onError: (e) => (e.code === "ERR_WORKER_OUT_OF_MEMORY" ? new ImportError("file_too_complex") : e),
      // Buffers live outside the worker's heap limit: watch the whole process instead.
      watch: {
        everyMs: MEMORY_CHECK_MS,
        start: () => {
          const baseline = process.memoryUsage.rss();
          return () => (process.memoryUsage.rss() - baseline > MAX_PARSE_RSS_GROWTH_BYTES ? new ImportError("file_too_complex") : null);
        },
      },
    },
    req,
  );
  if (reply.ok) return reply.text;
  throw new ImportError(reply.code);
}

/** The raw text of a .docx or .pdf, parsed off the request thread within the import budgets. */
export async function parseInWorker(format: ParseRequest["format"], bytes: Uint8Array, options: { timeoutMs?: number } = {}): Promise<string> {
  return slots.run(() => parseOnce({ format, bytes }, options.timeoutMs ?? env().IMPORT_PARSE_TIMEOUT_MS));
}
