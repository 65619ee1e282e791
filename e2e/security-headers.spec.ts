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

test("[SEC-11] scripts run only with a fresh per-request nonce, and the pages still work", async ({ request, page }) => {
  const nonces = new Set<string>();
  for (const route of ["/", "/q/DEMO22", "/teacher/sign-in", "/"]) {
    const res = await request.get(route);
    const csp = res.headers()["content-security-policy"] ?? "";
    const script = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
    expect(script, route).not.toContain("'unsafe-inline'");
    expect(script, route).toContain("'strict-dynamic'");
    const nonce = script.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
    expect(nonce, route).toBeTruthy();
    nonces.add(nonce!);
    // Every script of the page carries it.
    const html = await res.text();
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(tags.length, route).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, route).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(4);
  // The client still hydrates: the language switch (a client-side action) works.
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  await page.goto("/teacher/sign-in");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { name: "Teacher sign-in" })).toBeVisible();
  await page.getByRole("button", { name: "Passer en français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(errors).toEqual([]);
});

test("[SEC-11] repository and data files are not served, and errors show no stack", async ({ request }) => {
  for (const route of ["/.git/config", "/.env", "/data/actuquiz.db", "/prisma/schema.prisma", "/package.json", "/node_modules/next/package.json"]) {
    const res = await request.get(route);
    expect(res.status(), route).toBe(404);
    const body = await res.text();
    expect(body, route).not.toMatch(/at \S+ \(|node_modules\/|\/work\/|Error: /);
  }
});
