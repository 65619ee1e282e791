// Causes found by blind reading 185 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";
import { mainIdeaCandidate } from "./types/main-idea";

describe("reading 185", () => {
  it("never leaves a quake's magnitude above or below every option", () => {
    const text = "A 7.2 magnitude earthquake struck off the coast of Peru, but did not trigger a tsunami, officials said on Monday. No damage was reported. There was a 6.3 magnitude aftershock shortly after.";
    const a = kitFor(analyzeArticle(text, { language: "en" })).full;
    const m = a.numbers.find((x) => x.value === 7.2)!;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const values = numericDistractors(a, m, rngFor(seed, "t"), 3).map(Number);
      expect(values).toHaveLength(3);
      expect(values.some((v) => v > 7.2)).toBe(true);
      expect(values.some((v) => v < 7.2)).toBe(true);
    }
  });
});

describe("reading 185: the headline's event told in other words", () => {
  it("keys a lede that tells the headline's event with another word for it", () => {
    // A Wikinews article (CC BY 2.5, Wikinews contributors) read in reading 34: "wins" in the
    // headline, "won" in the lede; without the event's word read as one, no main idea was found.
    const packet = JSON.parse(readFileSync(path.join(__dirname, "../../docs/blind-readings/2026-12-02-reading-34/en/en-wikinews-armstrong-seventh-tour-2005.json"), "utf8")).article;
    const a = kitFor(analyzeArticle(packet.text, { title: packet.title, language: "en" })).full;
    expect(mainIdeaCandidate(a, 7)?.answer).toMatch(/Lance Armstrong won the international cycling competition Tour de France/u);
  });
});
