import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const req = (headers: Record<string, string>) => new Request("http://app.test/api/x", { method: "POST", headers });

describe("isSameOriginRequest", () => {
  it("accepts the page's own origin and the configured public URL", () => {
    expect(isSameOriginRequest(req({ origin: "http://app.test", host: "app.test" }))).toBe(true);
    expect(isSameOriginRequest(req({ origin: "https://quiz.school.fr", host: "127.0.0.1:3000" }), "https://quiz.school.fr")).toBe(true);
  });

  it("refuses other origins, a forged forwarded host, and requests with neither Origin nor Sec-Fetch-Site", () => {
    expect(isSameOriginRequest(req({ origin: "http://evil.test", host: "app.test" }))).toBe(false);
    expect(isSameOriginRequest(req({ origin: "http://evil.test", host: "app.test", "x-forwarded-host": "evil.test" }))).toBe(false);
    expect(isSameOriginRequest(req({ host: "app.test" }))).toBe(false);
    expect(isSameOriginRequest(req({ host: "app.test", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(req({ host: "app.test", "sec-fetch-site": "same-origin" }))).toBe(true);
  });
});
