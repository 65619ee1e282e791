// Causes of the rejects and edits of blind readings 11 and 12 (docs/generator-quality.md), each on a small
// article written for the test.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { numericDistractors } from "./distractors/numbers";
import { rngFor } from "./random";
import { unworthy } from "./select";
import type { Candidate } from "./template";
import { findHeld } from "./types/stance";
import { mainIdeaCandidate } from "./types/main-idea";

const full = (text: string, lang: "fr" | "en", title: string) => analyzeArticle(text, { language: lang, title });

describe("names and holders", () => {
  it("never reads a sentence adverb as part of a role", () => {
    const a = full("Appeal rejected\n\nThe court rejected the appeal on Tuesday. However President Talabani has given permission for a vice-president to sign the order. The ruling cannot be appealed again.", "en", "Appeal rejected");
    const e = a.entities.find((x) => x.name.endsWith("Talabani"));
    expect(e?.roles.map((r) => r.bare.toLowerCase()).some((r) => r.includes("however"))).toBe(false);
  });

  it("reads past a day between the verb and 'that'", () => {
    const a = full("Bird flu in Austria\n\nAustria's Health Minister Maria Rauch-Kallat said Saturday that authorities suspect a dead swan died of the virus. The swan was found near Vienna. Tests will take a week.", "en", "Bird flu in Austria");
    const held = findHeld(a).map((h) => h.claim);
    expect(held).toContain("authorities suspect a dead swan died of the virus");
    expect(held.some((c) => /^saturday/i.test(c))).toBe(false);
  });

  it("takes no claim that points to what it does not name ('after that country confirmed')", () => {
    const a = full("Bird flu in India\n\nIndia's health minister Anbumani Ramadoss says several people are being tested after that country confirmed its first outbreak. Farmers culled thousands of chickens. The World Health Organization says that the virus has not reached humans.", "en", "Bird flu in India");
    const held = findHeld(a).map((h) => h.claim);
    expect(held.some((c) => /that country/.test(c))).toBe(false);
    expect(held).toContain("the virus has not reached humans");
  });

  it("refuses a question whose prompt names its answer", () => {
    const a = full("Verdict\n\nTaha Yassin Ramadan was sentenced on Monday. The court met in Baghdad.", "en", "Verdict");
    const s = a.sentences[1];
    const c: Candidate = {
      kind: "multiple_choice", category: "comprehension", source: "article", difficulty: 2, score: 0.9, sentenceIndex: s.index, template: "wh-question",
      prompt: "According to the article, who was sentenced after the court asked to give Mr. Ramadan the death sentence?",
      choices: ["Taha Yassin Ramadan", "Saddam Hussein", "Jalal Talabani"], answer: "Taha Yassin Ramadan",
      evidence: { text: s.text, start: s.start, end: s.end }, explanation: "…", meta: { slot: "person" },
    };
    expect(unworthy(a, c)).toBe("the prompt names the answer");
  });
});

describe("number options", () => {
  const options = (text: string, lang: "fr" | "en", numeral: string) => {
    const a = full(text, lang, "Titre");
    const m = a.numbers.find((x) => a.text.slice(x.numStart, x.numEnd) === numeral)!;
    return numericDistractors(a, m, rngFor(5, "t"), 3);
  };
  it("takes no figure of the same unit from the article at another scale (7 m beside 4 200 m)", () => {
    const d = options("Les deux alpinistes ont chuté dans une crevasse de 7 mètres. Leur cordée a dévissé à 4 200 mètres d'altitude.", "fr", "4 200");
    expect(d.map((x) => x.replace(/\D/g, ""))).not.toContain("7");
  });
  it("offers nothing above the whole the sentence gives (« 21 fédérations sur 28 »)", () => {
    const d = options("La délégation représentait 19 fédérations olympiques sur 28 aux Jeux.", "fr", "19");
    expect(d).toHaveLength(3);
    for (const x of d) expect(Number(x)).toBeLessThan(28);
    // Just below its whole, every option would fall below the key, the largest then the answer (reading 128).
    expect(options("La délégation représentait 26 fédérations olympiques sur 28 aux Jeux.", "fr", "26")).toEqual([]);
  });
  it("keeps a round count's options round and close (\"70 secure seats\" among 90 and 100 was absurd, reading 12)", () => {
    const d = options("The coalition has 70 secure seats and is predicted to win 73 of the 150 seats.", "en", "70");
    expect(d).toHaveLength(3);
    for (const x of d) expect(Math.abs(Number(x) - 70)).toBeLessThanOrEqual(20);
  });
  it("keeps a person's round age within ten years (\"Selebi is 60\" beside 90, reading 16)", () => {
    for (const [text, lang, n] of [["The judge said Selebi is 60 years old and it was his first offense.", "en", "60"], ["L'ancien préfet, âgé de 60 ans, a été condamné.", "fr", "60"]] as const) {
      const d = options(text, lang, n);
      expect(d).toHaveLength(3);
      for (const x of d) expect(Math.abs(Number(x) - 60)).toBeLessThanOrEqual(10);
    }
  });
  it("keeps a price to the cent within a few per cent, and a round price round (\"$94.53 a barrel\" beside $150.10, reading 17)", () => {
    const d = options("Crude oil futures rose to a record $94.53 a barrel on Wednesday in New York.", "en", "94.53");
    expect(d).toHaveLength(3);
    for (const x of d) expect(Math.abs(Number(x.replace(/[^\d.]/g, "")) - 94.53) / 94.53).toBeLessThanOrEqual(0.1);
    const r = options("In after hours trading futures have crossed over the $95.00 per barrel mark.", "en", "95.00");
    expect(r).toHaveLength(3);
    for (const x of r) expect(x).toMatch(/\.00$/);
  });
  it("keeps a share's options within a quarter of it (a turnout of 65,6 % beside 80,7 % and 89,9 %, reading 20)", () => {
    const d = options("Pour les élections cantonales, le taux de participation a été de 65,6 % au premier tour et de 56,2 % au second tour.", "fr", "65,6");
    expect(d).toHaveLength(3);
    for (const x of d) expect(Math.abs(Number(x.replace(/[^\d,]/g, "").replace(",", ".")) - 65.6) / 65.6).toBeLessThanOrEqual(0.25);
  });
  it("offers round figures for a round key (« depuis 50 ans »)", () => {
    const d = options("C'était l'année la plus chaude depuis 50 ans en France.", "fr", "50");
    expect(d).toHaveLength(3);
    for (const x of d) expect(Number(x) % 10).toBe(0);
  });
});

describe("main idea", () => {
  it("offers no distractor that restates the headline's news", () => {
    const text = `France confirms first case of deadly bird flu virus

French officials have confirmed the first case of the deadly H5N1 strain of bird flu in their country. The infected duck was found near Lyon last week by a hunter walking along a pond. Austrian officials said four wild swans probably died of the virus. Indonesia is also battling the virus in its western provinces, where dozens of farms were culled. Hong Kong reported a dead magpie on Friday, the first case in the territory this year. Farmers in the Ain were told to keep poultry indoors until the end of the month. Exports of French poultry fell in February as several countries closed their markets. Schools near the farm stayed open. Hunters were asked to report dead birds to the local veterinary services without delay. The army sent two teams to help the vets. On Saturday the agriculture minister confirmed the case of the virus in a second duck.`;
    const a = full(text, "en", "France confirms first case of deadly bird flu virus");
    let seen = 0;
    for (let hash = 0; hash < 6; hash++) {
      const c = mainIdeaCandidate(a, hash);
      expect(c).not.toBeNull();
      expect(c!.choices!.some((o) => /agriculture minister confirmed/.test(o))).toBe(false);
      seen += c!.choices!.length;
    }
  });

  it("offers no option that repeats a figure of the key, the same fact told again (« 52–50 », reading 17)", () => {
    const text = `Gliders beat Brazil in their Paralympic opening match

The Australian women's wheelchair basketball team beat Brazil 52–50 in their opening match of the Paralympic Games in London. Brazil led by six points at half time after a strong second quarter. The coach said the team had trained for four years for the tournament. Cobi Crispin scored twelve points for the Gliders and was named the best player of the match. Time ran out, and the Gliders ran out the winners, 52–50. The team plays Canada on Saturday in its second match of the group stage at the North Greenwich Arena. Crowds of more than ten thousand fans filled the arena for the evening session on Thursday. Brazil had beaten Mexico in a warm-up game in Rio de Janeiro last month. Tickets for the final of the women's tournament sold out within hours of going on sale.`;
    const a = full(text, "en", "Gliders beat Brazil in their Paralympic opening match");
    for (let hash = 0; hash < 6; hash++) {
      const c = mainIdeaCandidate(a, hash);
      expect(c).not.toBeNull();
      expect(c!.choices!.some((o) => /ran out the winners/.test(o))).toBe(false);
    }
  });
});
