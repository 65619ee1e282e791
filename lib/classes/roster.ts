// Parsing a pasted class list: one student name per line. Names are cleaned like display names
// (lib/server/participants/display-name.ts), blank lines dropped and duplicates kept once
// (case- and accent-insensitive, also against the students already in the class).
import { DISPLAY_NAME_MAX, normaliseVisibleName } from "@/lib/server/participants/display-name";

/** A class holds at most this many students (a large lecture group, not a school). */
export const ROSTER_MAX_STUDENTS = 60;
/** The pasted text is refused past this many characters, before any parsing. */
export const ROSTER_MAX_CHARS = 10_000;

export type RosterResult =
  | { ok: true; names: string[]; duplicates: number }
  | { ok: false; error: "empty" | "too_long" | "too_many"; limit: number }
  | { ok: false; error: "bad_line"; line: number; limit: number };

/** The key two names are duplicates under: same letters, ignoring case and accents. */
export function nameKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("fr");
}

export function parseRoster(text: unknown, existing: readonly string[] = []): RosterResult {
  if (typeof text !== "string") return { ok: false, error: "empty", limit: 0 };
  if (text.length > ROSTER_MAX_CHARS) return { ok: false, error: "too_long", limit: ROSTER_MAX_CHARS };
  const seen = new Set(existing.map(nameKey));
  const names: string[] = [];
  let duplicates = 0;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const name = normaliseVisibleName(lines[i], DISPLAY_NAME_MAX);
    if (!name) return { ok: false, error: "bad_line", line: i + 1, limit: DISPLAY_NAME_MAX };
    const key = nameKey(name);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    names.push(name);
  }
  if (!names.length && !duplicates) return { ok: false, error: "empty", limit: 0 };
  if (existing.length + names.length > ROSTER_MAX_STUDENTS) return { ok: false, error: "too_many", limit: ROSTER_MAX_STUDENTS };
  return { ok: true, names, duplicates };
}
