// Causes of the edits and the rejection of blind reading 34 (docs/generator-quality.md). Made-up
// texts in the shape of the ones read.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analysis/analyze";
import { kitFor } from "./question-kit";
import { slotChoiceCandidates } from "./types/slot-choice";
import { descriptorTemplate } from "./types/descriptor";
import { readableAlone } from "./types/main-idea";

const full = (text: string, language: "fr" | "en", title: string) => kitFor(analyzeArticle(text, { language, title })).full;
const value = (x: string) => Number(x.replace(/[^\d.]/g, ""));

describe("reading 34", () => {
  it("offers no figure a bound makes true as well: 'more than _____' takes only larger options", () => {
    const text = "The awards recognise films from more than 50 countries, according to the organisers. " +
      "Up to 120 films are shown during the festival week in New York. The ceremony was held online this year.";
    const cands = slotChoiceCandidates(analyzeArticle(text, { language: "en", title: "Festival awards" }), ["number"], "numeric");
    const countries = cands.find((c) => /more than _____ countries/.test(c.prompt));
    expect(countries).toBeDefined();
    for (const o of countries!.choices!) expect(value(o)).toBeGreaterThanOrEqual(50);
    const films = cands.find((c) => /Up to _____ films/i.test(c.prompt));
    if (films) for (const o of films.choices!) expect(value(o)).toBeLessThanOrEqual(120);
    const fr = slotChoiceCandidates(analyzeArticle("Plus de 300 gendarmes ont été mobilisés pour sécuriser le festival. Le préfet a salué leur travail samedi.", { language: "fr", title: "Festival" }), ["number"], "numeric")
      .find((c) => /Plus de _____ gendarmes/i.test(c.prompt));
    expect(fr).toBeDefined();
    for (const o of fr!.choices!) expect(value(o.replace(/[\s\u00A0\u202F]/g, ""))).toBeGreaterThanOrEqual(300);
  });

  it("reads a rate as one unit: '140 km/h' is accepted, never '140 km'", () => {
    const a = analyzeArticle("Une voiture a été percutée par un TER qui roulait à 140 km/h, sa vitesse maximale. Le conducteur du train est indemne.", { language: "fr", title: "Accident de TER" });
    expect(a.numbers.find((m) => m.value === 140)?.unit).toBe("km/h");
    const q = slotChoiceCandidates(a, ["number"], "numeric").find((c) => /_____ km\/h/.test(c.prompt));
    if (q) expect(q.accepted ?? []).not.toContain("140 km");
  });

  it("offers no main-idea option tied to the sentence before by a contrast or a 'that'", () => {
    const text = `The Iraqi parliament elected a new speaker on Tuesday after weeks of deadlock.

The conflict over who will be prime minister, though, remains unresolved. World Bank economist Lin Yifu says that includes reduced trade if the crisis worsens. The vote took place in the presence of three hundred members of parliament.`;
    const a = full(text, "en", "Iraq parliament elects new speaker");
    const s = (start: string) => a.sentences.find((x) => x.text.startsWith(start))!;
    expect(readableAlone(a, s("The conflict"), 35)).toBe(false);
    expect(readableAlone(a, s("World Bank"), 35)).toBe(false);
    expect(readableAlone(a, s("The vote took place"), 35)).toBe(true);
    const fr = full("Le Parlement a élu son président mardi.\n\nLa question du Premier ministre reste, en revanche, entière. Le vote s'est déroulé en présence de trois cents députés réunis à Bagdad.", "fr", "Irak : un président pour le Parlement");
    expect(readableAlone(fr, fr.sentences.find((x) => x.text.startsWith("La question"))!, 35)).toBe(false);
  });

  it("asks what one name the article explains is, with options of its number, and only one such question", () => {
    const text = `Le 15 juin, le lanceur russo-ukrainien Dnepr a réussi le lancement, depuis le cosmodrome de Yasny, du satellite scientifique Picard.

Il a aussi lancé les satellites MANGO et TANGO de la mission suédoise PRISMA à laquelle le CNES est associé. Le CNES a développé le satellite Picard en partenariat avec le CNRS et les agences spatiales Belge et Suisse. Picard observera le Soleil pendant trois ans depuis une orbite à 725 km d'altitude. Le centre de contrôle de Toulouse a reçu les premiers signaux du satellite une heure après le lancement.`;
    const qs = descriptorTemplate.generate(analyzeArticle(text, { language: "fr", title: "Lancement de Picard et Prisma" }));
    expect(qs.length).toBeLessThanOrEqual(1);
    for (const q of qs) expect(q.choices!.filter((o) => /^(?:Agences|Satellites)/u.test(o))).toEqual([]);
  });
});
