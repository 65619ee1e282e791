// SEC-11: security headers on every kind of route; no stack traces; repository files not served.
import { test, expect } from "@playwright/test";

const ROUTES = ["/", "/q/DEMO22", "/api/health", "/api/ping", "/teacher", "/this-page-does-not-exist"];

test("[SEC-11] every route type carries the security headers", async ({ request }) => {
  for (const route of ROUTES) {
    const res = await request.get(route, { maxRedirects: 0 });
    const h = res.headers();
    const csp = h["content-security-policy"] ?? "";
    expect(csp, route).toContain("object-src 'none'");
    expect(csp, route).toContain("frame-ancestors 'none'");
    expect(csp, route).toContain("base-uri 'none'");
    expect(h["x-content-type-options"], route).toBe("nosniff");
    expect(h["referrer-policy"], route).toBeTruthy();
    expect(h["x-powered-by"], route).toBeUndefined();
  }
});

test("[SEC-11] repository and data files are not served, and errors show no stack", async ({ request }) => {
  for (const route of ["/.git/config", "/.env", "/data/actuquiz.db", "/prisma/schema.prisma", "/package.json", "/node_modules/next/package.json"]) {
    const res = await request.get(route);
    expect(res.status(), route).toBe(404);
    const body = await res.text();
    expect(body, route).not.toMatch(/at \S+ \(|node_modules\/|\/work\/|Error: /);
  }
});
