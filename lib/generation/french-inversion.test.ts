import { describe, expect, it } from "vitest";
import { agreeParticiple, frenchQuestion, invertFrench } from "./french-inversion";

describe("French questions in the inverted order (readings 27, 32, 39, 40, 41)", () => {
  it("repeats the subject as a pronoun of its gender and number after the verb", () => {
    expect(invertFrench("la frégate de surveillance Nivôse a saisi 250 kg d'héroïne")?.text).toBe("la frégate de surveillance Nivôse a-t-elle saisi 250 kg d'héroïne");
    expect(invertFrench("le Forbin est retourné sous contrôle français")?.text).toBe("le Forbin est-il retourné sous contrôle français");
    expect(invertFrench("les premiers rassemblements ont eu lieu")?.text).toBe("les premiers rassemblements ont-ils eu lieu");
    // An adjective before the noun does not decide: « un jeune » is masculine, « les jeunes filles » not.
    expect(invertFrench("les jeunes filles ont remporté le relais")?.text).toBe("les jeunes filles ont-elles remporté le relais");
    // « l' » and « les » say no gender: the Lefff does.
    expect(invertFrench("l'ourse Hvala avait été relâchée à Arbas")?.text).toBe("l'ourse Hvala avait-elle été relâchée à Arbas");
    // A plural present after a name agrees with the determiner's noun.
    expect(invertFrench("les agents de la brigade des douanes de Pau contrôlent deux utilitaires")?.text).toBe("les agents de la brigade des douanes de Pau contrôlent-ils deux utilitaires");
  });

  it("keeps clitics before the verb and adds -t- after a vowel", () => {
    expect(invertFrench("le navire s'est échoué sur la côte")?.text).toBe("le navire s'est-il échoué sur la côte");
    expect(invertFrench("la police les a arrêtés")?.text).toBe("la police les a-t-elle arrêtés");
    expect(invertFrench("le record de chaleur devrait être battu")?.text).toBe("le record de chaleur devrait-il être battu");
  });

  it("does not invert when the number, the gender or the subject is unsure", () => {
    // Singular determiner, plural verb: « l'ensemble des poissons … sont morts ».
    expect(invertFrench("l'ensemble des poissons du premier étang sont morts")).toBeNull();
    // Two subjects, a name, a relative clause, an incise.
    expect(invertFrench("les féminines et les vétérans ont pris le départ")).toBeNull();
    expect(invertFrench("Jean-Pierre Raffarin a réuni les experts")).toBeNull();
    expect(invertFrench("le navire qui transportait du gaz a coulé")).toBeNull();
    expect(invertFrench("le ministre, arrivé lundi, a visité le site")).toBeNull();
    // An adjective that is also a verb form is not the verb (« la région voisine a reçu »).
    expect(invertFrench("la région voisine a reçu des renforts")?.text).toBe("la région voisine a-t-elle reçu des renforts");
  });

  it("falls back to « est-ce que », which is never wrong", () => {
    expect(frenchQuestion("à quelle date", "Jean-Pierre Raffarin a réuni les experts")).toBe("à quelle date est-ce que Jean-Pierre Raffarin a réuni les experts");
    expect(frenchQuestion("où", "l'ensemble des poissons sont morts")).toBe("où est-ce que l'ensemble des poissons sont morts");
  });

  it("makes the participle after « avoir » agree with the noun asked for", () => {
    const q = frenchQuestion("combien de médailles", "les hommes ont remporté depuis 1995");
    expect(q).toBe("combien de médailles les hommes ont-ils remporté depuis 1995");
    expect(agreeParticiple(q, "médailles")).toBe("combien de médailles les hommes ont-ils remportées depuis 1995");
    expect(agreeParticiple("combien d'emplois le groupe a-t-il supprimé", "emplois")).toBe("combien d'emplois le groupe a-t-il supprimés");
    // Not after « être », not for a symbol or a noun the Lefff does not know.
    expect(agreeParticiple("combien de médailles les hommes sont-ils venus", "médailles")).toBeNull();
    expect(agreeParticiple("combien de kg le camion a-t-il transporté", "kg")).toBeNull();
    expect(agreeParticiple("combien de postes le groupe a-t-il supprimé", "postes")).toBeNull();
  });

  it("agrees after « est-ce que » too, and not where the object belongs to an infinitive (reading 45)", () => {
    expect(agreeParticiple("combien de médailles est-ce que les hommes ont remporté", "médailles")).toBe("combien de médailles est-ce que les hommes ont remportées");
    expect(agreeParticiple("combien de morts les émeutes ont-elles fait", "morts")).toBe("combien de morts les émeutes ont-elles faits");
    expect(agreeParticiple("combien de maisons est-ce que le maire a fait construire", "maisons")).toBeNull();
    expect(agreeParticiple("combien de maisons le maire a-t-il pu vendre", "maisons")).toBeNull();
  });
});
