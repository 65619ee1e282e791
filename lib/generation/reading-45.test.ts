// Causes found by blind reading 44 and 45 (held-out texts; not copied here): each test states the
// rule on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { TEMPLATES } from "./registry";
import { kitFor } from "./question-kit";
import { unworthy } from "./select";

function candidates(text: string, title: string, language: "fr" | "en") {
  const a = analyzeArticle(text, { language, title });
  const { full } = kitFor(a);
  return { full, all: TEMPLATES.flatMap((t) => t.generate(a)) };
}

describe("a maximum is not blanked (reading 44: the key was the highest option)", () => {
  it("drops « jusqu'à _____ » and 'up to _____' clozes, keeps the other figures", () => {
    const fr = candidates(`Le train roulait trop vite\n\nLe train circulait à 190 km/h dans une courbe limitée à 80 km/h, selon les enquêteurs. D'autres journaux évoquent des vitesses jusqu'à 220 km/h au moment du déraillement. L'accident a fait 79 morts et plus de 140 blessés dans la banlieue de la ville.`, "Le train roulait trop vite", "fr");
    const bound = fr.all.filter((c) => c.meta?.slot === "number" && /jusqu['’]à[\s\u00A0]+_____/u.test(c.prompt));
    expect(bound.length).toBeGreaterThan(0);
    for (const c of bound) expect(unworthy(fr.full, c)).toBe("blank is a maximum, the highest option");
    const other = fr.all.filter((c) => c.meta?.slot === "number" && /_____[\s\u00A0]+morts/u.test(c.prompt));
    expect(other.length).toBeGreaterThan(0);
    expect(other.some((c) => unworthy(fr.full, c) === null)).toBe(true);
    const en = candidates(`Hiker found safe\n\nRangers found the overdue hiker on Tuesday after a two-day search in deep snow. The hiker carries a very heavy pack, up to 100 pounds, on his winter trips. A helicopter flew him to the hospital in Kalispell for a check-up.`, "Hiker found safe", "en");
    const up = en.all.filter((c) => c.meta?.slot === "number" && /up to _____/u.test(c.prompt));
    expect(up.length).toBeGreaterThan(0);
    for (const c of up) expect(unworthy(en.full, c)).toBe("blank is a maximum, the highest option");
  });
});
