// Worker-thread entry: runs one generation off the request thread. Bundled by
// scripts/build-worker.mjs into generated/generation-worker.cjs.
import { parentPort } from "node:worker_threads";
import { generateQuiz } from "./generate";
import { GenerateError, type GenerateRequest } from "./contract";

parentPort?.on("message", (req: GenerateRequest) => {
  try {
    parentPort?.postMessage({ ok: true, result: generateQuiz(req) });
  } catch (e) {
    const code = e instanceof GenerateError ? e.code : "internal";
    const message = e instanceof GenerateError ? e.message : "generation failed";
    parentPort?.postMessage({ ok: false, code, message });
  }
});
