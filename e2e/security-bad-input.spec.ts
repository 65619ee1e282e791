// SEC-15: malformed requests get a clear 4xx, never a 500: Server Actions called with
// arguments of the wrong type, paths with malformed percent-encoding, and a sign-in `next`
// that a Location header cannot carry as typed.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type APIRequestContext } from "@playwright/test";

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/** Every Server Action id a page's HTML refers to (plain forms and bound actions). */
async function actionIds(request: APIRequestContext, path: string): Promise<string[]> {
  const html = decode(await (await request.get(path)).text());
  const ids = new Set<string>();
  for (const m of html.matchAll(/name="\$ACTION_ID_([0-9a-f]+)"/g)) ids.add(m[1]);
  for (const m of html.matchAll(/"id":"([0-9a-f]{20,})"/g)) ids.add(m[1]);
  return [...ids];
}

test("[SEC-15] Server Actions called with arguments of the wrong type answer 404, not 500", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  let checked = 0;
  for (const path of ["/", "/q/DEMO22", "/teacher/sign-in", "/teacher/sign-up"]) {
    const ids = await actionIds(request, path);
    expect(ids.length, `actions on ${path}`).toBeGreaterThan(0);
    for (const id of ids) {
      for (const body of ["[]", "[42]", '[{"x":1},"$undefined",5]', '["DEMO22",7,8]']) {
        const res = await request.post(path, {
          headers: { origin, "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
          data: body,
          maxRedirects: 0,
        });
        expect(res.status(), `${path} ${id} ${body}`).toBe(404);
        checked++;
      }
    }
  }
  expect(checked).toBeGreaterThanOrEqual(16);
});

test("[SEC-15] a path with malformed percent-encoding answers 400", async ({ request }) => {
  for (const path of ["/q/%ff", "/q/DEMO22/results/%E0%A4%A", "/teacher/quizzes/%ff", "/api/teacher/quizzes/%ff/export/gift", "/api/attempts/%c3%28/submit"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
  }
  // Well-formed encodings still reach their route.
  expect((await request.get("/q/%44EMO22")).status()).toBe(200);
});

test("[SEC-15] a JSON POST to an API path with malformed percent-encoding answers 400 JSON before any route", async ({ request, baseURL }) => {
  // Next's router throws on these before proxy.ts or the route runs (it answered 500); the
  // server in front of Next (scripts/serve.mjs) refuses them without reading the body.
  const origin = new URL(baseURL!).origin;
  for (const path of ["/api/attempts/%ff/submit", "/api/attempts/%E0%A4%A/submit", "/api/teacher/quizzes/%ff/export/gift"]) {
    const res = await request.post(path, {
      headers: { origin, "content-type": "application/json" },
      data: { idempotencyKey: "00000000-0000-4000-8000-000000000000", answers: [] },
      maxRedirects: 0,
    });
    expect(res.status(), path).toBe(400);
    expect(await res.json(), path).toEqual({ error: { code: "bad_request", message: expect.any(String) } });
  }
  // The same escape in a well-formed request still reaches its route.
  const ok = await request.post("/api/attempts/%41/submit", { headers: { origin, "content-type": "application/json" }, data: {} });
  expect([404, 422]).toContain(ok.status());
});

test("[SEC-15] a browser opening a page with malformed percent-encoding gets a French 400 page", async ({ page }) => {
  const res = await page.goto("/q/%ff");
  expect(res?.status()).toBe(400);
  expect(res?.headers()["content-type"]).toContain("text/html");
  await expect(page.getByRole("heading", { level: 1, name: "Adresse invalide" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Accueil / Home" })).toHaveAttribute("href", "/");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});

test("[SEC-15] a non-ASCII `next` on sign-in redirects to its percent-encoded form", async ({ page }) => {
  await page.goto(`/teacher/sign-in?next=${encodeURIComponent("/teacher/articles?titre=日本")}`);
  await page.getByLabel("Adresse e-mail").fill("demo@actuquiz.local");
  await page.getByLabel("Mot de passe").fill(process.env.DEMO_PASSWORD || "actuquiz-demo");
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/teacher/sign-in")),
    page.getByRole("button", { name: "Se connecter" }).click(),
  ]);
  expect(response.status()).toBeLessThan(400);
  await expect(page).toHaveURL(/\/teacher\/articles\?titre=%E6%97%A5%E6%9C%AC$/);
});
