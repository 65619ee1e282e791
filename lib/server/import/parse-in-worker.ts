// Runs the .docx and .pdf parsers in a worker thread, so a hostile file cannot stall every
// other request: a time budget (IMPORT_PARSE_TIMEOUT_MS) and a memory budget (heap limit of
// the worker, growth of the server's resident memory) terminate the worker, and at most
// MAX_CONCURRENT_PARSES run at once. The worker is the bundle scripts/build-worker.mjs makes
// (generated/import-worker.cjs), the same mechanism as the generator's worker.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import { AsyncSemaphore } from "@/lib/server/semaphore";
import { ImportError } from "./import-error";
import { MAX_CONCURRENT_PARSES, MAX_PARSE_RSS_GROWTH_BYTES, MAX_QUEUED_PARSES, PARSE_HEAP_MB } from "./limits";
import type { ParseReply, ParseRequest } from "./parse-worker-entry";

const slots = new AsyncSemaphore(MAX_CONCURRENT_PARSES);
let pending = 0;
const MEMORY_CHECK_MS = 50;

function workerFile(): string {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "generated", "import-worker.cjs");
  if (!fs.existsSync(file)) throw new Error("import worker not built: run `npm run build`");
  return file;
}

function parseOnce(req: ParseRequest, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB } });
    const baseline = process.memoryUsage.rss();
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(memory);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(new ImportError("file_timeout"))), timeoutMs);
    // Buffers live outside the worker's heap limit: watch the whole process instead.
    const memory = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > MAX_PARSE_RSS_GROWTH_BYTES) finish(() => reject(new ImportError("file_too_complex")));
    }, MEMORY_CHECK_MS);
    worker.once("message", (reply: ParseReply) => finish(() => (reply.ok ? resolve(reply.text) : reject(new ImportError(reply.code)))));
    worker.once("error", (e: Error & { code?: string }) =>
      finish(() => reject(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? new ImportError("file_too_complex") : e)),
    );
    worker.once("exit", (code) => finish(() => reject(new Error(`import worker exited with code ${code}`))));
    worker.postMessage(req);
  });
}

/** The raw text of a .docx or .pdf, parsed off the request thread within the import budgets. */
export async function parseInWorker(format: ParseRequest["format"], bytes: Uint8Array, options: { timeoutMs?: number } = {}): Promise<string> {
  if (pending >= MAX_CONCURRENT_PARSES + MAX_QUEUED_PARSES) throw new ImportError("import_busy");
  pending++;
  try {
    return await slots.run(() => parseOnce({ format, bytes }, options.timeoutMs ?? env().IMPORT_PARSE_TIMEOUT_MS));
  } finally {
    pending--;
  }
}
