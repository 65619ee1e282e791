// Causes found by blind reading 74 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { compressStatement } from "./compress";
import { generateQuiz } from "./generate";

describe("reading 74: the headline's figure told after the lede", () => {
  it("asks no main idea keyed on the first case under '51 cas … dénombrés', the 51 cases later", () => {
    const text = `51 cas de variole du singe dénombrés en France

Le premier cas confirmé de variole du singe en France remonte au 19 mai, selon Santé publique France.
Au 3 juin, 51 cas ont été confirmés en laboratoire dans plusieurs régions du pays.
Tous les cas investigués sont des hommes, âgés de 22 à 63 ans, précise l'agence sanitaire.
La plupart des cas investigués ne peuvent pas identifier la personne qui les aurait contaminés.
Deux des cas investigués sont des cas secondaires, non vaccinés, de cas confirmés en France.
La vaccination est proposée aux adultes contacts à risque des personnes malades.`;
    const r = generateQuiz({ text, title: "51 cas de variole du singe dénombrés en France", language: "fr", count: 20 });
    const main = r.questions.find((q) => q.skill === "main_idea");
    expect(main === undefined || /51/u.test(String(main.answer))).toBe(true);
  });
});

describe("reading 74: datelines and asides", () => {
  it("cuts 'LAKE CHARLES, La.-A' and an aside between spaced dashes", () => {
    expect(analyzeArticle("LAKE CHARLES, La.-A Louisiana man has been sentenced to 12 months in prison for selling a rhino horn.\n\nMore.", { language: "en" }).sentences[0].text)
      .toBe("A Louisiana man has been sentenced to 12 months in prison for selling a rhino horn.");
    expect(compressStatement("Le marathon de Paris a enregistré 57'000 inscrits - mais probablement moins de 50'000 partants -, ce qui la place en 2e position.", "fr"))
      .not.toMatch(/-\.$/u);
  });
});
