// CSRF defence in depth for Server Actions: Next already refuses an action whose Origin does
// not match the Host, but answers with a 500; this turns it into a clean 403 before any action
// code runs. It authorises nothing else: every page, action and route checks access itself.
import { NextResponse, type NextRequest } from "next/server";
import { isSameOrigin } from "@/lib/server/http/same-origin";

export function proxy(request: NextRequest) {
  if (!isSameOrigin(request.headers.get("origin"), request.headers.get("host"), process.env.APP_URL)) {
    return NextResponse.json(
      { error: { code: "forbidden_origin", message: "Cross-origin form submissions are refused." } },
      { status: 403 },
    );
  }
  return NextResponse.next();
}

export const config = {
  // Only requests that can run a Server Action pay for the check: the client-side call (it
  // carries Next-Action) and the plain HTML form post used before hydration or without JS.
  // Form posts to /api/ are left out: no Server Action runs there, those routes check Origin
  // themselves, and a proxy in front of them would buffer the body and cut it at Next's
  // 10 MiB proxy limit, so an upload just over it reached the route truncated (a 500).
  matcher: [
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    { source: "/((?!api/).*)", has: [{ type: "header", key: "content-type", value: "application/x-www-form-urlencoded.*" }] },
  ],
};
