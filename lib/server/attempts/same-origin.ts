// CSRF defence in depth for the submit route (SameSite=Lax cookies are the first line): a
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
