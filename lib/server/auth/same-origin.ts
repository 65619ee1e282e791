// CSRF guard for cookie-authenticated route handlers (Next checks Server Actions itself, not
// route handlers): the request must come from this site's own pages.
import "server-only";
import { env } from "@/lib/env";

export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return req.headers.get("sec-fetch-site") === "same-origin";
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const appUrl = env().APP_URL;
  if (appUrl && new URL(appUrl).host === originHost) return true;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  return !!host && host === originHost;
}
