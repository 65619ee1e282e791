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
});
