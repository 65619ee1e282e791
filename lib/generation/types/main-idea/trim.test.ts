// A long main-idea key cut down to what a summary says, never through the headline's news.
import { describe, expect, it } from "vitest";
import { contentWordsOf, stem } from "../../importance";
import { trimmedKey } from "./trim";

/** The guard main-idea/index.ts passes: a headline word may go only when the rest still has it. */
const keepsHeadline = (title: string, lang: "fr" | "en") => {
  const words = (t: string) => new Set(contentWordsOf(t, lang).map(stem));
  const headline = words(title);
  return (cut: string, rest: string) => [...words(cut)].every((w) => !headline.has(w) || words(rest).has(w));
};

describe("trimmedKey", () => {
  it("cuts who reported the news, then an apposition", () => {
    const key = "An outbreak of a rare fever, a disease carried by ticks, has sickened dozens of hikers in the valley this summer, county health officials said.";
    const keeps = keepsHeadline("Fever outbreak sickens hikers", "en");
    expect(trimmedKey(key, "en", 17, keeps)).toBe("An outbreak of a rare fever has sickened dozens of hikers in the valley this summer.");
  });

  it("stops once the key is short enough", () => {
    const key = "An outbreak of a rare fever, a disease carried by ticks, has sickened dozens of hikers in the valley this summer, county health officials said.";
    expect(trimmedKey(key, "en", 22, keepsHeadline("Fever outbreak sickens hikers", "en")))
      .toBe("An outbreak of a rare fever, a disease carried by ticks, has sickened dozens of hikers in the valley this summer.");
    // "ticks" is the headline's and nowhere else in the key: the apposition stays.
    expect(trimmedKey(key, "en", 12, keepsHeadline("Tick fever outbreak sickens hikers", "en")))
      .toBe("An outbreak of a rare fever, a disease carried by ticks, has sickened dozens of hikers in the valley this summer.");
  });

  it("never cuts a headline word the rest lacks, a figure, a toll or a clause with its own verb", () => {
    const warning = "A strong earthquake struck off the northern coast of the island early in the morning, with officials warning of a possible tsunami.";
    expect(trimmedKey(warning, "en", 12, keepsHeadline("Quake strikes off island, tsunami warning issued", "en"))).toBe(warning);
    const toll = "A powerful storm swept across the southern islands of the archipelago overnight, killing dozens of villagers and fishermen.";
    expect(trimmedKey(toll, "en", 12, keepsHeadline("Storm hits southern islands", "en"))).toBe(toll);
    const damage = "A moderate earthquake struck just offshore of the northern coast, the survey said, but officials said no damage was reported.";
    expect(trimmedKey(damage, "en", 12, keepsHeadline("Earthquake strikes offshore", "en"))).toBe(damage);
    const record = "The runner won the first women's title of the event in style, setting a world record of four hours and 56 seconds.";
    expect(trimmedKey(record, "en", 12, keepsHeadline("Runner wins first women's title", "en"))).toBe(record);
  });

  it("cuts a French apposition and the attribution closing the sentence", () => {
    const key = "Les deux derniers marins du chalutier, une entreprise de pêche bretonne, ont été retrouvés sains et saufs, a annoncé la préfecture maritime, en fin de journée.";
    expect(trimmedKey(key, "fr", 14, keepsHeadline("Les deux marins disparus retrouvés", "fr")))
      .toBe("Les deux derniers marins du chalutier ont été retrouvés sains et saufs.");
  });

  it("cuts a role beside a name, an acronym's explanation, a closing participle and an opening frame (reading 89's copied ledes)", () => {
    const keeps = keepsHeadline("Un trésor de monnaies découvert près d'Arpajon", "fr");
    expect(trimmedKey("Claire Morel, ministre de la Culture et de la Communication, salue la découverte d'un important trésor de monnaies près d'Arpajon.", "fr", 14, keeps))
      .toBe("Claire Morel salue la découverte d'un important trésor de monnaies près d'Arpajon.");
    expect(trimmedKey("Le rapport final du BEA, le Bureau d'enquêtes et d'analyses, conclut que l'accident a été provoqué par une combinaison de facteurs techniques et humains.", "fr", 20,
      keepsHeadline("Accident : le rapport conclut à des facteurs techniques et humains", "fr")))
      .toBe("Le rapport final du BEA conclut que l'accident a été provoqué par une combinaison de facteurs techniques et humains.");
    expect(trimmedKey("Les fortes chaleurs maintiennent l'alerte orange dans de nombreux départements, allant du sud-ouest au nord-est du pays.", "fr", 12,
      keepsHeadline("Canicule : l'alerte orange maintenue", "fr"))).toBe("Les fortes chaleurs maintiennent l'alerte orange dans de nombreux départements.");
    // A participle that tells the toll is the news.
    expect(trimmedKey("Un violent séisme a frappé l'île du Sud de la Nouvelle-Zélande ce matin, faisant de nombreuses victimes.", "fr", 10,
      keepsHeadline("Séisme en Nouvelle-Zélande", "fr"))).toMatch(/faisant de nombreuses victimes/u);
    expect(trimmedKey("À la suite de l'échec des négociations sur la réforme, le Premier ministre s'est rendu au palais pour présenter sa démission au roi.", "fr", 18,
      keepsHeadline("Le Premier ministre présente sa démission", "fr"))).toBe("Le Premier ministre s'est rendu au palais pour présenter sa démission au roi.");
  });

  it("keeps the source of an estimate, which is no participle", () => {
    const key = "The country has overwhelmingly approved a new constitution that declares the region an integral part of its territory, according to preliminary results.";
    expect(trimmedKey(key, "en", 10, keepsHeadline("Voters approve new constitution", "en"))).toMatch(/according to preliminary results/u);
  });

  it("cuts a role only after a name, never after a lower-case noun (reading 92: 'vaccination Mansukh Mandaviya said')", () => {
    const key = "The ministry will launch a campaign to push people towards full vaccination, the Health Minister, Anil Rao said during a review meeting with the states.";
    expect(trimmedKey(key, "en", 12, keepsHeadline("Ministry to launch vaccination campaign", "en"))).toBe(key);
    expect(trimmedKey("Ray Dunn, the Secretary of the Navy, announced the names of the first three fast transport vessels.", "en", 12,
      keepsHeadline("Three fast transport vessels named", "en"))).toBe("Ray Dunn announced the names of the first three fast transport vessels.");
  });

  it("never cuts a word in -ant that is no participle (« , pendant … »)", () => {
    const key = "Les fortes chaleurs maintiennent l'alerte orange dans de nombreux départements, pendant toute la semaine prochaine selon les prévisions.";
    expect(trimmedKey(key, "fr", 8, keepsHeadline("Canicule : l'alerte orange maintenue", "fr"))).toMatch(/pendant toute la semaine/u);
  });
});

