// Causes found by blind reading 190 (held-out texts; not copied here): each test states the rule
// on a text of its own.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { numberRefusal } from "./number-refusals";
import { settingFigure } from "./setting-figures";
import { numberCloze } from "./test-analysis";
import { optionOf } from "./types/main-idea";

describe("reading 190", () => {
  it("reads a name after an administrative area and its « de » as the area, not a speaker", () => {
    const a = kitFor(analyzeArticle("« Les routes sont coupées », a déclaré un responsable du district de Bener Meriah. Les secours sont arrivés mardi.", { language: "fr" })).full;
    const e = a.entities.find((x) => x.name === "Bener Meriah");
    expect(e?.type).toBe("place");
    expect(a.quotes[0]?.speakerId).toBeUndefined();
  });

  it("refuses a lower bound the headline's larger figure passes", () => {
    const s = "Des pluies torrentielles ont frappé la région, faisant plus de 30 victimes.";
    const a = analyzeArticle(`${s} Les secours fouillent les décombres.`, { title: "Inondations : le bilan monte à 74 morts", language: "fr" });
    expect(numberRefusal(kitFor(a).full, numberCloze(a, s, "30"))).toBe("a lower bound the headline's figure passes");
  });

  it("treats a ranking's usual cut and how a product is packed as the setting", () => {
    const fr = analyzeArticle("Le Norvégien a gagné la course. Deux autres Français figurent parmi les 10 premiers. Le public était nombreux.", { language: "fr" });
    expect(settingFigure(numberCloze(fr, "Deux autres Français figurent parmi les 10 premiers.", "10"), "fr")).toBe("a top-N cut");
    const pack = analyzeArticle("Un fromage est rappelé. Il est vendu par lot de trois sachets de 100 g. Les clients peuvent le rapporter.", { language: "fr" });
    expect(settingFigure(numberCloze(pack, "Il est vendu par lot de trois sachets de 100 g.", "trois"), "fr")).toBe("how a product is packed");
  });

  it("keeps what a recall is about in an option (« concernant … »)", () => {
    expect(optionOf("La préfecture vient de lancer une procédure d'alerte concernant plusieurs lots de saumon fumé contaminés.", "fr"))
      .toMatch(/concernant plusieurs lots de saumon fumé/u);
  });
});
