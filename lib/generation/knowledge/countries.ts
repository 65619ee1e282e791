// All curated countries, indexed by ISO codes.
import { AFRICA } from "./countries-africa";
import { AMERICAS, OCEANIA } from "./countries-americas";
import { ASIA } from "./countries-asia";
import { EUROPE } from "./countries-europe";
import type { Country } from "./types";

export const COUNTRIES: readonly Country[] = [...ASIA, ...EUROPE, ...AFRICA, ...AMERICAS, ...OCEANIA];

const BY_CODE = new Map<string, Country>();
for (const c of COUNTRIES) {
  BY_CODE.set(c.cca2, c);
  BY_CODE.set(c.cca3, c);
}

/** Country by ISO alpha-2 or alpha-3 code (any case). */
export function getCountry(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}
