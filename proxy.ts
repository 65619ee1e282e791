// Four jobs, nothing else (plus passing the page's path on, for the interface language) (every page, action and route checks access itself):
// 0. A path with malformed percent-encoding (`/q/%ff`) gets a 400 here: Next's router would
//    fail to decode the route parameter and answer 500.
// 1. CSRF defence in depth for Server Actions: Next already refuses an action whose Origin does
//    not match the Host, but answers with a 500; this turns it into a clean 403 before any
//    action code runs.
// 2. The device cookie of student pages: a browser without one gets a random id, on the
//    response and on the request itself, so the page it is rendering already counts failed
//    join codes per browser (lib/server/participants/join.ts).
// 3. The Content-Security-Policy with a fresh script nonce, on the request (Next reads the
//    nonce there and puts it on its own scripts) and on the response (lib/security/csp.ts).
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { hasMalformedEncoding } from "@/lib/security/malformed-path.mjs";
import { isSameOrigin } from "@/lib/server/http/same-origin";
import { PATH_HEADER } from "@/lib/i18n/path-header";
import {
  DEVICE_COOKIE,
  DEVICE_COOKIE_MAX_AGE_S,
  isWellFormedParticipantToken,
  newParticipantToken,
} from "@/lib/server/participants/participant-token";

function canRunAction(request: NextRequest): boolean {
  const type = request.headers.get("content-type") ?? "";
  return (
    request.headers.has("next-action") ||
    type.startsWith("multipart/form-data") ||
    type.startsWith("application/x-www-form-urlencoded")
  );
}

function isStudentPage(pathname: string): boolean {
  return pathname === "/" || pathname === "/q" || pathname.startsWith("/q/") || pathname === "/student" || pathname.startsWith("/student/");
}

function refuse(status: number, code: string, message: string, csp: string): NextResponse {
  const response = NextResponse.json({ error: { code, message } }, { status });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy(newNonce());
  if (hasMalformedEncoding(request.nextUrl.pathname)) return refuse(400, "bad_request", "Malformed URL encoding.", csp);
  if (canRunAction(request) && !isSameOrigin(request.headers.get("origin"), request.headers.get("host"), process.env.APP_URL)) {
    return refuse(403, "forbidden_origin", "Cross-origin form submissions are refused.", csp);
  }
  request.headers.set("Content-Security-Policy", csp);
  // The page's path, for the interface language of a quiz's student pages (lib/i18n/server.ts).
  request.headers.set(PATH_HEADER, request.nextUrl.pathname);
  const needsDevice = isStudentPage(request.nextUrl.pathname) && !isWellFormedParticipantToken(request.cookies.get(DEVICE_COOKIE)?.value);
  const token = needsDevice ? newParticipantToken() : null;
  if (token) request.cookies.set(DEVICE_COOKIE, token);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (token) {
    response.cookies.set(DEVICE_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: env().COOKIE_SECURE,
      path: "/",
      maxAge: DEVICE_COOKIE_MAX_AGE_S,
    });
  }
  return response;
}

export const config = {
  // Every page; API requests that carry no body (the encoding check concerns every route); and
  // any request that could run a Server Action: the client-side call (it carries Next-Action)
  // and the plain HTML form post used before hydration or without JS. Form posts to /api/ are
  // left out: no Server Action runs there, those routes check Origin themselves, and a proxy in
  // front of them would buffer the body and cut it at Next's 10 MiB proxy limit (a 500).
  matcher: [
    "/((?!api/|_next/static|_next/image|favicon.ico).*)",
    { source: "/api/:path*", missing: [{ type: "header", key: "content-type" }] },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    { source: "/((?!api/).*)", has: [{ type: "header", key: "content-type", value: "application/x-www-form-urlencoded.*" }] },
  ],
};
