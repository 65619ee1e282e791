// "Que conclut le rapport ?": a holder that is a noun phrase opening its sentence (a report, a
// study, a prosecutor's office), asked with the sentence's own verb; options are what other
// voices say or what sentences about someone else state, never the holder's other statements.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { findHeld, stanceTemplate } from "./types/stance";
import { generateQuiz } from "./generate";
import { verifyCandidate } from "./verify";

const FR = `Un rapport accable la compagnie de ferries

Le rapport final de la commission d'enquête conclut que le naufrage a été causé par une surcharge du navire. Le capitaine Paul Berthier affirme que les consignes de chargement étaient respectées. La compagnie Ferlines estime que la tempête était imprévisible. Le syndicat des marins dénonce depuis des années le manque de contrôles dans le port. Les familles des victimes ont déposé plainte contre la compagnie à Marseille. Le ministre Louis Ferrand a promis une loi sur la sécurité maritime.`;

describe("phrase holders", () => {
  const a = kitFor(analyzeArticle(FR, { language: "fr", title: "Un rapport accable la compagnie de ferries" })).full;
  it("finds the report as the holder of its conclusion", () => {
    const h = findHeld(a).find((x) => x.holder.entityId < 0);
    expect(h?.holder.text).toBe("Le rapport final de la commission d'enquête");
    expect(h?.claim).toBe("le naufrage a été causé par une surcharge du navire");
  });

  it("asks with the sentence's verb, and the options are other voices' claims", () => {
    const q = stanceTemplate.generate(a).find((c) => c.template === "stance.claim" && /rapport/.test(c.prompt));
    expect(q?.prompt).toMatch(/^D’après l’article, que conclut le rapport final de la commission d’enquête[\s\u00A0\u202F]\?$/u);
    expect(q?.answer).toBe("Le naufrage a été causé par une surcharge du navire");
    expect(q?.choices).toContain("Les consignes de chargement étaient respectées");
    expect(verifyCandidate(a, q!)).toBeNull();
  });

  it("fails the independent check when the phrase does not open the evidence", () => {
    const q = stanceTemplate.generate(a).find((c) => c.template === "stance.claim" && /rapport/.test(c.prompt))!;
    const moved = { ...q, meta: { ...q.meta!, proof: { type: "holder" as const, holder: "la commission d'enquête", claim: "le naufrage a été causé par une surcharge du navire", phrase: true } } };
    expect(verifyCandidate(a, moved)).toBe("holder not re-derived");
  });
});

describe("a body as holder", () => {
  it("is asked with its determiner (reading 21: 'what did Wildlife Service say')", () => {
    const text = `The U.S. Fish and Wildlife Service said climate change could make the disappearance of rare animals more common. Senator Jane Brooks says the agency needs more money for field surveys. The National Park Service said visitors should stay on marked trails in protected areas. Most of the species lived in Hawaii and in the southeastern states. The agency will take comments from the public for three months. Conservation groups say the Endangered Species Act has saved hundreds of animals. Scientists warned that many other species have not been seen for decades.`;
    const a = kitFor(analyzeArticle(text, { language: "en", title: "US declares 23 species extinct" })).full;
    const q = stanceTemplate.generate(a).find((c) => c.meta?.slot === "stance-claim" && /Fish and Wildlife Service/.test(c.prompt));
    expect(q?.prompt).toBe("According to the article, what did the Fish and Wildlife Service say?");
    expect(verifyCandidate(a, q!)).toBeNull();
  });

  it("reads a name opening on \"La\" as a name, not a determiner (reading 24: 'what does Labor Department say')", () => {
    const text = `The Labor Department says the economy created 248,000 jobs in May. The Commerce Department says the economy has grown for two years. President Bush says the economy is strong and getting stronger. Most of the new jobs were in services and construction. The unemployment rate stayed at 5.6 percent.`;
    const a = kitFor(analyzeArticle(text, { language: "en", title: "US economy adds jobs in May" })).full;
    const prompts = stanceTemplate.generate(a).map((c) => c.prompt);
    expect(prompts).toContain("According to the article, what does the Labor Department say?");
  });

  it("keeps one of several \"what does X say?\" that offer the same statements (reading 24: solved by elimination)", () => {
    const text = `The Labor Department says the economy created 248,000 jobs in May. The Commerce Department says the economy has grown for two years. President Bush says the economy is strong and getting stronger. Most of the new jobs were in services and construction. The unemployment rate stayed at 5.6 percent.`;
    const quiz = generateQuiz({ text, title: "US economy adds jobs in May", language: "en", count: 20 });
    const said = quiz.questions.filter((q) => /^According to the article, what does .* say\?$/.test(q.prompt) && q.kind === "multiple_choice");
    for (const [i, x] of said.entries()) for (const y of said.slice(i + 1)) {
      expect(x.choices!.filter((o) => y.choices!.includes(o)).length).toBeLessThan(2);
    }
  });
});
