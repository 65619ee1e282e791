// Causes found by blind reading 114 (held-out texts; not copied here): each test states the rule on
// a text of its own.
import { describe, expect, it } from "vitest";
import { pointsBack } from "./anaphora";
import { generateQuiz } from "./generate";

describe("reading 114", () => {
  it("offers cities of the region the article is about, not of a region it names once", () => {
    const text = `Pakistan, China sign pacts to strengthen friendship

Pakistan's Foreign Minister Shah Mahmood Qureshi and his Chinese counterpart Wang Yi discussed ways to strengthen the friendship between Pakistan and China as the two sides signed five agreements, the foreign office said on Tuesday. The agreements were inked in Islamabad after the meeting between Qureshi and Wang. Qureshi said Pakistan and China must work together for peace in Afghanistan. Wang is in Islamabad to attend a meeting of foreign ministers as a special guest. The ministers also discussed the war in Ukraine. China is Pakistan's largest trading partner. Pakistan and China have close ties since 1951.`;
    const q = generateQuiz({ text, title: "Pakistan, China sign pacts to strengthen friendship", date: "2022-03-22", count: 20 }).questions.find((x) => x.answer === "Islamabad");
    expect(q?.choices).toBeDefined();
    for (const c of ["Kyiv", "Bucharest", "Budapest", "Minsk", "St Petersburg"]) expect(q?.choices).not.toContain(c);
  });

  it("reads 'their' with no plural or name before it as pointing back", () => {
    expect(pointsBack("A €50 million ransom was demanded for their return, an art expert said.", "en")).toBe(true);
    for (const t of ["NASA announced their spacecraft Juno has reached Jupiter orbit.", "The Coast Guard rescued two fishermen from their sinking vessel.", "Firefighters saved their neighbours' homes on Friday."]) {
      expect(pointsBack(t, "en"), t).toBe(false);
    }
  });
});
