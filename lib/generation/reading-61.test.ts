// Causes found by blind reading 61 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { doubledClitic } from "./slips";
import { unworthy } from "./select";
import { numberCloze } from "./test-analysis";
import { findHeld } from "./types/stance";

describe("reading 61: a name inside a complement is no holder (a wrong key)", () => {
  it("gives \"A clinical trial involving patients with infantile-onset SMA found that …\" no holder SMA", () => {
    const text = "The FDA approved the first drug for spinal muscular atrophy on Friday.\n\nA clinical trial involving 121 patients with infantile-onset SMA found that 40 percent of patients treated with the injection improved.";
    const a = kitFor(analyzeArticle(text, { language: "en" })).full;
    expect(findHeld(a).some((h) => a.text.slice(h.holder.start, h.holder.end) === "SMA")).toBe(false);
    const b = kitFor(analyzeArticle("Officials met on Friday.\n\nEarlier reports from the USGS had said that the quake was a magnitude 6.7.", { language: "en" })).full;
    expect(findHeld(b).some((h) => b.text.slice(h.holder.start, h.holder.end) === "USGS")).toBe(true);
  });
});

describe("reading 61: parts and a total printed in the prompt", () => {
  const a = analyzeArticle("Les résultats sont tombés.", { language: "fr", title: "Législatives" });
  it("does not blank one part when the others and « soit au total » are shown", () => {
    const ev = "La coalition de l'opposition obtient 50 sièges, le PDCI seul 23, et les autres seuls 8, soit au total 81.";
    expect(unworthy(a as never, numberCloze(a, ev, "50"))).toBe("the whole and the other parts are printed");
    const unrelated = "Détecté vers 16 heures à plus de 6 nautiques, le palangrier de 48 mètres était armé par 26 membres d'équipage.";
    expect(unworthy(a as never, numberCloze(a, unrelated, "26"))).not.toBe("the whole and the other parts are printed");
  });
  it("reads « se s'attendait » as a slip of the article", () => {
    expect(doubledClitic("un site où l'on se s'attendait pas à trouver des fossiles")).toBe(true);
    expect(doubledClitic("un site où l'on ne s'attendait pas à trouver des fossiles")).toBe(false);
  });
});

describe("reading 61: one end of a range, \"both\" before two", () => {
  const a = analyzeArticle("The bank raised its rate.", { language: "en", title: "Rates" });
  it("does not blank the upper end of \"5-_____\"", () => {
    expect(unworthy(a as never, numberCloze(a, "The central bank forecast annual inflation to be 5-5.5% in 2019 and a return to 4% in 2020.", "5.5%"))).toBe("blank is one end of a range");
  });
  it("does not ask a count of two that \"both\" gives", () => {
    expect(unworthy(a as never, numberCloze(a, "Scientists, who saw their last two missions to Mars both end in failure, burst into cheers at the laboratory.", "two"))).toBe("'both' counts two");
  });
});
