import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { pointsBack, standsForNoun } from "./anaphora";
import { stanceTemplate } from "./types/stance";

describe("a sentence that leans on the one before", () => {
  it("reads the pronoun, the connective, the word standing for a noun and the bare place", () => {
    for (const t of ["Il a ensuite quitté la ville de Lyon.", "Cette décision a surpris les habitants.", "Le skiff a alors pu reprendre sa route.",
      "Les Toulousains ont en effet conservé le trophée.", "D'autres unités y ont pris part.", "Certains, spécialisés, mesurent le chlore.", "Le président a visité la ville pour féliciter les joueurs."]) {
      expect(pointsBack(t, "fr"), t).toBe(true);
    }
    for (const t of ["He left on Monday.", "The conflict, though, remains unresolved.", "The rest was shipped to the Caucasus.", "Rescuers indeed found two bodies.",
      "The president visited the town to survey the damage.", "None greater than 3.6 have struck."]) {
      expect(pointsBack(t, "en"), t).toBe(true);
    }
    for (const t of ["Le maire a salué les joueurs dans la ville de Toulouse.", "Plusieurs communautés fêteront le retour des patients.", "Les pompiers restent sur place jusqu'au soir."]) {
      expect(pointsBack(t, "fr"), t).toBe(false);
    }
    for (const t of ["The mayor toured the town of Ciudad Acuna.", "Rangers found the hiker on Tuesday.", "The city council met in Houston."]) {
      expect(pointsBack(t, "en"), t).toBe(false);
    }
    // A place or a time known only as the one of another sentence (readings 102 and 107).
    for (const t of ["The two premiers had a tete-a-tete at the same place.", "Dodd expects the state to reach about 4,000 nests.", "Officials in the county said two roads were closed.", "The presidents signed a peace accord here in 1998."]) {
      expect(pointsBack(t, "en"), t).toBe(true);
    }
    for (const t of ["The state health department confirmed the case.", "The state's largest city lost power.", "The state of Georgia counted 3,950 nests.", "The State Department issued a warning.", "Officials said there were no injuries."]) {
      expect(pointsBack(t, "en"), t).toBe(false);
    }
    // The others of a group counted before, whose, where (readings 82, 92, 100, 106).
    for (const t of ["Neuf autres victimes, légèrement blessées, ont été hospitalisées.", "Surpris par la montée des eaux, leur expédition a été interrompue.",
      "Non loin, l'un des deux hélicoptères était renversé sur le sable.", "Les spéléologues font par ailleurs partie d'un groupe aguerri."]) {
      expect(pointsBack(t, "fr"), t).toBe(true);
    }
    expect(pointsBack("Les pompiers ont éteint leur dernier foyer vers midi.", "fr")).toBe(false);
    expect(pointsBack("Nine other victims were taken to hospital in Metz.", "en")).toBe(true);
    expect(pointsBack("Le même jour, un second séisme a frappé la région de Lima.", "fr")).toBe(true);
    expect(pointsBack("Les secours sont arrivés ici vers midi.", "fr")).toBe(true);
    expect(standsForNoun("La seconde, prélevée en l'état, est confiée à un laboratoire.", "fr")).toBe(true);
    expect(standsForNoun("La seconde équipe est arrivée à midi.", "fr")).toBe(false);
  });

  it("keeps such sentences and other voices' reported words out of a stance question's options", () => {
    const text = `Flood toll rises in Texas\n\nThe death toll from the floods in Texas and Oklahoma has risen to at least 17 people. Governor Greg Abbott says crews will rebuild every damaged bridge by the end of the year. Mayor Annise Parker says about 4,000 homes sustained significant damage from the flooding. Professor Anna Berg says the rains were the heaviest in a century for the region. Officials say rescuers carried out more than 500 water rescues in Houston. Pastor John Reed says volunteers visited the town to bring food to families.`;
    const qs = stanceTemplate.generate(analyzeArticle(text, { language: "en", title: "Flood toll rises in Texas" })).filter((q) => /what does .* say/.test(q.prompt));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect((q.choices ?? []).some((c) => /^Officials say/.test(c))).toBe(false);
      expect((q.choices ?? []).some((c) => /visited the town/.test(c))).toBe(false);
    }
  });
});
