// Finds countries and organisations named in a text: accent- and case-insensitive for names,
// exact case for acronyms, on word boundaries, in French and English, with aliases.
import { COUNTRIES } from "./countries";
import { foldKey, foldText, isWordChar } from "./normalise";
import { ORGANISATIONS } from "./organisations";

export type MentionForm = "name" | "alias" | "acronym" | "demonym";

export interface Mention {
  kind: "country" | "organisation";
  /** cca2 for a country, organisation id otherwise. */
  id: string;
  start: number;
  end: number;
  /** Exact slice of the original text. */
  text: string;
  form: MentionForm;
  /** Demonyms, ambiguous names ("Georgia") and ambiguous acronyms: not enough on their own. */
  weak: boolean;
}

type Case = "acronym" | "proper" | "any";

interface Pattern {
  kind: Mention["kind"];
  id: string;
  key: string;
  /** Folded but case-kept form, for acronym comparison. */
  shape: string;
  form: MentionForm;
  weak: boolean;
  casing: Case;
  /** Only matched in texts of this language (short or ambiguous acronyms). */
  onlyLang?: "fr" | "en";
  /** First word of the key: patterns whose first word is absent from the text are skipped. */
  firstWord: string;
}

function casingOf(alias: string): Case {
  const letters = alias.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) return "acronym";
  if (/^\p{Lu}/u.test(alias)) return "proper";
  return "any";
}

function foldShape(s: string): string {
  return foldText(s.normalize("NFC")).folded;
}

let PATTERNS: Pattern[] | null = null;

function buildPatterns(): Pattern[] {
  const out: Pattern[] = [];
  const add = (p: Omit<Pattern, "key" | "shape" | "casing" | "firstWord"> & { alias: string }) => {
    const { alias, ...rest } = p;
    const key = foldKey(alias);
    const firstWord = key.match(/[\p{L}\p{N}]+/u)?.[0] ?? "";
    out.push({ ...rest, key, shape: foldShape(alias), casing: casingOf(alias), firstWord });
  };
  for (const c of COUNTRIES) {
    add({ kind: "country", id: c.cca2, alias: c.name.fr, form: "name", weak: false });
    const weakNames = new Set((c.weakAliases ?? []).map(foldKey));
    if (!weakNames.has(foldKey(c.name.en))) add({ kind: "country", id: c.cca2, alias: c.name.en, form: "name", weak: false });
    for (const a of c.aliases ?? []) add({ kind: "country", id: c.cca2, alias: a, form: "alias", weak: false });
    for (const a of c.weakAliases ?? []) add({ kind: "country", id: c.cca2, alias: a, form: "alias", weak: true });
    for (const a of c.demonyms ?? []) add({ kind: "country", id: c.cca2, alias: a, form: "demonym", weak: true });
  }
  for (const o of ORGANISATIONS) {
    for (const n of [o.name.fr, o.name.en, ...(o.aliases ?? [])]) {
      add({ kind: "organisation", id: o.id, alias: n, form: n === o.name.fr || n === o.name.en ? "name" : "alias", weak: false });
    }
    const weak = new Set(o.weakAcronyms ?? []);
    for (const lang of ["fr", "en"] as const) {
      for (const a of o.acronyms[lang]) {
        const isWeak = weak.has(a);
        // Two-letter acronyms of the other language are ordinary words there ("UN" = "un").
        const short = a.replace(/[^\p{L}\p{N}]/gu, "").length <= 2;
        const onlyLang = isWeak || short ? lang : undefined;
        add({ kind: "organisation", id: o.id, alias: a, form: "acronym", weak: isWeak, onlyLang });
      }
    }
  }
  // Deduplicate identical keys for the same entity (e.g. fr and en names equal).
  const seen = new Set<string>();
  return out.filter((p) => {
    const k = `${p.kind}:${p.id}:${p.key}:${p.casing}:${p.onlyLang ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function patterns(): Pattern[] {
  if (!PATTERNS) PATTERNS = buildPatterns();
  return PATTERNS;
}

/** True when the word around [a, b) sits in an all-capitals run (a shouted headline). */
function inCapsRun(folded: string, a: number, b: number): boolean {
  const before = folded.slice(Math.max(0, a - 24), a).match(/(\p{L}+)[^\p{L}]*$/u)?.[1];
  const after = folded.slice(b, b + 24).match(/^[^\p{L}]*(\p{L}+)/u)?.[1];
  const caps = (w: string | undefined) => !!w && w.length >= 3 && w === w.toUpperCase();
  return caps(before) || caps(after);
}

export interface FindOptions {
  /** Language of the text: gates short and ambiguous acronyms. Omit to allow only unambiguous ones. */
  language?: "fr" | "en";
  /** Keep weak mentions (demonyms, ambiguous names). Default true. */
  includeWeak?: boolean;
}

export function findMentions(text: string, options: FindOptions = {}): Mention[] {
  const { language, includeWeak = true } = options;
  const ft = foldText(text);
  const raw: (Mention & { len: number })[] = [];
  // Scanning the text once per alias is slow on long articles: skip aliases whose first word
  // never occurs.
  const words = new Set(ft.lower.match(/[\p{L}\p{N}]+/gu) ?? []);
  for (const p of patterns()) {
    if (p.firstWord && !words.has(p.firstWord)) continue;
    if (p.onlyLang && p.onlyLang !== language) continue;
    if (p.weak && !includeWeak) continue;
    if (!p.key) continue;
    let from = 0;
    for (;;) {
      const at = ft.lower.indexOf(p.key, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + p.key.length;
      // Word boundaries; a key ending in "." (U.S.) is its own boundary.
      if (isWordChar(ft.lower[at - 1]) && isWordChar(p.key[0])) continue;
      if (isWordChar(ft.lower[end]) && isWordChar(p.key[p.key.length - 1])) continue;
      const shape = ft.folded.slice(at, end);
      if (p.casing === "acronym") {
        if (shape !== p.shape) continue;
        if ((p.weak || p.key.replace(/[^a-z0-9]/g, "").length <= 2) && inCapsRun(ft.folded, at, end)) continue;
      } else if (p.casing === "proper") {
        if (!/^\p{Lu}/u.test(shape)) continue;
      }
      const start = ft.starts[at];
      const stop = ft.ends[end - 1];
      raw.push({
        kind: p.kind, id: p.id, start, end: stop, text: text.slice(start, stop),
        form: p.form, weak: p.weak, len: stop - start,
      });
    }
  }
  // Longest match wins where matches overlap ("Organisation du traité de sécurité collective"
  // over "traité de sécurité collective"); on ties a strong mention beats a weak one.
  const chosen: Mention[] = [];
  const byLength = [...raw].sort((a, b) => b.len - a.len || Number(a.weak) - Number(b.weak) || a.start - b.start);
  const taken: { start: number; end: number }[] = [];
  for (const m of byLength) {
    if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
    taken.push({ start: m.start, end: m.end });
    const { len: _len, ...mention } = m;
    chosen.push(mention);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
