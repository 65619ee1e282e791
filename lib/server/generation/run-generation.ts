// Runs the generator in a worker thread with a hard time budget, at most two at once, so a
// huge or hostile article cannot stall the students' requests on a 2-core server.
import "server-only";
import { env } from "@/lib/env";
import { GenerateError, type GenerateRequest, type GenerateResult } from "@/lib/generation/contract";
import { bundledWorkerFile, runInWorker } from "@/lib/server/bundled-worker";
import { BoundedSemaphore } from "@/lib/server/semaphore";

export class GenerationBusyError extends Error {}

// Two at once; past eight running or waiting, refused.
const slots = new BoundedSemaphore(2, 8, () => new GenerationBusyError("too many generations in progress"));

type Reply = { ok: true; result: GenerateResult } | { ok: false; code: string; message: string };

async function runOnce(req: GenerateRequest, timeoutMs: number): Promise<GenerateResult> {
  const msg = await runInWorker<Reply>(
    {
      file: bundledWorkerFile("generation-worker.cjs", "generation worker"),
      what: "generation worker",
      heapMb: 256,
      timeoutMs,
      onTimeout: () => new GenerateError("timeout", "La génération a dépassé le temps imparti."),
    },
    req,
  );
  if (msg.ok) return msg.result;
  if (msg.code === "internal") throw new Error(msg.message);
  throw new GenerateError(msg.code as GenerateError["code"], msg.message);
}

export async function runGeneration(req: GenerateRequest): Promise<GenerateResult> {
  return slots.run(() => runOnce(req, env().GENERATION_TIMEOUT_MS));
}
