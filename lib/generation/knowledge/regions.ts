// Labels for continents and UN M49 subregions. The French labels follow common school usage
// ("Asie de l'Est" rather than CLDR's "Asie orientale") because students read them.
import { fold } from "../../analysis/fold";
import type { Continent, LocalisedName, Subregion } from "./types";

export const CONTINENTS: Record<Continent, LocalisedName> = {
  africa: { fr: "Afrique", en: "Africa" },
  americas: { fr: "Amérique", en: "America" },
  asia: { fr: "Asie", en: "Asia" },
  europe: { fr: "Europe", en: "Europe" },
  oceania: { fr: "Océanie", en: "Oceania" },
};

export const SUBREGIONS: Record<Subregion, LocalisedName & { continent: Continent }> = {
  "central-asia": { fr: "Asie centrale", en: "Central Asia", continent: "asia" },
  "eastern-asia": { fr: "Asie de l’Est", en: "East Asia", continent: "asia" },
  "south-eastern-asia": { fr: "Asie du Sud-Est", en: "Southeast Asia", continent: "asia" },
  "southern-asia": { fr: "Asie du Sud", en: "South Asia", continent: "asia" },
  "western-asia": { fr: "Asie de l’Ouest", en: "Western Asia", continent: "asia" },
  "eastern-europe": { fr: "Europe de l’Est", en: "Eastern Europe", continent: "europe" },
  "northern-europe": { fr: "Europe du Nord", en: "Northern Europe", continent: "europe" },
  "southern-europe": { fr: "Europe du Sud", en: "Southern Europe", continent: "europe" },
  "western-europe": { fr: "Europe de l’Ouest", en: "Western Europe", continent: "europe" },
  "northern-africa": { fr: "Afrique du Nord", en: "North Africa", continent: "africa" },
  "western-africa": { fr: "Afrique de l’Ouest", en: "West Africa", continent: "africa" },
  "eastern-africa": { fr: "Afrique de l’Est", en: "East Africa", continent: "africa" },
  "middle-africa": { fr: "Afrique centrale", en: "Central Africa", continent: "africa" },
  "southern-africa": { fr: "Afrique australe", en: "Southern Africa", continent: "africa" },
  "northern-america": { fr: "Amérique du Nord", en: "North America", continent: "americas" },
  "central-america": { fr: "Amérique centrale", en: "Central America", continent: "americas" },
  caribbean: { fr: "Caraïbes", en: "Caribbean", continent: "americas" },
  "south-america": { fr: "Amérique du Sud", en: "South America", continent: "americas" },
  "australia-new-zealand": { fr: "Australie et Nouvelle-Zélande", en: "Australia and New Zealand", continent: "oceania" },
};

/**
 * Subregions a student could reasonably confuse as "also right" for another (Europe de l'Ouest vs
 * Europe du Nord for the UK…) are handled per country with subregionAlt; this map only lists
 * adjacent subregions, used to pick plausible wrong answers.
 */
export const NEARBY_SUBREGIONS: Record<Subregion, Subregion[]> = {
  "central-asia": ["eastern-asia", "southern-asia", "western-asia", "eastern-europe"],
  "eastern-asia": ["south-eastern-asia", "central-asia", "southern-asia"],
  "south-eastern-asia": ["eastern-asia", "southern-asia", "australia-new-zealand"],
  "southern-asia": ["central-asia", "south-eastern-asia", "western-asia"],
  "western-asia": ["central-asia", "southern-asia", "northern-africa", "southern-europe"],
  "eastern-europe": ["central-asia", "northern-europe", "southern-europe", "western-europe"],
  "northern-europe": ["western-europe", "eastern-europe", "southern-europe"],
  "southern-europe": ["western-europe", "eastern-europe", "northern-africa"],
  "western-europe": ["northern-europe", "southern-europe", "eastern-europe"],
  "northern-africa": ["western-africa", "western-asia", "middle-africa", "southern-europe"],
  "western-africa": ["northern-africa", "middle-africa", "eastern-africa"],
  "eastern-africa": ["middle-africa", "southern-africa", "northern-africa"],
  "middle-africa": ["western-africa", "eastern-africa", "southern-africa"],
  "southern-africa": ["eastern-africa", "middle-africa", "western-africa"],
  "northern-america": ["central-america", "caribbean", "south-america"],
  "central-america": ["northern-america", "caribbean", "south-america"],
  caribbean: ["central-america", "south-america", "northern-america"],
  "south-america": ["central-america", "caribbean", "northern-america"],
  "australia-new-zealand": ["south-eastern-asia", "eastern-asia", "southern-asia"],
};

const squash = (x: string) => fold(x).replace(/[^a-z]/g, "");
const REGION_BY_NAME = new Map<string, { sub?: Subregion; continent?: Continent }>();
for (const [k, r] of Object.entries(SUBREGIONS) as Array<[Subregion, (typeof SUBREGIONS)[Subregion]]>) {
  for (const n of [r.fr, r.en]) REGION_BY_NAME.set(squash(n), { sub: k });
}
for (const [k, r] of Object.entries(CONTINENTS) as Array<[Continent, (typeof CONTINENTS)[Continent]]>) {
  for (const n of [r.fr, r.en]) REGION_BY_NAME.set(squash(n), { continent: k });
}
REGION_BY_NAME.set(squash("Amérique latine"), { sub: "south-america" });
REGION_BY_NAME.set(squash("Latin America"), { sub: "south-america" });

/** The region of the world a name is ("South-East Asia", « Afrique de l'Ouest », "Europe"), in either language. */
export function worldRegion(name: string): { sub?: Subregion; continent?: Continent } | undefined {
  return REGION_BY_NAME.get(squash(name));
}
