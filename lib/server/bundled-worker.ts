// Runs one request in a fresh worker thread made from a bundle of scripts/build-worker.mjs
// (generated/*.cjs): the generator and the .docx/.pdf parsers. A time budget, and optionally a
// watch polled while it runs, terminate the worker: a cooperative deadline cannot stop a
// runaway regex or parser; terminate() can. The worker answers with one message.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";

/** The bundle's path under generated/; throws when the build has not made it. */
export function bundledWorkerFile(fileName: string, what: string): string {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "generated", fileName);
  if (!fs.existsSync(file)) throw new Error(`${what} not built: run \`npm run build\``);
  return file;
}

export interface WorkerJob {
  file: string;
  /** For the error when the worker exits without answering. */
  what: string;
  heapMb: number;
  timeoutMs: number;
  /** The error when the time budget runs out. */
  onTimeout: () => Error;
  /** The error for the worker's "error" event (default: that error). */
  onError?: (e: Error & { code?: string }) => Error;
  /** Started once the worker exists; its check runs every `everyMs` and an error stops the worker. */
  watch?: { everyMs: number; start: () => () => Error | null };
}

/** The worker's first message; the worker is terminated however it ends. */
export function runInWorker<Reply>(job: WorkerJob, request: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(job.file, { resourceLimits: { maxOldGenerationSizeMb: job.heapMb } });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(job.onTimeout())), job.timeoutMs);
    const check = job.watch?.start();
    const watch = check
      ? setInterval(() => {
          const e = check();
          if (e) finish(() => reject(e));
        }, job.watch!.everyMs)
      : undefined;
    worker.once("message", (reply: Reply) => finish(() => resolve(reply)));
    worker.once("error", (e: Error & { code?: string }) => finish(() => reject(job.onError ? job.onError(e) : e)));
    worker.once("exit", (code) => finish(() => reject(new Error(`${job.what} exited with code ${code}`))));
    worker.postMessage(request);
  });
}
