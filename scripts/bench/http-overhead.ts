// PERF-2: requests per second of a Next route handler and a Next page, each divided by a bare
// node:http server's, with the same load generator on the same machine in the same run.
import { runLoad, type LoadResult } from "./load";
import { benchPort, startBare } from "./processes";

const LOAD = { connections: 50, durationMs: 5_000 };

function row(r: LoadResult) {
  return { rps: Math.round(r.rps), p95Ms: +r.p95.toFixed(1), errors: r.errors };
}

export async function benchHttpOverhead(appUrl: string): Promise<Record<string, unknown>> {
  const bare = await startBare(benchPort(98));
  try {
    await runLoad({ url: bare.url, connections: 10, durationMs: 1_000 }); // warm-up
    await runLoad({ url: `${appUrl}/api/ping`, connections: 10, durationMs: 1_000 });
    const bareRes = await runLoad({ url: bare.url, ...LOAD });
    const handler = await runLoad({ url: `${appUrl}/api/ping`, ...LOAD });
    const page = await runLoad({ url: `${appUrl}/`, ...LOAD });
    return {
      bare: row(bareRes),
      nextHandler: row(handler),
      nextPage: row(page),
      ratioHandler: +(handler.rps / bareRes.rps).toFixed(3),
      ratioPage: +(page.rps / bareRes.rps).toFixed(3),
    };
  } finally {
    await bare.stop();
  }
}
