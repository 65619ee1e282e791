// All curated organisations, indexed by id and acronym.
import { GLOBAL_ORGANISATIONS } from "./organisations-global";
import { REGIONAL_ORGANISATIONS } from "./organisations-regional";
import type { Organisation } from "./types";

export const ORGANISATIONS: readonly Organisation[] = [...REGIONAL_ORGANISATIONS, ...GLOBAL_ORGANISATIONS];

const BY_KEY = new Map<string, Organisation>();
for (const o of ORGANISATIONS) {
  BY_KEY.set(o.id.toLowerCase(), o);
  for (const a of [...o.acronyms.fr, ...o.acronyms.en]) BY_KEY.set(a.toLowerCase(), o);
}

/** Organisation by id ("csto") or acronym in either language ("OTSC", "CSTO"). */
export function getOrganisation(key: string): Organisation | undefined {
  return BY_KEY.get(key.toLowerCase());
}
