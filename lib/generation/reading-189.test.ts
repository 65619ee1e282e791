// Causes found by blind reading 189 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";
import { quoteTemplate } from "./types/quote";

describe("reading 189", () => {
  it("refuses a count whose place the sentence before names (« Là aussi, … »)", () => {
    const s = "Là aussi, 240 foyers étaient privés de courant mardi soir.";
    const a = analyzeArticle(`À Maubeuge, 310 foyers étaient privés de courant. ${s} Les équipes d'Enedis sont mobilisées.`, { language: "fr" });
    expect(numberRefusal(kitFor(a).full, numberCloze(a, s, "240"))).toBe("the excerpt opens on what it points back to");
  });

  it("offers neither the dead of the story nor a lodge as who said a quotation", () => {
    const text = `Hiker dies in fall at national park

Peter J. Moore, 61, of Tulsa, died Sunday after falling from a trail near Phantom Ranch Lodge, park officials said. "We always want to rule out foul play," Chief Ranger Linda Cole said. Witnesses saw Moore near the edge, Cole said. Ranger Tom Baker and spokeswoman Amy Diaz described the trail as safe. "The trail was dry and open," said park spokeswoman Amy Diaz. Rangers recovered Moore's body on Monday.`;
    const qs = quoteTemplate.generate(analyzeArticle(text, { title: "Hiker dies in fall at national park", language: "en" }));
    const q = qs.find((x) => /rule out foul play/u.test(x.prompt));
    expect(q).toBeDefined();
    for (const c of q?.choices ?? []) expect(c).not.toMatch(/Moore|Lodge/u);
  });
});
