// A dynamic segment of an API route. Next decodes it when the params are read, and a malformed
// %-escape ("/api/attempts/%ff/submit") throws there: pages get their 400 from proxy.ts, but API
// posts with a body do not pass the proxy, so the route reads its segment through this and
// answers a 4xx instead of a 500.
import "server-only";

export async function routeParam<K extends string>(params: Promise<Record<K, string>>, name: K): Promise<string | null> {
  try {
    const value = (await params)[name];
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}
