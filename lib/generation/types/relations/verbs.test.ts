// Causes and aims stated by the main verb, on small articles written for these tests.
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../analysis/analyze";
import { causeKind, causeOptions } from "../../distractors/causes";
import { verifyCandidate } from "../../verify";
import { relationsTemplate } from ".";
import { findVerbRelations } from "./verbs";

const FR = `Fuite de produit chimique près de Lyon

Un wagon-citerne s'est renversé mardi matin dans la gare de triage de Sibelin. Un nuage odorant conduit les autorités à évacuer trois immeubles voisins. Cette panne de signalisation a provoqué le déraillement du convoi de marchandises. La pluie, le vent et la grêle ont provoqué des retards sur toute la ligne. Le préfet Pascal Mailhos a poussé les habitants à rester chez eux. Le nouveau dispositif d'alerte permettra de prévenir les riverains en moins de dix minutes. Les pompiers ont installé un rideau d'eau pour diluer le nuage. La circulation des trains a repris jeudi après la réparation des voies.`;

const EN = `Crane collapse at stadium site

A storm yesterday caused a crane to fall onto the roof of the new stadium. The accident was triggered by a sudden gust of wind at the top of the crane. The new warning system is designed to stop all cranes when the wind exceeds a safe speed. Mayor John Harris has prompted calls for an inquiry. Workers were evacuated to a nearby car park. The city council said that repairs would take several months. Engineers will inspect the other cranes on the site before work resumes.`;

describe("relations stated by the verb", () => {
  it("reads the subject of a causal verb as the cause, and the agent of a passive", () => {
    const fr = findVerbRelations(analyzeArticle(FR, { language: "fr", title: "Fuite de produit chimique près de Lyon" }));
    const cloud = fr.find((v) => v.verb === "conduit");
    expect(cloud).toMatchObject({ relation: "cause", content: "Un nuage odorant", about: "les autorités à évacuer trois immeubles voisins", contentFirst: true });
    // A demonstrative points back: the key reads « la panne de signalisation ».
    expect(fr.find((v) => v.verb === "a provoqué")?.content).toBe("la panne de signalisation");
    const en = findVerbRelations(analyzeArticle(EN, { language: "en", title: "Crane collapse at stadium site" }));
    expect(en.find((v) => v.verb === "caused")).toMatchObject({ content: "A storm", about: "a crane to fall onto the roof of the new stadium" });
    expect(en.find((v) => v.verb === "was triggered by")).toMatchObject({ content: "a sudden gust of wind at the top of the crane", about: "The accident", ask: "triggered", contentFirst: false });
  });

  it("reads the infinitive after « permettre de » or \"designed to\" as the aim", () => {
    const fr = findVerbRelations(analyzeArticle(FR, { language: "fr", title: "Fuite" }));
    expect(fr.find((v) => v.relation === "purpose")).toMatchObject({ content: "prévenir les riverains en moins de dix minutes", about: "Le nouveau dispositif d'alerte" });
    const en = findVerbRelations(analyzeArticle(EN, { language: "en", title: "Crane" }));
    expect(en.find((v) => v.relation === "purpose")).toMatchObject({ content: "stop all cranes when the wind exceeds a safe speed", about: "The new warning system" });
  });

  it("asks with a singular verb whatever the subject's number (« conduisent » → « conduit », « provoquent » → « provoque »)", () => {
    const text = "Les fortes pluies conduisent les autorités à fermer trois écoles du quartier. Les rafales de vent provoquent des coupures de courant dans la vallée. Les pompiers sont intervenus toute la nuit.";
    const vs = findVerbRelations(analyzeArticle(text, { language: "fr", title: "Intempéries" }));
    expect(vs.map((v) => v.ask)).toEqual(expect.arrayContaining(["conduit", "provoque"]));
  });

  it("leaves out a list cut by its commas and a person as the cause", () => {
    const fr = findVerbRelations(analyzeArticle(FR, { language: "fr", title: "Fuite" }));
    expect(fr.some((v) => /vent|grêle/.test(v.content))).toBe(false);
    expect(fr.some((v) => /préfet|Mailhos/.test(v.content))).toBe(false);
    const en = findVerbRelations(analyzeArticle(EN, { language: "en", title: "Crane" }));
    expect(en.some((v) => /Harris/.test(v.content))).toBe(false);
  });

  it("asks what caused it, with causes of other kinds as options, and the key proves twice", () => {
    const a = analyzeArticle(EN, { language: "en", title: "Crane collapse at stadium site" });
    const q = relationsTemplate.generate(a).find((c) => c.prompt.startsWith("According to the article, what caused a crane"))!;
    expect(q.prompt).toBe("According to the article, what caused a crane to fall onto the roof of the new stadium?");
    expect(q.answer).toBe("Storm");
    expect(q.skill).toBe("cause");
    expect(q.choices).toHaveLength(4);
    for (const c of q.choices!.filter((x) => x !== "Storm")) expect(causeKind(c, "en")).not.toBe("weather");
    expect(verifyCandidate(a, q)).toBeNull();
    // The same proof with the cause moved after the verb is refused.
    const moved = { ...q, meta: { ...q.meta, proof: { ...(q.meta!.proof as object), contentFirst: false } } } as typeof q;
    expect(verifyCandidate(a, moved)).toMatch(/does not follow/);
  });

  it("puts « qu'est-ce qui » with a singular verb, and drops a cause the headline names", () => {
    const text = `Les inondations ont provoqué la mort de quatre personnes et ont fait 24 blessés dans le Loiret. Les pompiers ont évacué deux mille habitants de Nemours. Le gouvernement a promis une aide rapide aux communes sinistrées. Les assureurs ont reçu des milliers de déclarations de sinistre.`;
    const named = relationsTemplate.generate(analyzeArticle(text, { language: "fr", title: "Inondations dans le Loiret" }));
    expect(named.some((c) => c.answer === "Inondations")).toBe(false);
    const q = relationsTemplate.generate(analyzeArticle(text, { language: "fr", title: "Crue dans le Loiret" })).find((c) => c.answer === "Inondations")!;
    expect(q.prompt).toMatch(/^D’après l’article, qu’est-ce qui a provoqué la mort de quatre personnes\s\?$/u);
  });

  it("offers no cause the article mentions, so no option is also true", () => {
    const opts = causeOptions("tempête", "fr", "La tempête et un incendie ont détruit le hangar.", 3, (xs) => xs);
    expect(opts).toHaveLength(3);
    expect(opts).not.toContain("incendie");
    expect(causeOptions("rapport", "fr", "", 3, (xs) => xs)).toEqual([]);
  });
});
