// Distractors for people, places and organisations, taken from the article first, and made to
// fit the sentence: "au Kazakhstan / en Russie / au Kirghizstan", "l'OTSC / l'ONU", "d'Alès / de Nîmes".
// When the grammar around the blank would leak the answer, the determiner is blanked too.
import type { Language } from "../contract";
import type { EntityMention, FullAnalysis } from "../../analysis/types";
import { fold, isAllCaps, isVowelInitial } from "../../analysis/fold";
import { CITIES, COUNTRIES } from "../../analysis/lexicon/places";
import { surnameOf } from "../clauses";
import { choiceKind, entityKind } from "../entity-kinds";
import type { Rng } from "../random";
import { shuffle } from "../random";
import { countryAlternatives, countryFormFr, gazCountry, type GazCountry } from "./countries";
import { CONTINENTS, NEARBY_SUBREGIONS, SUBREGIONS, worldRegion } from "../knowledge/regions";
import type { Continent, Subregion } from "../knowledge/types";

export interface EntitySlot {
  /** Start of the blank (may include a determiner or title before the name). */
  start: number;
  end: number;
  display: string;
  distractors: string[];
}

type DetClass = "m" | "f" | "pl" | "v" | "none";

const DET_CLASS: Record<string, DetClass> = {
  le: "m", du: "m", au: "m", la: "f", les: "pl", des: "pl", aux: "pl", "l'": "v", "d'": "v",
};

const CITY_BY_FOLD = new Map<string, (typeof CITIES)[number]>();
for (const c of CITIES) {
  CITY_BY_FOLD.set(fold(c.fr), c);
  CITY_BY_FOLD.set(fold(c.en), c);
}

function country(name: string): GazCountry | undefined {
  return gazCountry(name);
}

// Region tags of the city list follow the lexicon's country regions.
const LEX_REGION_BY_FOLD = new Map<string, string>();
for (const c of COUNTRIES) {
  LEX_REGION_BY_FOLD.set(fold(c.fr), c.r);
  LEX_REGION_BY_FOLD.set(fold(c.en).replace(/^the /, ""), c.r);
}

/** Regions of the same kind: the neighbours of a subregion first, or the other continents. */
function regionAlternatives(r: { sub?: Subregion; continent?: Continent }, lang: Language): string[] {
  if (r.continent) return (Object.keys(CONTINENTS) as Continent[]).filter((c) => c !== r.continent).map((c) => CONTINENTS[c][lang]);
  const near = NEARBY_SUBREGIONS[r.sub!];
  const rest = (Object.keys(SUBREGIONS) as Subregion[]).filter((x) => x !== r.sub && !near.includes(x));
  return [...near, ...rest].map((x) => SUBREGIONS[x][lang]);
}

/** Offset where the word `before` starts, right before `start`. */
function beforeOffset(text: string, start: number, before: string): number {
  const seg = text.slice(Math.max(0, start - 12), start);
  const m = new RegExp(`${before.replace("'", "['’]")}[\\s\\u00A0]*$`, "iu").exec(seg);
  return m ? start - seg.length + m.index : -1;
}


export function entitySlot(a: FullAnalysis, m: EntityMention, rng: Rng, n: number): EntitySlot | null {
  const lang: Language = a.language;
  const key = a.entities[m.entityId];
  const sameSentence = new Set(a.entityMentions.filter((x) => x.sentenceIndex === m.sentenceIndex).map((x) => x.entityId));
  const others = a.entities.filter((e) => e.id !== key.id && !sameSentence.has(e.id));
  const keyForms = new Set(key.forms.map(fold));
  const fresh = (s: string) => !keyForms.has(fold(s)) && !key.forms.some((f) => fold(s).includes(fold(f)) || fold(f).includes(fold(s)));
  const before = m.before;
  let start = m.start;
  let display = a.text.slice(m.start, m.end);
  let pool: string[] = [];

  if (key.type === "person") {
    const t = /((?:M\.|Mme|Mlle|Dr\.?|Mr\.|Mrs\.|Ms\.|Prof\.)[\s\u00A0]+)$/.exec(a.text.slice(Math.max(0, m.start - 8), m.start));
    if (t) start = m.start - t[1].length; // the title would reveal gender
    const surname = display.split(/[\s\u00A0]+/).length === 1;
    pool = others.filter((e) => e.type === "person").map((e) => (surname ? surnameOf(e.name) : e.name));
    if (lang === "fr" && before === "d'") pool = pool.filter(isVowelInitial);
    if (lang === "fr" && before === "de") pool = pool.filter((p) => !isVowelInitial(p));
  } else if (key.type === "place") {
    const c = country(key.name);
    // "the _____ Army": full names would not fit where the text has an abbreviation.
    if (c && isAllCaps(display)) return null;
    if (c && lang === "fr") {
      const kind = ["au", "en", "aux"].includes(before) ? "locative" : ["le", "la", "l'", "les"].includes(before) ? "article"
        : ["du", "des"].includes(before) || (before === "de" && a.text.slice(m.start - 6, m.start).includes("de la")) ? "genitive" : null;
      if (!kind) return null;
      const bo = beforeOffset(a.text, m.start, before === "de" ? "de la" : before);
      if (bo < 0) return null;
      start = bo;
      display = a.text.slice(start, m.end);
      // Countries of the article first, then the knowledge base: neighbours, same region, nearby regions.
      const inArticle = others.filter((e) => e.type === "place").map((e) => country(e.name)).filter((x): x is GazCountry => !!x && x !== c);
      pool = [...inArticle, ...countryAlternatives(c, (xs) => shuffle(xs, rng))].map((x) => countryFormFr(x, kind)).filter((x): x is string => !!x);
    } else if (c) {
      // "heading for Sri Lanka": countries only; "the Netherlands" only where the text has "the".
      const needThe = before === "the";
      const inArticle = others.filter((e) => e.type === "place").map((e) => country(e.name)).filter((x): x is GazCountry => !!x && x !== c);
      pool = [...inArticle, ...countryAlternatives(c, (xs) => shuffle(xs, rng))].filter((x) => x.enThe === needThe).map((x) => x.en);
    } else if (worldRegion(key.name)) {
      // "Southeast Asia" among Tehran and Buenos Aires was ruled out by its kind (reading 20): a
      // region of the world takes its neighbouring regions, in the article's own form.
      pool = regionAlternatives(worldRegion(key.name)!, lang);
      if (lang === "fr" && before === "en") pool = pool.filter((x) => /^(?:Asie|Europe|Afrique|Amérique|Océanie)/u.test(x));
    } else {
      if (lang === "fr" && DET_CLASS[before]) {
        // "le Gard": the alternatives' gender is unknown, so blank the article too and offer no choices.
        const bo = beforeOffset(a.text, m.start, before);
        if (bo < 0) return null;
        return { start: bo, end: m.end, display: a.text.slice(bo, m.start).toLowerCase().replace("’", "'") + a.text.slice(m.start, m.end), distractors: [] };
      }
      // Same fine type only: a city among cities, a square among sites, never a country or a region.
      const kind = key.placeKind ?? "city";
      const sameKind = (e: { name: string; placeKind?: string }) => (e.placeKind ?? "city") === kind && !country(e.name);
      const inArticle = others.filter((e) => e.type === "place" && sameKind(e)).map((e) => e.name);
      const keyCity = CITY_BY_FOLD.get(fold(key.name));
      // Regions weighed by how often the article names their places, the key city's own first:
      // "Bucharest, Kyiv, Budapest" beside Islamabad, from a region the article names once, were
      // far-fetched for a Pakistan–China meeting (reading 114).
      const weight = new Map<string, number>();
      if (keyCity) weight.set(keyCity.r, Infinity);
      for (const e of a.entities) {
        if (e.type !== "place") continue;
        const r = LEX_REGION_BY_FOLD.get(fold(country(e.name)?.en ?? e.name)) ?? CITY_BY_FOLD.get(fold(e.name))?.r;
        if (r) weight.set(r, (weight.get(r) ?? 0) + Math.max(1, a.entityMentions.filter((x) => x.entityId === e.id).length));
      }
      const gaz = kind === "city" ? shuffle(CITIES.filter((x) => weight.has(x.r)), rng)
        .sort((x, y) => (weight.get(y.r) ?? 0) - (weight.get(x.r) ?? 0)).map((x) => x[lang]) : [];
      pool = [...inArticle, ...gaz];
      if (lang === "fr" && before === "d'") pool = pool.filter(isVowelInitial);
      if (lang === "fr" && before === "de") pool = pool.filter((p) => !isVowelInitial(p));
      if (lang === "fr" && before === "à") pool = pool.filter((p) => !/^(?:Le|La|Les)\s/.test(p)); // "à Le Caire"
    }
  } else if (key.type === "org") {
    const acr = isAllCaps(display);
    const form = (e: { name: string; forms: string[] }) => (acr ? e.forms.find((f) => isAllCaps(f)) : e.name);
    let cands = others.filter((e) => e.type === "org").filter((e) => !!form(e));
    const cls = lang === "fr" ? DET_CLASS[before] : undefined;
    if (cls) {
      const bo = beforeOffset(a.text, m.start, before);
      if (bo < 0) return null;
      start = bo;
      cands = cands.filter((e) => {
        const f = form(e)!;
        if (cls === "v") return isVowelInitial(f);
        if (isVowelInitial(f)) return false;
        return e.determiners.some((d) => DET_CLASS[d] === cls);
      });
      const det = a.text.slice(start, m.start);
      display = a.text.slice(start, m.end);
      pool = cands.map((e) => `${det.toLowerCase()}${form(e)}`);
    } else pool = cands.map((e) => form(e)!);
  } else return null;

  // A blanked title ("Mme", "M.") is not part of the answer; a blanked determiner is.
  if (start < m.start && key.type !== "person") display = a.text.slice(start, m.start).toLowerCase().replace(/[\s\u00A0]+/g, " ").replace("’", "'") + a.text.slice(m.start, m.end);
  // Same coarse and fine type as the key, whatever list a candidate came from: a person is never
  // offered among places, a river among cities, a country among people.
  const keyKind = entityKind(key);
  const out: string[] = [];
  for (const p of pool) {
    if (out.length >= n) break;
    if (choiceKind(a, p) !== keyKind) continue;
    if (!fresh(p) || out.some((o) => fold(o) === fold(p)) || fold(p) === fold(display)) continue;
    out.push(p);
  }
  return { start, end: m.end, display, distractors: out };
}
