// Sorting and filtering of the participants table from URL search params, so the page works
// with plain links and GET forms (no JavaScript needed). Pure.
import type { ParticipantResult, ResultsView } from "./types";

export const SORT_KEYS = ["name", "score", "time", "date"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

export interface TableParams {
  view: ResultsView;
  sort: SortKey;
  dir: SortDir;
  /** Name search, matched ignoring case and accents. */
  q: string;
  /** Score bounds in percent, inclusive. */
  min: number | null;
  max: number | null;
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** The direction a column starts in when first clicked: best scores and latest dates first. */
export const DEFAULT_DIR: Record<SortKey, SortDir> = { name: "asc", score: "desc", time: "asc", date: "desc" };

function first(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
}

function percentParam(v: string | string[] | undefined): number | null {
  const s = first(v).replace(",", ".");
  if (!s) return null;
  const n = Number(s);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : null;
}

export function parseTableParams(sp: SearchParams): TableParams {
  const sortRaw = first(sp.sort);
  const sort: SortKey = (SORT_KEYS as readonly string[]).includes(sortRaw) ? (sortRaw as SortKey) : "name";
  const dirRaw = first(sp.dir);
  return {
    view: first(sp.view) === "latest" ? "latest" : "best",
    sort,
    dir: dirRaw === "asc" || dirRaw === "desc" ? dirRaw : DEFAULT_DIR[sort],
    q: first(sp.q).slice(0, 100),
    min: percentParam(sp.min),
    max: percentParam(sp.max),
  };
}

/** Builds a query string from params, leaving defaults out so URLs stay short. */
export function toQueryString(p: TableParams): string {
  const qs = new URLSearchParams();
  if (p.view !== "best") qs.set("view", p.view);
  if (p.sort !== "name") qs.set("sort", p.sort);
  if (p.dir !== DEFAULT_DIR[p.sort]) qs.set("dir", p.dir);
  if (p.q) qs.set("q", p.q);
  if (p.min != null) qs.set("min", String(p.min));
  if (p.max != null) qs.set("max", String(p.max));
  const s = qs.toString();
  return s ? `?${s}` : "";
}

/** The params after clicking a column header: same column flips, another starts at its default. */
export function sortedBy(p: TableParams, sort: SortKey): TableParams {
  const dir = p.sort === sort ? (p.dir === "asc" ? "desc" : "asc") : DEFAULT_DIR[sort];
  return { ...p, sort, dir };
}

export function isFiltered(p: TableParams): boolean {
  return p.q !== "" || p.min != null || p.max != null;
}

export function foldName(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

// Percentages like 66.666… must pass a "max 66.67" filter typed from the displayed value.
const EPS = 0.005;

export function applyTableParams(rows: readonly ParticipantResult[], p: TableParams, locale: string): ParticipantResult[] {
  const needle = foldName(p.q);
  const filtered = rows.filter(
    (r) =>
      (!needle || foldName(r.displayName).includes(needle)) &&
      (p.min == null || r.attempt.percent >= p.min - EPS) &&
      (p.max == null || r.attempt.percent <= p.max + EPS),
  );
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const byName = (a: ParticipantResult, b: ParticipantResult) => collator.compare(a.displayName, b.displayName);
  const key: Record<SortKey, (r: ParticipantResult) => number> = {
    name: () => 0,
    score: (r) => r.attempt.percent,
    // Missing times sort last whatever the direction.
    time: (r) => r.attempt.durationMs ?? Number.NaN,
    date: (r) => r.attempt.submittedAt?.getTime() ?? Number.NaN,
  };
  const sign = p.dir === "asc" ? 1 : -1;
  return filtered.sort((a, b) => {
    if (p.sort === "name") return sign * byName(a, b);
    const ka = key[p.sort](a);
    const kb = key[p.sort](b);
    if (Number.isNaN(ka) !== Number.isNaN(kb)) return Number.isNaN(ka) ? 1 : -1;
    return (ka === kb || (Number.isNaN(ka) && Number.isNaN(kb)) ? 0 : sign * (ka - kb)) || byName(a, b);
  });
}
