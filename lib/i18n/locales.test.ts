import { describe, expect, it } from "vitest";
import { chosenLocale, localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["en-US,en;q=0.9", "en"],
    ["en-GB", "en"],
    ["en-US,en;q=0.9,fr;q=0.8", "en"],
    ["fr;q=0.5, en;q=0.7", "en"],
    ["de-DE,en;q=0.8,fr;q=0.5", "en"],
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["fr-CA", "fr"],
    ["en;q=0.8,fr;q=0.8", "en"],
    ["fr;q=0.8,en;q=0.8", "fr"],
    ["en;q=0", "fr"],
    ["de-DE,es", "fr"],
    ["", "fr"],
    ["*", "fr"],
  ])("%j gives %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it("treats a missing header as French", () => {
    expect(localeFromAcceptLanguage(null)).toBe("fr");
    expect(localeFromAcceptLanguage(undefined)).toBe("fr");
  });
});

describe("chosenLocale", () => {
  it("keeps only a known explicit choice", () => {
    expect(chosenLocale("fr")).toBe("fr");
    expect(chosenLocale("en")).toBe("en");
    expect(chosenLocale("de")).toBeNull();
    expect(chosenLocale(undefined)).toBeNull();
  });
});
