// One country gazetteer for typing and distractors: the knowledge base (106 curated countries,
// neighbours, subregions, French articles) plus the few lexicon countries it lacks, so "Sri
// Lanka" gets "India / Pakistan / Bangladesh" and never "Joe Biden".
import { fold, isVowelInitial } from "../../analysis/fold";
import { COUNTRIES as LEXICON, COUNTRY_ABBREVIATIONS } from "../../analysis/lexicon/places";
import { COUNTRIES as KB } from "../knowledge/countries";
import { NEARBY_SUBREGIONS } from "../knowledge/regions";
import type { Subregion } from "../knowledge/types";

export interface GazCountry {
  fr: string;
  /** English name without "the". */
  en: string;
  /** English needs "the" ("the Netherlands"). */
  enThe: boolean;
  /** French article ("" = none: "Cuba", "Israël") and locative preposition. */
  art: "le" | "la" | "l'" | "les" | "";
  loc: "au" | "en" | "aux" | "à";
  subregion: Subregion;
  borders: readonly string[];
  cca2?: string;
}

const LEX_REGION: Record<string, Subregion> = {
  weu: "western-europe", neu: "northern-europe", seu: "southern-europe", eeu: "eastern-europe", cas: "central-asia",
  was: "western-asia", sas: "southern-asia", eas: "eastern-asia", sea: "south-eastern-asia", oce: "australia-new-zealand",
  nam: "northern-america", cam: "central-america", sam: "south-america", naf: "northern-africa", waf: "western-africa",
  maf: "middle-africa", eaf: "eastern-africa", saf: "southern-africa",
};

export const GAZ_COUNTRIES: readonly GazCountry[] = (() => {
  const out: GazCountry[] = KB.map((c) => ({
    fr: c.name.fr, en: c.name.en, enThe: !!c.articleEn, art: c.articleFr, loc: c.locativeFr, subregion: c.subregion,
    borders: c.borders, cca2: c.cca2,
  }));
  const known = new Set(out.flatMap((c) => [fold(c.fr), fold(c.en)]));
  for (const c of LEXICON) {
    const en = c.en.replace(/^the /, "");
    if (known.has(fold(c.fr)) || known.has(fold(en))) continue;
    const v = isVowelInitial(c.fr);
    out.push({
      fr: c.fr, en, enThe: c.en.startsWith("the "), subregion: LEX_REGION[c.r] ?? "western-europe", borders: [],
      art: c.g === "pl" ? "les" : c.g === "0" ? "" : v ? "l'" : c.g === "f" ? "la" : "le",
      loc: c.g === "pl" ? "aux" : c.g === "0" ? "à" : c.g === "f" || v ? "en" : "au",
    });
  }
  return out;
})();

const BY_FOLD = new Map<string, GazCountry>();
for (const c of GAZ_COUNTRIES) for (const n of [c.fr, c.en]) BY_FOLD.set(fold(n), c);
for (const c of KB) {
  const g = GAZ_COUNTRIES.find((x) => x.cca2 === c.cca2)!;
  for (const n of c.aliases ?? []) if (!BY_FOLD.has(fold(n))) BY_FOLD.set(fold(n), g);
}
const BY_CCA2 = new Map(GAZ_COUNTRIES.filter((c) => c.cca2).map((c) => [c.cca2!, c]));

export function gazCountry(name: string): GazCountry | undefined {
  const abbr = COUNTRY_ABBREVIATIONS[name.trim()];
  return BY_FOLD.get(fold(abbr ?? name).replace(/^the /, ""));
}

/** Plausible other countries, best first: neighbours, same subregion, nearby subregions, the rest. */
export function countryAlternatives(c: GazCountry, shuffle: <T>(xs: T[]) => T[]): GazCountry[] {
  const others = GAZ_COUNTRIES.filter((x) => x !== c);
  const nb = shuffle(c.borders.map((b) => BY_CCA2.get(b)).filter((x): x is GazCountry => !!x));
  const same = shuffle(others.filter((x) => x.subregion === c.subregion && !nb.includes(x)));
  const near = new Set(NEARBY_SUBREGIONS[c.subregion]);
  const close = shuffle(others.filter((x) => near.has(x.subregion) && !nb.includes(x)));
  const rest = shuffle(others.filter((x) => x.subregion !== c.subregion && !near.has(x.subregion) && !nb.includes(x))).slice(0, 12);
  return [...nb, ...same, ...close, ...rest];
}

/** French form after a determiner class: "au Kazakhstan", "la Russie", "des États-Unis". */
export function countryFormFr(c: GazCountry, kind: "article" | "locative" | "genitive"): string | null {
  if (kind === "locative") return `${c.loc} ${c.fr}`;
  if (kind === "article") return c.art === "" ? null : c.art === "l'" ? `l'${c.fr}` : `${c.art} ${c.fr}`;
  if (c.art === "") return isVowelInitial(c.fr) ? `d'${c.fr}` : `de ${c.fr}`;
  return c.art === "le" ? `du ${c.fr}` : c.art === "les" ? `des ${c.fr}` : c.art === "l'" ? `de l'${c.fr}` : `de la ${c.fr}`;
}
