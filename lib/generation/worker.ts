// Runs the generator in a worker thread with a hard time budget: on timeout the worker is
// terminated (a cooperative deadline cannot stop a runaway regex; terminate() can).
// The entry is TypeScript, loaded through tsx: this wrapper is for the CLI, scripts, tests and
// benchmarks. The Next.js server runs the same entry from its bundle (scripts/build-worker.mjs).
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { GenerateError, type GenerateErrorCode, type GenerateRequest, type GenerateResult } from "./contract";

export interface WorkerOptions {
  timeoutMs?: number;
}

export function generateInWorker(req: GenerateRequest, { timeoutMs = 5000 }: WorkerOptions = {}): Promise<GenerateResult> {
  return new Promise((resolve, reject) => {
    const entry = fileURLToPath(new URL("./worker-entry.ts", import.meta.url));
    // tsx's loader hooks do not reach worker threads by themselves: register them in the worker.
    const boot = `require("tsx/cjs/api").register(); require(${JSON.stringify(entry)});`;
    // worker-entry.ts (shared with the bundled server worker) answers one request message.
    const worker = new Worker(boot, { eval: true });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new GenerateError("timeout", `Generation exceeded ${timeoutMs} ms.`))), timeoutMs);
    worker.once("message", (m: { ok: true; result: GenerateResult } | { ok: false; code: string; message: string }) => {
      finish(() => (m.ok ? resolve(m.result) : reject(new GenerateError(m.code as GenerateErrorCode, m.message))));
    });
    worker.once("error", (e) => finish(() => reject(e)));
    worker.postMessage(req);
    worker.once("exit", (code) => finish(() => reject(new Error(`generator worker exited with code ${code}`))));
  });
}
