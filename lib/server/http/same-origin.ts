// CSRF defence in depth for state-changing requests (SameSite=Lax cookies are the first line): a
// state-changing request must carry an Origin naming this host, or the configured APP_URL.
export function isSameOrigin(origin: string | null, host: string | null, appUrl?: string): boolean {
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  if (host && originHost === host.toLowerCase()) return true;
  if (appUrl) {
    try {
      return originHost === new URL(appUrl).host.toLowerCase();
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * The same check on a whole request. Without an Origin header, only the browser's own
 * Sec-Fetch-Site: same-origin is accepted (API clients without either are refused).
 */
export function isSameOriginRequest(req: Request, appUrl?: string): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return req.headers.get("sec-fetch-site") === "same-origin";
  return isSameOrigin(origin, req.headers.get("host"), appUrl);
}
