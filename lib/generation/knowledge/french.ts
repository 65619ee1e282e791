// French and English noun phrases for countries and organisations: articles, contractions and
// locatives come from curated data (never guessed from spelling, which fails on "le Mexique").
import type { Country, FrenchArticle, Organisation } from "./types";

export const APOSTROPHE = "’";

interface Named {
  articleFr: FrenchArticle;
}

function startsWithVowelSound(s: string): boolean {
  // Only used for names without article ("d'Israël", "de Chypre"); h is treated as silent.
  return /^[aeiouyhàâäéèêëîïôöûüÿæœ]/i.test(s);
}

/** "le Kazakhstan", "la Russie", "l’Iran", "les États-Unis", "Chypre". */
export function withArticleFr(x: Named, name: string): string {
  switch (x.articleFr) {
    case "le": return `le ${name}`;
    case "la": return `la ${name}`;
    case "l'": return `l${APOSTROPHE}${name}`;
    case "les": return `les ${name}`;
    default: return name;
  }
}

/** "du Kazakhstan", "de la Russie", "de l’Iran", "des États-Unis", "de Chypre", "d’Israël". */
export function deFr(x: Named, name: string): string {
  switch (x.articleFr) {
    case "le": return `du ${name}`;
    case "la": return `de la ${name}`;
    case "l'": return `de l${APOSTROPHE}${name}`;
    case "les": return `des ${name}`;
    default: return startsWithVowelSound(name) ? `d${APOSTROPHE}${name}` : `de ${name}`;
  }
}

/** "au Kazakhstan", "à la …", "à l’OTSC", "aux États-Unis", "à Chypre" (à + article). */
export function aFr(x: Named, name: string): string {
  switch (x.articleFr) {
    case "le": return `au ${name}`;
    case "la": return `à la ${name}`;
    case "l'": return `à l${APOSTROPHE}${name}`;
    case "les": return `aux ${name}`;
    default: return `à ${name}`;
  }
}

/** Where something happens: "au Kazakhstan", "en Russie", "en Iran", "aux États-Unis", "à Chypre". */
export function locativeFr(c: Country): string {
  return `${c.locativeFr} ${c.name.fr}`;
}

export function countryNameFr(c: Country): string { return c.name.fr; }

/** "Kazakhstan", "the United States". */
export function countryNameEn(c: Country): string {
  return c.articleEn ? `the ${c.name.en}` : c.name.en;
}

export function countryTheFr(c: Country): string { return withArticleFr(c, c.name.fr); }
export function countryOfFr(c: Country): string { return deFr(c, c.name.fr); }

/** Short label of an organisation: its acronym in that language, else its name. */
export function orgShort(o: Organisation, lang: "fr" | "en"): string {
  return o.acronyms[lang][0] ?? o.name[lang];
}

/** "l’OTSC", "le FMI", "les BRICS", "Interpol" / "the CSTO", "NATO". */
export function orgTheFr(o: Organisation): string { return withArticleFr(o, orgShort(o, "fr")); }
export function orgOfFr(o: Organisation): string { return deFr(o, orgShort(o, "fr")); }
export function orgTheEn(o: Organisation): string {
  return o.articleEn ? `the ${orgShort(o, "en")}` : orgShort(o, "en");
}

/** Upper-case the first letter (sentence start). */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
