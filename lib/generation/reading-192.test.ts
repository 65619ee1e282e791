// Causes found by blind reading 192 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { numberCloze } from "./test-analysis";
import { whQuestionTemplate } from "./types/wh-question";

describe("reading 192", () => {
  it("asks no \"where\" of a clause that keeps a place of its own", () => {
    const text = "Les agriculteurs manifestent contre la réforme. Plusieurs centaines d'agriculteurs en colère se sont rassemblés devant la préfecture à Rennes. À Lyon, un cortège a défilé dans le centre. Le ministre recevra les syndicats à Paris.";
    const prompts = whQuestionTemplate.generate(analyzeArticle(text, { language: "fr" })).map((c) => c.prompt);
    expect(prompts.some((p) => /devant la préfecture/u.test(p))).toBe(false);
  });

  it("refuses a count of two that the prompt's pair or link gives", () => {
    const s = "The zoo announced the birth of two snow leopard cubs, a male and a female.";
    const a = analyzeArticle(`Keepers are delighted. ${s} They will be shown in June.`, { language: "en" });
    expect(numberRefusal(kitFor(a).full, numberCloze(a, s, "two"))).toBe("the prompt lists what it counts");
    const t = "A footbridge connecting two stations collapsed on Monday morning.";
    const b = analyzeArticle(`Commuters were hurt. ${t} Repairs will take weeks.`, { language: "en" });
    expect(numberRefusal(kitFor(b).full, numberCloze(b, t, "two"))).toBe("two is what a link joins");
  });
});
