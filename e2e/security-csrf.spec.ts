// SEC-5: cross-origin state changes are refused: Server Actions (through proxy.ts) and the
// cookie-authenticated route handlers; the same action from the page's own origin works.
import { test, expect } from "@playwright/test";

async function localeActionId(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const html = await (await request.get("/")).text();
  const id = html.match(/name="\$ACTION_ID_([0-9a-f]+)"/)?.[1];
  expect(id, "the header's language form is a server action").toBeTruthy();
  return id!;
}

test("[SEC-5] a cross-origin Server Action is refused with 403 and changes nothing", async ({ request, baseURL }) => {
  const id = await localeActionId(request);
  // The plain HTML form post (before hydration, or without JavaScript) and the client call.
  const form = { [`$ACTION_ID_${id}`]: "", lang: "en" };
  const variants: Record<string, string>[] = [{}, { "next-action": id }];
  for (const extra of variants) {
    const forged = await request.post("/", { headers: { origin: "http://evil.test", ...extra }, multipart: form, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    expect(forged.headers()["set-cookie"]).toBeUndefined();
    const missing = await request.post("/", { headers: { ...extra }, multipart: form, maxRedirects: 0 });
    expect(missing.status()).toBe(403);
  }
  const own = await request.post("/", { headers: { origin: new URL(baseURL!).origin }, multipart: form, maxRedirects: 0 });
  expect(own.status()).toBeLessThan(400);
  expect(own.headers()["set-cookie"] ?? "").toContain("lang=en");
});

test("[SEC-5] cookie-authenticated route handlers refuse cross-origin posts", async ({ request }) => {
  const submit = await request.post("/api/attempts/some-attempt/submit", {
    headers: { origin: "http://evil.test", "content-type": "application/json" },
    data: { idempotencyKey: "6f1c1b5e-1d5e-4a8e-9a77-0d7d3f1f2a10", answers: [] },
  });
  expect(submit.status()).toBe(403);
  const upload = await request.post("/api/teacher/articles", {
    headers: { origin: "http://evil.test", "sec-fetch-site": "cross-site" },
    multipart: { mode: "paste", text: "x" },
    maxRedirects: 0,
  });
  expect(upload.status()).toBe(403);
});
