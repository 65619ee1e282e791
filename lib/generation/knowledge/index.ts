// Query API of the bundled knowledge base: countries and organisations with dated facts.
// Pure data and functions; nothing here reaches the network.
import { COUNTRIES, getCountry } from "./countries";
import { holdsAt, isoDay } from "./dates";
import { ORGANISATIONS, getOrganisation } from "./organisations";
import { CONTINENTS, SUBREGIONS } from "./regions";
import type { Capital, Country, Currency, IsoDate, Membership, Organisation, Period } from "./types";

export * from "./types";
export { COUNTRIES, getCountry } from "./countries";
export { ORGANISATIONS, getOrganisation } from "./organisations";
export { CONTINENTS, SUBREGIONS, NEARBY_SUBREGIONS } from "./regions";
export { findMentions, type Mention, type MentionForm, type FindOptions } from "./mentions";
export { foldKey } from "./normalise";
export * from "./french";
export { formatDay, formatMonthYear, holdsAt, isoDay, nearChange } from "./dates";

/**
 * The day the curated facts were last reviewed. "Today" in a question means this day; facts
 * after it are unknown to us. (Note: facts after the curator's own knowledge, roughly 2025, are
 * extrapolated as "no change"; see the comments on individual entries.)
 */
export const KB_AS_OF: IsoDate = "2026-11-01";

type DateLike = Date | IsoDate;
type Lang = "fr" | "en";

function asCountry(c: Country | string): Country | undefined {
  return typeof c === "string" ? getCountry(c) : c;
}

function asOrg(o: Organisation | string): Organisation | undefined {
  return typeof o === "string" ? getOrganisation(o) : o;
}

export interface DatedName {
  name: string;
  aliases: string[];
  period: Period;
}

/** The capital record in force at a date, or undefined when unknown then. */
export function capitalRecordAt(country: Country | string, date: DateLike): Capital | undefined {
  return asCountry(country)?.capitals.find((p) => holdsAt(p, date));
}

/** Name of the capital at a date in a language: capitalAt("KZ", "2022-01-05", "fr") → Nur-Sultan. */
export function capitalAt(country: Country | string, date: DateLike, lang: Lang): DatedName | undefined {
  const rec = capitalRecordAt(country, date);
  if (!rec) return undefined;
  return {
    name: rec[lang],
    aliases: [...new Set([rec.fr, rec.en, ...(rec.aliases ?? [])].filter((a) => a !== rec[lang]))],
    period: { from: rec.from, to: rec.to },
  };
}

/**
 * The longest span around `date` during which the capital kept the same name in `lang`
 * (Astana 1998–2019 and Astana since 2022 are two spans).
 */
export function capitalNameSpan(country: Country | string, date: DateLike, lang: Lang): Period | undefined {
  const c = asCountry(country);
  if (!c) return undefined;
  const i = c.capitals.findIndex((p) => holdsAt(p, date));
  if (i < 0) return undefined;
  const name = c.capitals[i][lang];
  let a = i;
  let b = i;
  while (a > 0 && c.capitals[a - 1][lang] === name && c.capitals[a - 1].to === c.capitals[a].from) a--;
  while (b < c.capitals.length - 1 && c.capitals[b + 1][lang] === name && c.capitals[b].to === c.capitals[b + 1].from) b++;
  return { from: c.capitals[a].from, to: c.capitals[b].to };
}

export function currencyAt(country: Country | string, date: DateLike): Currency | undefined {
  return asCountry(country)?.currencies.find((p) => holdsAt(p, date));
}

export function subregionName(country: Country | string, lang: Lang): string | undefined {
  const c = asCountry(country);
  return c ? SUBREGIONS[c.subregion][lang] : undefined;
}

export function continentName(country: Country | string, lang: Lang): string | undefined {
  const c = asCountry(country);
  return c ? CONTINENTS[c.continent][lang] : undefined;
}

/** Undisputed land neighbours (cca2). Pass includeOther for exclaves, overseas and disputed borders too. */
export function neighbours(country: Country | string, includeOther = false): string[] {
  const c = asCountry(country);
  if (!c) return [];
  return includeOther ? [...c.borders, ...(c.bordersOther ?? [])] : [...c.borders];
}

/** true / false, or "other" for an exclave, overseas or disputed border (never asked about). */
export function sharesBorder(a: Country | string, b: Country | string): boolean | "other" {
  const ca = asCountry(a);
  const cb = asCountry(b);
  if (!ca || !cb) return false;
  if (ca.borders.includes(cb.cca2) || cb.borders.includes(ca.cca2)) return true;
  if ((ca.bordersOther ?? []).includes(cb.cca2) || (cb.bordersOther ?? []).includes(ca.cca2)) return "other";
  return false;
}

/** Member states (cca2) at a date, by formal membership. */
export function membersAt(org: Organisation | string, date: DateLike): string[] {
  const o = asOrg(org);
  if (!o) return [];
  return [...new Set(o.members.filter((m) => holdsAt(m, date)).map((m) => m.cca2))];
}

export function isMemberAt(org: Organisation | string, cca2: string, date: DateLike): boolean {
  return membersAt(org, date).includes(cca2.toUpperCase());
}

export type MembershipStatus = "member" | "non-member" | "unclear" | "unknown";

/**
 * What a quiz may safely say about a state and an organisation at a date:
 * "unclear" for frozen/suspended/invited states, "unknown" when the list is not complete
 * (so absence proves nothing) or the date is before the organisation existed.
 */
export function membershipStatusAt(org: Organisation | string, cca2: string, date: DateLike): MembershipStatus {
  const o = asOrg(org);
  if (!o) return "unknown";
  const code = cca2.toUpperCase();
  if ((o.unclear ?? []).some((u) => u.cca2 === code && holdsAt(u, date))) return "unclear";
  if (isMemberAt(o, code, date)) return "member";
  if (!o.membersComplete || isoDay(date) < o.founded || isoDay(date) > KB_AS_OF) return "unknown";
  return "non-member";
}

/** Membership records of one state (for explanations: "member since …"). */
export function membershipsOf(org: Organisation | string, cca2: string): Membership[] {
  const o = asOrg(org);
  return o ? o.members.filter((m) => m.cca2 === cca2.toUpperCase()) : [];
}

/** Every country, for callers that pick distractors. */
export function allCountries(): readonly Country[] {
  return COUNTRIES;
}

export function allOrganisations(): readonly Organisation[] {
  return ORGANISATIONS;
}
