// Coarse type of a name offered as a choice: a person, an organisation, or a place with its fine
// kind (country, city, water, site…). An entity question must offer choices of one kind only:
// a river among people, or a country among cities, gives the answer away.
import type { ArticleAnalysis, Entity } from "../analysis/types";
import { fold } from "../analysis/fold";
import { CITIES } from "../analysis/lexicon/places";
import { gazCountry } from "./distractors/countries";
import { ORG_NAMES } from "./distractors/org-names";
import { ORGANISATIONS } from "./knowledge/organisations";
import { worldRegion } from "./knowledge/regions";

export type ChoiceKind = string;

export function entityKind(e: Pick<Entity, "type" | "name" | "placeKind">): ChoiceKind {
  if (e.type !== "place") return e.type;
  if (worldRegion(e.name)) return "place:region";
  return `place:${gazCountry(e.name) ? "country" : e.placeKind ?? "city"}`;
}

const CITY_NAMES = new Set(CITIES.flatMap((c) => [fold(c.fr), fold(c.en)]));

/** A city of the place lexicon (any spelling it gives). */
export function isLexiconCity(name: string): boolean {
  return CITY_NAMES.has(fold(name));
}
const ORG_KNOWN = new Set([
  ...ORG_NAMES.fr, ...ORG_NAMES.en,
  ...ORGANISATIONS.flatMap((o) => [o.name.fr, o.name.en, ...o.acronyms.fr, ...o.acronyms.en, ...(o.aliases ?? [])]),
].map(fold));

// A French choice carries the determiner or preposition of its blank: "au Kazakhstan", "de l'ONU".
const LEADING_DET = /^(?:de la |de l'|aux |au |a |en |les |le |la |l'|des |du |de |d')/;

interface KindIndex {
  forms: Map<string, ChoiceKind>;
  surnames: Map<string, ChoiceKind>;
}

const INDEX = new WeakMap<readonly Entity[], KindIndex>();

function indexOf(entities: readonly Entity[]): KindIndex {
  let idx = INDEX.get(entities);
  if (!idx) {
    idx = { forms: new Map(), surnames: new Map() };
    for (const e of entities) {
      const k = entityKind(e);
      for (const f of [e.name, ...e.forms]) if (!idx.forms.has(fold(f))) idx.forms.set(fold(f), k);
      if (e.type === "person") idx.surnames.set(fold(e.name.split(/[\s\u00A0]+/).pop()!), k);
    }
    INDEX.set(entities, idx);
  }
  return idx;
}

/** Kind of a written choice, from the article's entities first, then the gazetteers; undefined when unknown. */
export function choiceKind(a: ArticleAnalysis, s: string): ChoiceKind | undefined {
  const idx = indexOf(a.entities ?? []);
  const f = fold(s);
  for (const x of f === f.replace(LEADING_DET, "") ? [f] : [f, f.replace(LEADING_DET, "")]) {
    const k = idx.forms.get(x);
    if (k) return k;
    if (gazCountry(x)) return "place:country";
    if (worldRegion(x)) return "place:region";
    if (CITY_NAMES.has(x)) return "place:city";
    if (ORG_KNOWN.has(x)) return "org";
    const p = idx.surnames.get(x);
    if (p) return p;
  }
  return undefined;
}

/** Why a set of entity choices is mixed (another kind, or a kind we cannot tell), or null. */
export function mixedEntityChoices(a: ArticleAnalysis, answer: string, choices: readonly string[]): string | null {
  const key = choiceKind(a, answer);
  if (!key) return "entity key of unknown type";
  for (const c of choices) {
    if (c === answer) continue;
    const k = choiceKind(a, c);
    if (k !== key) return `distractor of another type (${k ?? "unknown"} among ${key})`;
  }
  return null;
}
