import { describe, expect, it } from "vitest";
import { normaliseDisplayName } from "./display-name";
import { isSameOrigin } from "../http/same-origin";

describe("display names", () => {
  it("trims, collapses spaces and applies NFKC", () => {
    expect(normaliseDisplayName("  Zoé   Martin \n")).toBe("Zoé Martin");
    expect(normaliseDisplayName("Ｌｅａ")).toBe("Lea");
    expect(normaliseDisplayName("Zoe\u0301")).toBe("Zoé");
    expect(normaliseDisplayName("a\u200bb\u0007c")).toBe("abc");
  });

  it("accepts 1 to 40 characters only", () => {
    expect(normaliseDisplayName("   ")).toBeNull();
    expect(normaliseDisplayName("")).toBeNull();
    expect(normaliseDisplayName(null)).toBeNull();
    expect(normaliseDisplayName("x".repeat(40))).toBe("x".repeat(40));
    expect(normaliseDisplayName("x".repeat(41))).toBeNull();
    // Characters, not UTF-16 units: 40 emoji fit.
    expect(normaliseDisplayName("🙂".repeat(40))).toBe("🙂".repeat(40));
  });
});

describe("blank-looking and Zalgo names", () => {
  it("refuses names that draw nothing", () => {
    for (const blank of ["\u3164", "\u3164\u3164 \u3164", "\u2800\u2800", "\u115F\u1160", "\uFFA0", "\u200B\u3164", "\u0301\u0301"]) {
      expect(normaliseDisplayName(blank), JSON.stringify(blank)).toBeNull();
    }
    expect(normaliseDisplayName("Léa\u3164\u3164Martin")).toBe("Léa Martin");
  });

  it("refuses piles of combining marks but keeps real diacritics", () => {
    expect(normaliseDisplayName("Z\u0351\u0361\u0315\u035C\u0360a\u0337\u031B\u0334lgo")).toBeNull();
    expect(normaliseDisplayName("Nguyễn Thị")).toBe("Nguyễn Thị");
    expect(normaliseDisplayName("क्षत्रिय")).toBe("क्षत्रिय");
    expect(normaliseDisplayName("🙂")).toBe("🙂");
  });
});

describe("same-origin check of the submit route", () => {
  it("accepts the request's own host or APP_URL and nothing else", () => {
    expect(isSameOrigin("http://localhost:3000", "localhost:3000")).toBe(true);
    expect(isSameOrigin("https://quiz.school.fr", "127.0.0.1:3000", "https://quiz.school.fr")).toBe(true);
    expect(isSameOrigin("http://evil.test", "localhost:3000")).toBe(false);
    expect(isSameOrigin(null, "localhost:3000")).toBe(false);
    expect(isSameOrigin("null", "localhost:3000")).toBe(false);
    expect(isSameOrigin("not a url", "localhost:3000")).toBe(false);
  });
});
