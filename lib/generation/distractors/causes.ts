// Common causes of accidents (only the widespread ones: an avalanche or a tsunami is implausible
// in most places, so a student would rule it out without reading) and damage, grouped by kind: the wrong answers of "What caused …?"
// when the key is one of them, so every option is a cause of the same type. Options are shown
// without determiner, like the key ("Storm", « Inondations »).
import { fold } from "../../analysis/fold";
import type { Language } from "../contract";

type Kind = "weather" | "ground" | "technical";

export const CAUSES: Record<Language, Record<Kind, readonly string[]>> = {
  fr: {
    weather: ["tempête", "orage", "vents violents", "fortes pluies", "pluies torrentielles", "inondations", "crue", "sécheresse", "canicule", "vague de chaleur", "vague de froid", "chutes de neige", "verglas", "grêle", "ouragan", "cyclone", "brouillard"],
    ground: ["séisme", "glissement de terrain"],
    technical: ["incendie", "explosion", "panne électrique", "coupure de courant", "fuite de gaz", "erreur humaine", "défaillance technique", "court-circuit", "panne de moteur"],
  },
  en: {
    weather: ["storm", "thunderstorm", "strong winds", "heavy rain", "floods", "flooding", "drought", "heatwave", "heat wave", "cold snap", "snowfall", "ice", "hail", "hurricane", "cyclone", "tornado", "fog"],
    ground: ["earthquake", "landslide"],
    technical: ["fire", "explosion", "power failure", "power cut", "gas leak", "human error", "technical failure", "short circuit", "engine failure"],
  },
};

/** The kind of a cause written as a key (without determiner), or null when it is none of the list. */
export function causeKind(key: string, lang: Language): Kind | null {
  const k = fold(key);
  for (const [kind, list] of Object.entries(CAUSES[lang]) as Array<[Kind, readonly string[]]>) {
    if (list.some((c) => fold(c) === k)) return kind;
  }
  return null;
}

/**
 * Up to `n` causes for a key of a known kind, taken in turn from the other kinds: a cause of the
 * same kind may be partly true (a storm brings rain and wind), one of another kind is clearly
 * wrong once the article is read. None the article mentions, none a variant of the key.
 */
export function causeOptions(key: string, lang: Language, articleText: string, n: number, order: (xs: string[]) => string[]): string[] {
  const kind = causeKind(key, lang);
  if (!kind) return [];
  const text = fold(articleText);
  const usable = (c: string) => !text.includes(fold(c));
  // Technical causes first: a failure or a fire is plausible anywhere, an earthquake not always.
  const lists = (["technical", "weather", "ground"] as Kind[]).filter((x) => x !== kind).map((x) => order(CAUSES[lang][x].filter(usable)));
  const out: string[] = [];
  // Two from the first kind, then one from the next, and so on.
  for (let i = 0; out.length < n && lists.some((l) => i < l.length); i++) {
    for (const [j, l] of lists.entries()) {
      for (const c of j === 0 ? l.slice(2 * i, 2 * i + 2) : l.slice(i, i + 1)) if (out.length < n) out.push(c);
    }
  }
  return out;
}
