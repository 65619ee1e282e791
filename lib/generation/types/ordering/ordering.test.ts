// The generated ordering question shows its items in any order, the chronological one
// included: a rule that avoids the key would make the key the one order never shown.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../analysis/analyze";
import { checkCandidate } from "../../validate";
import { orderingTemplate } from "./index";

const BODY = `Le Kazakhstan a connu au début de janvier 2022 la plus grave crise de son histoire. Le 2 janvier, les premiers rassemblements ont eu lieu à Janaozen, une ville pétrolière. Le 5 janvier, le président Kassym-Jomart Tokaïev a accepté la démission du gouvernement et a décrété l'état d'urgence dans plusieurs régions du pays. Selon l'organisation, 2 030 militaires ont été envoyés au Kazakhstan à partir du 6 janvier. Le 13 janvier, l'OTSC a commencé à retirer ses troupes, et le retrait s'est achevé le 19 janvier.`;
/** Titles that change the text (so its hash and the shuffle) but not the events. */
const TITLES = ["Kazakhstan", "Crise", "Janvier", "Almaty", "Astana", "Tokaïev", "Troupes", "Retrait", "Urgence", "Bilan", "Récit", "Chronologie"];

describe("ordering template", () => {
  it("gives every order of the events across articles, the chronological one included", () => {
    const seen = new Set<string>();
    let keyShown = 0;
    let generated = 0;
    for (const a of TITLES) {
      for (const b of TITLES) {
        for (const c of ["temps", "actes", "jours"]) {
          const text = `${a} et ${b} : une crise en quatre ${c}\n\n${BODY}`;
          const analysis = analyzeArticle(text, { language: "fr" });
          const [q] = orderingTemplate.generate(analysis).filter((x) => checkCandidate(x, analysis) === null);
          if (!q) continue;
          generated++;
          const answer = q.answer as string[];
          // The shown order as ranks of the chronological order: "0123" is the key itself.
          const ranks = q.choices!.map((item) => answer.indexOf(item)).join("");
          seen.add(ranks);
          if (ranks === "0123") keyShown++;
        }
      }
    }
    expect(generated).toBe(TITLES.length * TITLES.length * 3);
    expect(seen.size).toBe(24);
    expect(keyShown).toBeGreaterThan(0);
  });
});
