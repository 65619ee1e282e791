// Variety pass: range clozes are rejected, and the ranker caps one template / one answer type
// while adequate alternatives exist, and keeps a quote-attribution question.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { dateDistractors } from "./distractors/dates";
import { kitFor } from "./question-kit";
import { rngFor } from "./random";
import { ANSWER_TYPE_SHARE, answerTypeOf, rankCandidates, TEMPLATE_SHARE } from "./rank";
import { TEMPLATES } from "./registry";
import type { Candidate } from "./template";
import { blankInRange, validateCandidates } from "./validate";

describe("range clozes", () => {
  const FR = `L'Islande face aux volcans

L'Islande compte environ 30 systèmes volcaniques actifs et connaît en moyenne une éruption tous les quatre ou cinq ans. Noursoultan Nazarbaïev a dirigé le Kazakhstan de 1990 à 2019. Les salaires augmenteront de 4 % au 1er janvier 2025 dans toute la région.`;
  const EN = `Storm season

Forecasters expect between 3 and 5 major hurricanes this year along the Atlantic coast. The storm killed 12 people and left 4,000 homes without power in Florida.`;

  it("recognises a blank next to the other bound of a range or alternative", () => {
    expect(blankInRange("tous les quatre ou _____ ans", "cinq")).toBe(true);
    expect(blankInRange("tous les _____ ou cinq ans", "quatre")).toBe(true);
    expect(blankInRange("between 3 and _____ major hurricanes", "5")).toBe(true);
    expect(blankInRange("le Kazakhstan de 1990 à _____.", "2019")).toBe(true);
    expect(blankInRange("entre _____ et 5 ans", "3")).toBe(true);
    // Not ranges: a list, a lone number, a neighbour with another unit.
    expect(blankInRange("The storm killed 12 people and left _____ homes", "4,000")).toBe(false);
    expect(blankInRange("L'Islande compte _____ systèmes volcaniques actifs", "environ 30")).toBe(false);
    expect(blankInRange("Les salaires augmenteront de 4 % au _____ dans toute la région.", "1er janvier 2025")).toBe(false);
  });

  it("drops every cloze whose blank is one bound of a range (fr and en)", () => {
    for (const [text, lang, bounds] of [[FR, "fr", ["cinq", "quatre", "1990", "2019"]], [EN, "en", ["3", "5"]]] as const) {
      const a = analyzeArticle(text, { language: lang });
      const cands = TEMPLATES.flatMap((t) => t.generate(a)).filter((c) => c.kind !== "true_false" && c.prompt.includes("_____"));
      const { kept } = validateCandidates(cands, a);
      const asked = kept.map((c) => String(c.answer));
      for (const b of bounds) expect(asked.some((x) => x === b || x.endsWith(` ${b}`))).toBe(false);
      // The rest of those sentences stays usable.
      expect(kept.length).toBeGreaterThan(0);
    }
  });
});

function cand(i: number, over: Partial<Candidate> & { slot: string }): Candidate {
  const { slot, ...rest } = over;
  return {
    kind: "multiple_choice", category: "comprehension", source: "article", prompt: `Question ${slot} ${i} _____`,
    choices: ["a", "b", "c"], answer: `${slot}-${i}`, evidence: { text: "x", start: i, end: i + 1 }, explanation: "…",
    difficulty: 1, template: "numeric", score: 0.9, sentenceIndex: i, meta: { slot, fact: `${slot}:${i}` }, ...rest,
  };
}

describe("ranker variety", () => {
  // A number-rich article: many strong number clozes, fewer (slightly weaker) other questions.
  const numbers = Array.from({ length: 14 }, (_, i) => cand(i, { slot: "number", score: 0.95 }));
  const numberShort = Array.from({ length: 6 }, (_, i) => cand(20 + i, { slot: "number", kind: "short_answer", choices: undefined, template: "short-answer", score: 0.8 }));
  const dates = Array.from({ length: 5 }, (_, i) => cand(30 + i, { slot: "date", template: "date-choice", score: 0.75 }));
  const people = Array.from({ length: 4 }, (_, i) => cand(40 + i, { slot: "person", kind: "fill_blank", choices: undefined, template: "fill-blank", score: 0.75 }));
  const places = Array.from({ length: 3 }, (_, i) => cand(50 + i, { slot: "place", template: "entity-choice", score: 0.7 }));
  const roles = Array.from({ length: 3 }, (_, i) => cand(70 + i, { slot: "person", kind: "short_answer", choices: undefined, template: "short-answer", score: 0.7 }));
  // The speaker of the quote is also the answer of a stronger role question.
  const role = cand(60, { slot: "person", kind: "short_answer", choices: undefined, template: "short-answer", score: 0.9, answer: "Magnús Tumi Guðmundsson" });
  const quote = cand(61, { slot: "quote", kind: "short_answer", choices: undefined, template: "quote", score: 0.85, answer: "Magnús Tumi Guðmundsson" });
  const pool = [...numbers, ...numberShort, ...dates, ...people, ...places, ...roles, role, quote];

  it("caps one template at ~30 % and one answer type at ~40 % when alternatives exist", () => {
    const picked = rankCandidates(pool, 20, "fr");
    expect(picked).toHaveLength(20);
    const byTemplate = picked.filter((c) => c.template === "numeric").length;
    const byType = picked.filter((c) => answerTypeOf(c) === "number").length;
    expect(byTemplate).toBeLessThanOrEqual(Math.round(TEMPLATE_SHARE * 20));
    expect(byType).toBeLessThanOrEqual(Math.round(ANSWER_TYPE_SHARE * 20));
  });

  it("keeps the quote-attribution question over a role question on the same person", () => {
    const picked = rankCandidates(pool, 20, "fr");
    expect(picked.some((c) => c.template === "quote")).toBe(true);
  });

  it("fills the quiz with the capped type when nothing else is left", () => {
    const picked = rankCandidates([...numbers, ...numberShort], 20, "fr");
    expect(picked).toHaveLength(20);
  });

  it("is deterministic", () => {
    const a = rankCandidates(pool, 20, "fr").map((c) => c.prompt);
    const b = rankCandidates([...pool].reverse(), 20, "fr").map((c) => c.prompt);
    expect(b).toEqual(a);
  });
});

describe("role prompts", () => {
  const rolePrompts = (text: string, language: "fr" | "en") => {
    const a = analyzeArticle(text, { language });
    return TEMPLATES.flatMap((t) => t.generate(a)).filter((c) => c.template === "short-answer" && c.meta?.slot === "person").map((c) => c.prompt);
  };
  it("keeps a bare role only when no other holder of it is mentioned", () => {
    expect(rolePrompts("Bridge\n\nOn Monday, President Joe Biden said the federal government would pay for the bridge. Joe Biden also met workers.", "en"))
      .toEqual(["According to the article, who is the president?"]);
    expect(rolePrompts("Bridge\n\nOn Monday, President Joe Biden said the federal government would pay for the bridge. The president of the dockworkers' union, a former sailor, asked for more safety checks.", "en"))
      .toEqual([]);
    expect(rolePrompts("Pont\n\nLe président Emmanuel Macron a visité le chantier de Rouen lundi. Le président de la région, un ancien marin, a demandé des contrôles.", "fr"))
      .toEqual([]);
  });
  it("prefers the role with its complement (“US President Joe Biden”)", () => {
    expect(rolePrompts("Bridge\n\nOn Monday, US President Joe Biden said the federal government would pay for the bridge. The president of the dockworkers' union, a former sailor, asked for more safety checks.", "en"))
      .toEqual(["According to the article, who is the US president?"]);
  });
});

describe("date distractors", () => {
  it("offers no date after the given publication date for a past event", () => {
    const text = "Port news\n\nThe Port of Baltimore, which handled more than 52 million tons of foreign cargo in 2023, was closed to most ships for weeks. The main channel was fully restored on June 10 after a long operation.";
    const a = analyzeArticle(text, { language: "en", date: new Date(Date.UTC(2024, 5, 15)) });
    const choices = TEMPLATES.flatMap((t) => t.generate(a)).filter((c) => c.template === "date-choice").flatMap((c) => c.choices ?? []);
    expect(choices).toContain("2023");
    expect(choices.filter((c) => /^\d{4}$/.test(c)).every((y) => Number(y) <= 2024)).toBe(true);
    expect(choices).not.toContain("June 17");
    // Every candidate, not only the shuffled few: none after the publication date.
    const { full } = kitFor(a);
    for (const d of full.dates) {
      const all = dateDistractors(full, d, rngFor(1, "t"), 20);
      expect(all.length).toBeGreaterThanOrEqual(3);
      expect(all.filter((x) => /^\d{4}$/.test(x)).every((y) => Number(y) <= 2024)).toBe(true);
      expect(all.some((x) => /^June (1[6-9]|2\d|30)$/.test(x))).toBe(false);
    }
  });
});
