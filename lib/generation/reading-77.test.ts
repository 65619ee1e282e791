// Causes found by blind reading 77 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { countCue } from "./count-cues";
import { unworthy } from "./select";
import { settingFigure } from "./setting-figures";
import { numberCloze, numberOptions } from "./test-analysis";
import { applyTypography } from "./typography";

describe("reading 77: counts and bounds the prompt prints", () => {
  it("counts a list whose names each carry an aside in brackets", () => {
    const en = analyzeArticle("The stage ended in a sprint.", { language: "en" });
    const ev = "Three riders, Anna Berg (Team Nord), Lucas Moreau (Équipe Sud) and Pia Lind (Club Est) escaped early on the climb.";
    expect(countCue(numberCloze(en, ev, "Three"), "en")).toBe("the prompt lists what the count counts");
    const two = "Three riders, Anna Berg (Team Nord) and Pia Lind (Club Est) among them, escaped early on the climb.";
    expect(countCue(numberCloze(en, two, "Three"), "en")).toBeNull();
  });

  it("keeps every option above a part told later in the clause (« … et 402 d'entre elles »)", () => {
    const options = numberOptions("Quelque 421 personnes ont signalé au bureau régional avoir ressenti la secousse et 402 d'entre elles ont entendu un grondement.", "fr", "421")
      .map((x) => Number(x.replace(/[^\d]/g, "")));
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o).toBeGreaterThan(402);
  });
});

describe("reading 77: the span of an average", () => {
  it("reads « la moyenne des _____ dernières années » and 'the average of the past _____ years' as the setting", () => {
    const fr = analyzeArticle("Le bilan de l'été est lourd.", { language: "fr" });
    expect(settingFigure(numberCloze(fr, "Le niveau de danger a dépassé la moyenne des 10 dernières années dans toute la région.", "10"), "fr")).toBe("the span of an average");
    const en = analyzeArticle("The summer was dry.", { language: "en" });
    expect(settingFigure(numberCloze(en, "Rainfall fell well below the average of the past 30 years across the state.", "30"), "en")).toBe("the span of an average");
    expect(settingFigure(numberCloze(en, "Rainfall was 40 percent below the 10-year average in the north.", "10"), "en")).toBe("the span of an average");
    // The figure the average is compared with is the fact.
    expect(settingFigure(numberCloze(fr, "Les feux ont brûlé 1200 hectares de plus que la moyenne des dix dernières années.", "1200"), "fr")).not.toBe("the span of an average");
  });
});

describe("reading 77: an apostrophe typed as a backtick", () => {
  it("writes the apostrophe", () => {
    expect(applyTypography("The suit cites the company`s failure to give 60 days` notice.", "en")).toBe("The suit cites the company’s failure to give 60 days’ notice.");
    expect(applyTypography("Le code `inline` reste.", "fr")).toContain("`inline");
  });
});

describe("readings 40–77: a figure lost in a long or crowded sentence", () => {
  const fr = analyzeArticle("Le salon a fermé ses portes.", { language: "fr" });
  it("refuses a blank among four figures or in a sentence of forty words", () => {
    const crowded = "Le groupe a enregistré 120 commandes pour 9,5 milliards d'euros, contre 80 l'an dernier, dont 14 pour son nouvel appareil.";
    expect(unworthy(fr as never, numberCloze(fr, crowded, "120"))).toBe("a figure lost in a long or crowded sentence");
    const long = "Le constructeur européen a enregistré 120 commandes fermes au cours de la semaine du salon, un résultat que ses dirigeants ont jugé encourageant malgré un contexte difficile marqué par la hausse des prix de l'énergie et les tensions sur les chaînes d'approvisionnement mondiales.";
    expect(unworthy(fr as never, numberCloze(fr, long, "120"))).toBe("a figure lost in a long or crowded sentence");
    const plain = "Le constructeur européen a enregistré 120 commandes fermes au cours de la semaine du salon.";
    expect(unworthy(fr as never, numberCloze(fr, plain, "120"))).not.toBe("a figure lost in a long or crowded sentence");
  });
});
