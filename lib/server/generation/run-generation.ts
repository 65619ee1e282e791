// Runs the generator in a worker thread with a hard time budget, at most two at once, so a
// huge or hostile article cannot stall the students' requests on a 2-core server.
import "server-only";
import path from "node:path";
import fs from "node:fs";
import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import { GenerateError, type GenerateRequest, type GenerateResult } from "@/lib/generation/contract";
import { AsyncSemaphore } from "@/lib/server/semaphore";

const slots = new AsyncSemaphore(2);
let queued = 0;
const MAX_QUEUED = 8;

function workerFile(): string {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "generated", "generation-worker.cjs");
  if (!fs.existsSync(file)) throw new Error("generation worker not built: run `npm run build`");
  return file;
}

function runOnce(req: GenerateRequest, timeoutMs: number): Promise<GenerateResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: 256 } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new GenerateError("timeout", "La génération a dépassé le temps imparti."));
    }, timeoutMs);
    worker.once("message", (msg: { ok: true; result: GenerateResult } | { ok: false; code: string; message: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (msg.ok) resolve(msg.result);
      else if (msg.code === "internal") reject(new Error(msg.message));
      else reject(new GenerateError(msg.code as GenerateError["code"], msg.message));
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    worker.postMessage(req);
  });
}

export class GenerationBusyError extends Error {}

export async function runGeneration(req: GenerateRequest): Promise<GenerateResult> {
  if (queued >= MAX_QUEUED) throw new GenerationBusyError("too many generations in progress");
  queued++;
  try {
    return await slots.run(() => runOnce(req, env().GENERATION_TIMEOUT_MS));
  } finally {
    queued--;
  }
}
